/*
 * The map of a project page: progressive enhancement over the place written in the page (district,
 * coordinates, OpenStreetMap link). Without JavaScript, Leaflet or tiles, the page stays whole; the
 * map element only takes room once Leaflet has started. No inline script: data comes from data-*.
 */
(function () {
    'use strict';

    function start() {
        var element = document.getElementById('project-map');
        if (!element || typeof window.L === 'undefined') {
            return;
        }
        var latitude = parseFloat(element.getAttribute('data-lat'));
        var longitude = parseFloat(element.getAttribute('data-lon'));
        if (isNaN(latitude) || isNaN(longitude)) {
            return;
        }
        element.classList.add('map-ready');
        var map = window.L.map(element, { scrollWheelZoom: false }).setView([latitude, longitude], 15);
        window.L.tileLayer(element.getAttribute('data-tiles'), {
            maxZoom: 19,
            attribution: element.getAttribute('data-attribution')
        }).addTo(map);
        // A drawn circle, not Leaflet's marker image: nothing more to load, visible in both directions.
        window.L.circleMarker([latitude, longitude], { radius: 10, color: '#0b6b3a', weight: 3, fillOpacity: 0.6 })
            .addTo(map)
            .bindTooltip(element.getAttribute('data-label'));
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
