package ma.commune.portal.requests.web;

import java.io.Serializable;
import java.util.Locale;
import ma.commune.portal.content.entity.CommuneProfile;
import ma.commune.portal.requests.entity.CommuneBoundary;

/** What the residents' map script reads from the page's data-* attributes: the centre, zoom and territory. */
public record MapData(String latitude, String longitude, int zoom, String boundary) implements Serializable {

    static MapData of(CommuneProfile profile) {
        if (profile == null || profile.getMapCenterLatitude() == null || profile.getMapCenterLongitude() == null) {
            return null;
        }
        String boundary = CommuneBoundary.parse(profile.getBoundary()).map(CommuneBoundary::format).orElse("");
        return new MapData(String.format(Locale.ROOT, "%.6f", profile.getMapCenterLatitude()),
                String.format(Locale.ROOT, "%.6f", profile.getMapCenterLongitude()),
                profile.getMapZoom() == null ? 13 : profile.getMapZoom(), boundary);
    }
}
