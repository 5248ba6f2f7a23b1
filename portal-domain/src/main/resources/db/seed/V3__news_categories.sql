-- The headings of the commune's news. Plain INSERT statements (MariaDB and H2 in MySQL mode).

INSERT INTO news_category (slug, name_ar, name_fr, position) VALUES
('conseil', 'أنشطة المجلس', 'Activités du conseil', 1),
('travaux', 'الأشغال والتجهيز', 'Travaux et équipements', 2),
('culture-sport', 'الثقافة والرياضة', 'Culture et sport', 3),
('social', 'العمل الاجتماعي', 'Action sociale', 4),
('environnement', 'البيئة والنظافة', 'Environnement et propreté', 5),
('annonces', 'إعلانات', 'Annonces', 6);
