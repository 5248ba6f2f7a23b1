package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanonicalAddressGuardTest {

    @Test
    void everySpellingOfTheBackOfficeIsRecognised() {
        for (String path : new String[] {"/admin", "/admin/", "/admin/requests/calendar", "/ADMIN/requests/calendar",
                "/Admin/x", "//admin/x", "/admin;x/requests", "/admin%2Frequests", "/%61dmin/x", "/admin%252Fx",
                "\\admin\\x", "/api/admin/imports", "/API/Admin/imports"}) {
            assertTrue(CanonicalAddressGuard.backOffice(path), path);
        }
        for (String path : new String[] {"/", "/city", "/api/open311/v2/requests.json", "/news/12", "/files/3"}) {
            assertFalse(CanonicalAddressGuard.backOffice(path), path);
        }
    }

    @Test
    void onlyTheSpellingOfThePortalsLinksIsCanonical() {
        for (String path : new String[] {"/admin", "/admin/", "/admin/requests/calendar", "/admin/requests/calendar.xhtml",
                "/admin/content/news-edit", "/admin/requests/receipt/BG-2026-ABCD", "/admin/requests/files/BG-2026-ABCD/12/Photo%20rue.jpg",
                "/admin/imports/execution", "/api/admin/imports/executions/12/rejections.csv"}) {
            assertTrue(CanonicalAddressGuard.canonical(path), path);
        }
        for (String path : new String[] {"/admin/requests/calendar/", "/admin/requests/calendar;x", "/admin/requests//calendar",
                "/admin/requests%2Fcalendar", "/admin/requests%2fcalendar", "/admin/requests/CALENDAR", "/ADMIN/requests/calendar",
                "/Admin/requests/calendar", "/admin/requests/./calendar", "/admin/requests/../requests/calendar",
                "/admin\\requests\\calendar", "/admin/requests/%63alendar", "/admin/requests/calendar.xhtml/", "/admin//"}) {
            assertFalse(CanonicalAddressGuard.canonical(path), path);
        }
    }
}
