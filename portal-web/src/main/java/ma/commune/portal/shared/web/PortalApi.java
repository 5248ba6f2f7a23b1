package ma.commune.portal.shared.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The machine interfaces of the portal (open data, and later OParl, Open311, OCDS) live under {@code /api}. */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
