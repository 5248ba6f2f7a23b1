package ma.commune.portal.shared.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The machine interfaces of the portal live under {@code /api}: open data ({@code opendata}), the council's
 * calendars ({@code council}), OParl 1.1 ({@code oparl/v1}), Open311 GeoReport v2 ({@code open311/v2}), OCDS 1.1
 * ({@code ocds}), and the imports' operations API for staff ({@code admin/imports}).
 */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
