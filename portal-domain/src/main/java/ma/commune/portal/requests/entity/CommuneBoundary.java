package ma.commune.portal.requests.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The commune's territory: a polygon of points (latitude, longitude, WGS 84) kept as data in the commune
 * profile ("lat lon;lat lon;..."). A case located on a point outside it is refused, on every channel: the
 * commune answers for its own territory only. A commune's territory is a few kilometres wide, so the
 * plane test on degrees (even-odd ray casting) is exact enough; a point on an edge counts as inside.
 */
public final class CommuneBoundary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A corner of the polygon. */
    public record Point(double latitude, double longitude) implements Serializable {
        public Point {
            if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || latitude < -90 || latitude > 90
                    || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("not a point on Earth: " + latitude + " " + longitude);
            }
        }
    }

    private final List<Point> corners;

    private CommuneBoundary(List<Point> corners) {
        this.corners = List.copyOf(corners);
    }

    public static CommuneBoundary of(List<Point> corners) {
        if (corners == null || corners.size() < 3) {
            throw new IllegalArgumentException("a boundary needs at least three points");
        }
        return new CommuneBoundary(corners);
    }

    /**
     * The boundary written in the profile; empty when none is set (then no point is refused: a commune
     * that has not entered its territory yet still receives its residents' cases).
     */
    public static Optional<CommuneBoundary> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.trim().split("[\\s,]+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a boundary point is 'latitude longitude': " + pair);
            }
            points.add(new Point(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        }
        return Optional.of(of(points));
    }

    /** Whether the point is inside the territory (or on its edge). */
    public boolean contains(double latitude, double longitude) {
        boolean inside = false;
        int n = corners.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Point a = corners.get(i);
            Point b = corners.get(j);
            if (onSegment(a, b, latitude, longitude)) {
                return true;
            }
            // Does a ray from the point towards increasing longitude cross the edge a-b?
            if ((a.latitude() > latitude) != (b.latitude() > latitude)) {
                double crossing = a.longitude() + (latitude - a.latitude()) * (b.longitude() - a.longitude())
                        / (b.latitude() - a.latitude());
                if (longitude < crossing) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static boolean onSegment(Point a, Point b, double lat, double lon) {
        double cross = (b.latitude() - a.latitude()) * (lon - a.longitude()) - (b.longitude() - a.longitude()) * (lat - a.latitude());
        if (Math.abs(cross) > 1e-12) {
            return false;
        }
        return lat >= Math.min(a.latitude(), b.latitude()) && lat <= Math.max(a.latitude(), b.latitude())
                && lon >= Math.min(a.longitude(), b.longitude()) && lon <= Math.max(a.longitude(), b.longitude());
    }

    public List<Point> corners() {
        return corners;
    }

    /** "lat lon;lat lon;..." as stored, and as the map's script reads it. */
    public String format() {
        return corners.stream().map(p -> String.format(Locale.ROOT, "%.6f %.6f", p.latitude(), p.longitude()))
                .collect(Collectors.joining(";"));
    }
}
