package ma.commune.portal.council.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.control.PublicAddress;
import ma.commune.portal.shared.web.CurrentLanguage;

/**
 * The addresses a council page offers to subscribe to the calendar ({@code #{councilCalendar.webcal}},
 * {@code #{councilCalendar.https}}) or to add one session ({@code #{councilCalendar.session(id)}}), in the
 * page's language. {@code webcal://} makes a calendar application subscribe (and keep polling) where a
 * plain link would only import the events once; it must be absolute, so it is built on the configured
 * public address (never the Host a visitor named: the council's pages are kept for other residents).
 */
@Named("councilCalendar")
@RequestScoped
public class CouncilCalendarLinks {

    static final String FEED = "/api/council/sessions.ics";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentLanguage language;

    @Inject
    PublicAddress address;

    /** {@code webcal://host/api/council/sessions.ics?lang=..}: subscribe in a calendar application. */
    public String getWebcal() {
        return address.webcal(FEED + lang());
    }

    /** The same feed over HTTP(S), for applications that take a URL to subscribe (and for downloading it). */
    public String getHttps() {
        return address.of(FEED + lang());
    }

    /** One session as a calendar file, relative to the portal. */
    public String session(long id) {
        return request.getContextPath() + "/api/council/sessions/" + id + ".ics" + lang();
    }

    private String lang() {
        return "?lang=" + (language.get() == Language.FR ? "fr" : "ar");
    }
}
