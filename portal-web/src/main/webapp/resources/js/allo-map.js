/*
 * The map of the residents' report form: progressive enhancement. Without JavaScript, Leaflet or tiles,
 * the resident picks a district and types an address; with them, a click (or Enter on the focused map,
 * which chooses its centre) writes the point into the form's hidden latitude/longitude fields. The
 * commune's territory is drawn; a point outside it is refused here already (the server refuses it too).
 * No inline script: everything comes from data-* attributes.
 */
(function () {
    'use strict';

    function parseBoundary(text) {
        if (!text) {
            return [];
        }
        return text.split(';').map(function (pair) {
            var parts = pair.trim().split(/\s+/);
            return [parseFloat(parts[0]), parseFloat(parts[1])];
        }).filter(function (p) {
            return !isNaN(p[0]) && !isNaN(p[1]);
        });
    }

    // Even-odd ray casting, as the server's CommuneBoundary (edges count as inside there; close enough here).
    function inside(polygon, lat, lon) {
        if (polygon.length < 3) {
            return true;
        }
        var result = false;
        for (var i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
            var a = polygon[i], b = polygon[j];
            if ((a[0] > lat) !== (b[0] > lat)) {
                var crossing = a[1] + (lat - a[0]) * (b[1] - a[1]) / (b[0] - a[0]);
                if (lon < crossing) {
                    result = !result;
                }
            }
        }
        return result;
    }

    function start() {
        var element = document.getElementById('allo-map');
        if (!element || typeof window.L === 'undefined') {
            return;
        }
        var latField = document.getElementById(element.getAttribute('data-lat-field'));
        var lonField = document.getElementById(element.getAttribute('data-lon-field'));
        var status = document.getElementById(element.getAttribute('data-status'));
        var centre = [parseFloat(element.getAttribute('data-lat')), parseFloat(element.getAttribute('data-lon'))];
        if (!latField || !lonField || isNaN(centre[0]) || isNaN(centre[1])) {
            return;
        }
        var boundary = parseBoundary(element.getAttribute('data-boundary'));
        element.classList.add('map-ready');
        element.setAttribute('tabindex', '0');
        var map = window.L.map(element, { scrollWheelZoom: false })
            .setView(centre, parseInt(element.getAttribute('data-zoom'), 10) || 13);
        window.L.tileLayer(element.getAttribute('data-tiles'), {
            maxZoom: 19,
            attribution: element.getAttribute('data-attribution')
        }).addTo(map);
        if (boundary.length >= 3) {
            window.L.polygon(boundary, { color: '#0b6b3a', weight: 2, fillOpacity: 0.05, interactive: false }).addTo(map);
        }
        var marker = null;

        function choose(lat, lon) {
            if (!inside(boundary, lat, lon)) {
                if (status) {
                    status.textContent = element.getAttribute('data-outside');
                }
                return;
            }
            latField.value = lat.toFixed(6);
            lonField.value = lon.toFixed(6);
            if (marker) {
                marker.setLatLng([lat, lon]);
            } else {
                marker = window.L.circleMarker([lat, lon], { radius: 10, color: '#0b6b3a', weight: 3, fillOpacity: 0.6 }).addTo(map);
            }
            if (status) {
                status.textContent = element.getAttribute('data-chosen') + ' ' + lat.toFixed(5) + ', ' + lon.toFixed(5);
            }
        }

        if (latField.value && lonField.value) {
            choose(parseFloat(latField.value), parseFloat(lonField.value));
        }
        map.on('click', function (event) {
            choose(event.latlng.lat, event.latlng.lng);
        });
        element.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                var c = map.getCenter();
                choose(c.lat, c.lng);
                event.preventDefault();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
