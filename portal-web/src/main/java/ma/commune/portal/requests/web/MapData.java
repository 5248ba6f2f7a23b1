package ma.commune.portal.requests.web;

import java.io.Serializable;
import java.util.Locale;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.requests.entity.CommuneBoundary;

/**
 * What the residents' map script reads from the page's data-* attributes: the centre, zoom and
 * territory. A class with getters, not a record: EL reads bean properties.
 */
public final class MapData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String latitude;
    private final String longitude;
    private final int zoom;
    private final String boundary;

    private MapData(String latitude, String longitude, int zoom, String boundary) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.zoom = zoom;
        this.boundary = boundary;
    }

    static MapData of(CommuneProfile profile) {
        if (profile == null || profile.getMapCenterLatitude() == null || profile.getMapCenterLongitude() == null) {
            return null;
        }
        String boundary = CommuneBoundary.parse(profile.getBoundary()).map(CommuneBoundary::format).orElse("");
        return new MapData(String.format(Locale.ROOT, "%.6f", profile.getMapCenterLatitude()),
                String.format(Locale.ROOT, "%.6f", profile.getMapCenterLongitude()),
                profile.getMapZoom() == null ? 13 : profile.getMapZoom(), boundary);
    }

    public String getLatitude() {
        return latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public int getZoom() {
        return zoom;
    }

    public String getBoundary() {
        return boundary;
    }
}
