-- The territory of Ben Guerir and the centre of the residents' map (issue 5). The polygon is an
-- approximation of the town's extent (the urban area around 32.24 N, 7.95 W, with the green city and the
-- university to the south-east), drawn generously so that no resident of the town is refused; a commune
-- replaces it with its official boundary ("latitude longitude" pairs, WGS 84).
UPDATE commune_profile
SET map_center_lat = 32.2360,
    map_center_lon = -7.9540,
    map_zoom       = 13,
    boundary       = '32.2900 -7.9650;32.2800 -7.9150;32.2550 -7.8900;32.2150 -7.8950;32.1900 -7.9300;32.1950 -7.9850;32.2200 -8.0100;32.2650 -8.0050'
WHERE id = 1;
