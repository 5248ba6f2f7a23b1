package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Each moved back-office page, asked by its old address with or without .xhtml, has its new one; no other page moves. */
class MovedBackOfficePagesTest {

    @Test
    void theOldAddressesOfTheMovedPagesLeadToTheirNewOnes() {
        assertEquals("/admin/procurement/tenders", MovedBackOfficePages.movedTo("/admin/tenders"));
        assertEquals("/admin/procurement/tender-documents", MovedBackOfficePages.movedTo("/admin/tenders/documents.xhtml"));
        assertEquals("/admin/imports/executions", MovedBackOfficePages.movedTo("/admin/imports"));
        assertEquals("/admin/requests/outbox", MovedBackOfficePages.movedTo("/admin/outbox.xhtml"));
    }

    @Test
    void pagesThatDidNotMoveStay() {
        assertNull(MovedBackOfficePages.movedTo("/admin/imports/execution"));
        assertNull(MovedBackOfficePages.movedTo("/admin/requests/inbox"));
        assertNull(MovedBackOfficePages.movedTo("/admin/procurement/tenders"));
        assertNull(MovedBackOfficePages.movedTo("/tenders"));
    }
}
