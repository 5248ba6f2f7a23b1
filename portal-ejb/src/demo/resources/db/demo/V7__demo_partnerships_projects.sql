-- Demo content of the partnerships and projects windows (Ben Guerir, province of Rehamna, region of
-- Marrakech-Safi). Illustrative data for the demo run only: partners are real institutions of the
-- territory, but the conventions, amounts and dates are examples, not the commune's records.
-- Plain INSERT statements so that the same file runs on MariaDB and on H2 in MySQL mode. Timestamps UTC.
-- The convention PDFs, photos and milestones are added by the Java migration V8__Demo_project_files.

INSERT INTO partnership (partner_ar, partner_fr, subject_ar, subject_fr, description_ar, description_fr, kind, stage,
                         signed_on, duration_months, status, published_at, created_at, updated_at, version) VALUES
('مؤسسة OCP', 'Fondation OCP',
 'التأهيل الحضري وإحداث المساحات الخضراء بمدينة ابن جرير',
 'Mise à niveau urbaine et création d''espaces verts à Ben Guerir',
 'تهدف هذه الاتفاقية إلى تمويل تأهيل الشوارع الرئيسية وإحداث حدائق للقرب وتشجير المداخل.

تتكلف الجماعة بتتبع الأشغال وصيانة المنشآت بعد تسلمها.',
 'La convention finance la requalification des artères principales, la création de jardins de proximité et le boisement des entrées de ville.

La commune assure le suivi des travaux et l''entretien des ouvrages après leur réception.',
 'NATIONAL', 'IN_FORCE', '2022-03-15', 48, 'PUBLISHED', '2022-03-20 09:00:00', '2022-03-16 08:00:00', '2022-03-20 09:00:00', 0),
('جامعة محمد السادس متعددة التخصصات التقنية', 'Université Mohammed VI Polytechnique (UM6P)',
 'مختبر حضري للمدينة الذكية والإنارة العمومية المقتصدة للطاقة',
 'Laboratoire urbain pour la ville intelligente et l''éclairage public économe',
 'تضع الجامعة خبرتها رهن إشارة الجماعة لقياس استهلاك الطاقة وتجريب الإنارة المتصلة.',
 'L''université met son expertise au service de la commune pour mesurer la consommation d''énergie et expérimenter l''éclairage connecté.',
 'NATIONAL', 'IN_FORCE', '2023-01-20', 36, 'PUBLISHED', '2023-01-25 09:00:00', '2023-01-21 08:00:00', '2023-01-25 09:00:00', 0),
('عمالة إقليم الرحامنة', 'Province de Rehamna',
 'برنامج تأهيل الطرق والتطهير بأحياء المدينة',
 'Programme de mise à niveau de la voirie et de l''assainissement des quartiers',
 'برنامج مشترك بين العمالة والجماعة لتهيئة الطرق وشبكات التطهير بالأحياء ناقصة التجهيز.',
 'Programme conjoint de la province et de la commune pour aménager la voirie et les réseaux d''assainissement des quartiers sous-équipés.',
 'LOCAL', 'IN_FORCE', '2021-06-10', 60, 'PUBLISHED', '2021-06-15 09:00:00', '2021-06-11 08:00:00', '2021-06-15 09:00:00', 0),
('جهة مراكش آسفي', 'Région Marrakech-Safi',
 'إنجاز السوق البلدي المغطى والمحطة الطرقية',
 'Réalisation du marché municipal couvert et de la gare routière',
 'تساهم الجهة في تمويل تجهيزين مهيكلين للمدينة في إطار برنامج التنمية الجهوية.',
 'La région cofinance deux équipements structurants de la ville dans le cadre du programme de développement régional.',
 'NATIONAL', 'IN_FORCE', '2022-09-01', 48, 'PUBLISHED', '2022-09-05 09:00:00', '2022-09-02 08:00:00', '2022-09-05 09:00:00', 0),
('المبادرة الوطنية للتنمية البشرية', 'Initiative nationale pour le développement humain (INDH)',
 'ملاعب القرب والمركز الثقافي لفائدة الشباب',
 'Terrains de proximité et centre culturel pour les jeunes',
 'دعم البنيات الرياضية والثقافية للقرب في الأحياء ذات الكثافة السكانية العالية.',
 'Soutien aux équipements sportifs et culturels de proximité dans les quartiers les plus densément peuplés.',
 'NATIONAL', 'COMPLETED', '2021-04-12', 24, 'PUBLISHED', '2021-04-20 09:00:00', '2021-04-13 08:00:00', '2023-05-02 09:00:00', 0),
('المكتب الوطني للكهرباء والماء الصالح للشرب', 'Office national de l''électricité et de l''eau potable (ONEE)',
 'توسيع شبكة التطهير السائل ومحطة المعالجة',
 'Extension du réseau d''assainissement liquide et de la station d''épuration',
 'يتولى المكتب الإشراف المنتدب على أشغال شبكة التطهير السائل بحي السلام وحي النهضة.',
 'L''office assure la maîtrise d''ouvrage déléguée des travaux du réseau d''assainissement liquide de Hay Essalam et Hay Annahda.',
 'NATIONAL', 'IN_FORCE', '2023-05-22', 36, 'PUBLISHED', '2023-05-30 09:00:00', '2023-05-23 08:00:00', '2023-05-30 09:00:00', 0),
('وزارة الداخلية – المديرية العامة للجماعات الترابية', 'Ministère de l''Intérieur – Direction générale des collectivités territoriales (DGCT)',
 'برنامج تعميم الإنارة العمومية بتقنية LED',
 'Programme de généralisation de l''éclairage public LED',
 'يهدف البرنامج إلى خفض استهلاك الطاقة في الإنارة العمومية بنسبة تفوق 50 في المائة.',
 'Le programme vise à réduire de plus de 50 % la consommation d''énergie de l''éclairage public.',
 'NATIONAL', 'SIGNED', '2024-02-05', 36, 'PUBLISHED', '2024-02-12 09:00:00', '2024-02-06 08:00:00', '2024-02-12 09:00:00', 0),
('الوكالة الحضرية لقلعة السراغنة – الرحامنة', 'Agence urbaine de Kelâat Sraghna – Rehamna',
 'الدراسات التقنية لإعادة تهيئة الساحة البلدية',
 'Études techniques du réaménagement de la place municipale',
 'مواكبة الجماعة في إعداد الدراسات المعمارية والتقنية.',
 'Accompagnement de la commune dans les études architecturales et techniques.',
 'LOCAL', 'IN_FORCE', '2022-11-14', 24, 'PUBLISHED', '2022-11-20 09:00:00', '2022-11-15 08:00:00', '2022-11-20 09:00:00', 0),
('مدينة مونس (بلجيكا)', 'Ville de Mons (Belgique)',
 'اتفاقية توأمة: التبادل الثقافي والمكتبة البلدية',
 'Jumelage : échanges culturels et bibliothèque municipale',
 'توأمة تشمل تبادل الخبرات في تدبير المكتبات وتنظيم إقامات فنية للشباب.',
 'Jumelage comprenant des échanges d''expérience sur la gestion des bibliothèques et des résidences artistiques pour les jeunes.',
 'INTERNATIONAL', 'IN_FORCE', '2023-10-03', 60, 'PUBLISHED', '2023-10-10 09:00:00', '2023-10-04 08:00:00', '2023-10-10 09:00:00', 0),
('برنامج الأمم المتحدة الإنمائي', 'Programme des Nations unies pour le développement (PNUD)',
 'الحكامة المحلية والانتقال الطاقي والمساحات الخضراء',
 'Gouvernance locale, transition énergétique et espaces verts',
 'دعم تقني لإعداد مخطط محلي للمناخ وتجهيز مسارات خضراء.',
 'Appui technique à l''élaboration d''un plan climat local et à l''aménagement de coulées vertes.',
 'INTERNATIONAL', 'IN_FORCE', '2024-06-18', 30, 'PUBLISHED', '2024-06-25 09:00:00', '2024-06-19 08:00:00', '2024-06-25 09:00:00', 0),
('الوكالة الألمانية للتعاون الدولي (GIZ)', 'Coopération allemande (GIZ)',
 'تدبير النفايات الخضراء وسقي المساحات الخضراء بالمياه المعالجة',
 'Gestion des déchets verts et arrosage des espaces verts par les eaux épurées',
 'مشروع نموذجي لتحويل النفايات الخضراء إلى سماد وإعادة استعمال المياه المعالجة.',
 'Projet pilote de compostage des déchets verts et de réutilisation des eaux épurées.',
 'INTERNATIONAL', 'COMPLETED', '2021-09-09', 36, 'PUBLISHED', '2021-09-15 09:00:00', '2021-09-10 08:00:00', '2024-10-01 09:00:00', 0),
('جمعية الرحامنة للتنمية والثقافة', 'Association Rehamna pour le développement et la culture',
 'تنشيط المركز الثقافي وبرنامج القراءة للأطفال',
 'Animation du centre culturel et programme de lecture pour les enfants',
 'تنظم الجمعية ورشات أسبوعية للقراءة والمسرح لفائدة أطفال المدينة.',
 'L''association organise des ateliers hebdomadaires de lecture et de théâtre pour les enfants de la ville.',
 'LOCAL', 'IN_FORCE', '2024-01-15', 12, 'PUBLISHED', '2024-01-20 09:00:00', '2024-01-16 08:00:00', '2024-01-20 09:00:00', 0),
('جمعية شباب ابن جرير الرياضية', 'Association sportive Chabab Ben Guerir',
 'تدبير ملاعب القرب',
 'Gestion des terrains de proximité',
 'فسخت الاتفاقية بالتراضي بعد تسليم تدبير الملاعب إلى مصلحة الرياضة بالجماعة.',
 'Convention résiliée à l''amiable après la reprise de la gestion des terrains par le service des sports de la commune.',
 'LOCAL', 'TERMINATED', '2021-03-01', 24, 'PUBLISHED', '2021-03-05 09:00:00', '2021-03-02 08:00:00', '2022-09-01 09:00:00', 0),
('المكتب الوطني للسكك الحديدية', 'Office national des chemins de fer (ONCF)',
 'ربط المحطة الطرقية بمحطة القطار',
 'Liaison entre la gare routière et la gare ferroviaire',
 'مشروع اتفاقية قيد الإعداد.',
 'Projet de convention en cours de préparation.',
 'NATIONAL', 'IN_PREPARATION', NULL, NULL, 'DRAFT', NULL, '2026-10-02 08:00:00', '2026-10-02 08:00:00', 0);

INSERT INTO partnership_contribution (partnership_id, party_ar, party_fr, amount, position)
SELECT p.id, c.party_ar, c.party_fr, c.amount, c.position FROM partnership p JOIN (
          SELECT 'Fondation OCP' AS partner, 'مؤسسة OCP' AS party_ar, 'Fondation OCP' AS party_fr, 45000000.00 AS amount, 1 AS position
UNION ALL SELECT 'Fondation OCP', 'جماعة ابن جرير', 'Commune de Ben Guerir', 5000000.00, 2
UNION ALL SELECT 'Université Mohammed VI Polytechnique (UM6P)', 'جامعة محمد السادس متعددة التخصصات التقنية', 'UM6P', 3500000.00, 1
UNION ALL SELECT 'Université Mohammed VI Polytechnique (UM6P)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 1000000.00, 2
UNION ALL SELECT 'Province de Rehamna', 'عمالة إقليم الرحامنة', 'Province de Rehamna', 12000000.00, 1
UNION ALL SELECT 'Province de Rehamna', 'جماعة ابن جرير', 'Commune de Ben Guerir', 8000000.00, 2
UNION ALL SELECT 'Région Marrakech-Safi', 'جهة مراكش آسفي', 'Région Marrakech-Safi', 25000000.00, 1
UNION ALL SELECT 'Région Marrakech-Safi', 'جماعة ابن جرير', 'Commune de Ben Guerir', 10000000.00, 2
UNION ALL SELECT 'Initiative nationale pour le développement humain (INDH)', 'المبادرة الوطنية للتنمية البشرية', 'INDH', 6000000.00, 1
UNION ALL SELECT 'Initiative nationale pour le développement humain (INDH)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 1500000.00, 2
UNION ALL SELECT 'Office national de l''électricité et de l''eau potable (ONEE)', 'المكتب الوطني للكهرباء والماء الصالح للشرب', 'ONEE', 30000000.00, 1
UNION ALL SELECT 'Office national de l''électricité et de l''eau potable (ONEE)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 7000000.00, 2
UNION ALL SELECT 'Ministère de l''Intérieur – Direction générale des collectivités territoriales (DGCT)', 'المديرية العامة للجماعات الترابية', 'DGCT', 9000000.00, 1
UNION ALL SELECT 'Ministère de l''Intérieur – Direction générale des collectivités territoriales (DGCT)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 3000000.00, 2
UNION ALL SELECT 'Agence urbaine de Kelâat Sraghna – Rehamna', 'الوكالة الحضرية', 'Agence urbaine', 800000.00, 1
UNION ALL SELECT 'Agence urbaine de Kelâat Sraghna – Rehamna', 'جماعة ابن جرير', 'Commune de Ben Guerir', 400000.00, 2
UNION ALL SELECT 'Ville de Mons (Belgique)', 'مدينة مونس', 'Ville de Mons', 600000.00, 1
UNION ALL SELECT 'Ville de Mons (Belgique)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 300000.00, 2
UNION ALL SELECT 'Programme des Nations unies pour le développement (PNUD)', 'برنامج الأمم المتحدة الإنمائي', 'PNUD', 2200000.00, 1
UNION ALL SELECT 'Programme des Nations unies pour le développement (PNUD)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 500000.00, 2
UNION ALL SELECT 'Coopération allemande (GIZ)', 'الوكالة الألمانية للتعاون الدولي', 'GIZ', 1800000.00, 1
UNION ALL SELECT 'Coopération allemande (GIZ)', 'جماعة ابن جرير', 'Commune de Ben Guerir', 400000.00, 2
UNION ALL SELECT 'Association Rehamna pour le développement et la culture', 'جمعية الرحامنة للتنمية والثقافة', 'Association Rehamna', 150000.00, 1
UNION ALL SELECT 'Association Rehamna pour le développement et la culture', 'جماعة ابن جرير', 'Commune de Ben Guerir', 250000.00, 2
UNION ALL SELECT 'Association sportive Chabab Ben Guerir', 'جمعية شباب ابن جرير الرياضية', 'Chabab Ben Guerir', 80000.00, 1
UNION ALL SELECT 'Association sportive Chabab Ben Guerir', 'جماعة ابن جرير', 'Commune de Ben Guerir', 120000.00, 2
UNION ALL SELECT 'Office national des chemins de fer (ONCF)', 'المكتب الوطني للسكك الحديدية', 'ONCF', 4000000.00, 1
) c ON c.partner = p.partner_fr;

INSERT INTO project (title_ar, title_fr, description_ar, description_fr, stage, district_id, budget, start_date, end_date,
                     progress, latitude, longitude, status, published_at, created_at, updated_at, version) VALUES
('إعادة تأهيل طرق حي المسيرة', 'Réhabilitation de la voirie de Hay Al Massira',
 'تعبيد 12 كيلومترا من الطرق وإنجاز الأرصفة وقنوات تصريف مياه الأمطار.',
 'Revêtement de 12 km de chaussée, réalisation des trottoirs et des caniveaux d''eaux pluviales.',
 'COMPLETED', (SELECT id FROM district WHERE name_fr = 'Hay Al Massira'), 18500000.00, '2021-05-03', '2022-12-20', 100, 32.239800, -7.956100,
 'PUBLISHED', '2021-05-10 09:00:00', '2021-05-04 08:00:00', '2023-01-10 09:00:00', 0),
('ملعب القرب بحي الوحدة', 'Terrain de proximité de Hay Al Wahda',
 'ملعب بعشب اصطناعي مع مستودع للملابس وإنارة ليلية.',
 'Terrain en gazon synthétique avec vestiaires et éclairage nocturne.',
 'COMPLETED', (SELECT id FROM district WHERE name_fr = 'Hay Al Wahda'), 2400000.00, '2021-09-01', '2022-06-30', 100, 32.230500, -7.947000,
 'PUBLISHED', '2021-09-05 09:00:00', '2021-09-02 08:00:00', '2022-07-05 09:00:00', 0),
('المركز الثقافي لحي الرياض', 'Centre culturel de Hay Er-Riad',
 'مركز يضم قاعة عروض بـ300 مقعد وقاعات للموسيقى والمسرح وورشات للأطفال.',
 'Un centre avec une salle de spectacle de 300 places, des salles de musique et de théâtre et des ateliers pour les enfants.',
 'COMPLETED', (SELECT id FROM district WHERE name_fr = 'Hay Er-Riad'), 9800000.00, '2021-10-15', '2023-09-30', 100, 32.242100, -7.960200,
 'PUBLISHED', '2021-10-20 09:00:00', '2021-10-16 08:00:00', '2023-10-05 09:00:00', 0),
('المساحات الخضراء لشارع الحسن الثاني', 'Espaces verts de l''avenue Hassan II',
 'غرس 1200 شجرة وإحداث ممرات للراجلين وسقي بالتنقيط بالمياه المعالجة.',
 'Plantation de 1 200 arbres, allées piétonnes et arrosage goutte-à-goutte par les eaux épurées.',
 'COMPLETED', (SELECT id FROM district WHERE name_fr = 'Quartier administratif'), 4200000.00, '2022-02-01', '2023-05-31', 100, 32.235500, -7.952800,
 'PUBLISHED', '2022-02-05 09:00:00', '2022-02-02 08:00:00', '2023-06-05 09:00:00', 0),
('الإنارة العمومية LED – الشطر الأول (حي الفتح)', 'Éclairage public LED – phase 1 (Hay El Fath)',
 'تعويض 1800 مصباح تقليدي بمصابيح LED متصلة.',
 'Remplacement de 1 800 luminaires classiques par des luminaires LED connectés.',
 'COMPLETED', (SELECT id FROM district WHERE name_fr = 'Hay El Fath'), 3600000.00, '2022-04-01', '2023-03-31', 100, 32.233000, -7.961500,
 'PUBLISHED', '2022-04-05 09:00:00', '2022-04-02 08:00:00', '2023-04-05 09:00:00', 0),
('السوق البلدي المغطى', 'Marché municipal couvert',
 'سوق من 240 محلا مع مواقف للسيارات ومرافق صحية وفضاء لتجار القرب.',
 'Un marché de 240 étals avec parking, sanitaires et un espace pour les marchands ambulants.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Hay Essalam'), 22000000.00, '2024-03-01', '2027-03-31', 65, 32.229000, -7.950500,
 'PUBLISHED', '2024-03-05 09:00:00', '2024-03-02 08:00:00', '2026-09-15 09:00:00', 0),
('المحطة الطرقية الجديدة', 'Nouvelle gare routière',
 'محطة طرقية بـ24 رصيفا وقاعة انتظار ومرافق للمسافرين.',
 'Une gare routière de 24 quais avec salle d''attente et services aux voyageurs.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Hay Annahda'), 35000000.00, '2024-09-02', '2027-06-30', 40, 32.226200, -7.958000,
 'PUBLISHED', '2024-09-05 09:00:00', '2024-09-03 08:00:00', '2026-10-01 09:00:00', 0),
('التطهير السائل لحي السلام', 'Assainissement liquide de Hay Essalam',
 'مد 18 كيلومترا من قنوات التطهير وربط 3500 مسكن بالشبكة.',
 'Pose de 18 km de collecteurs et raccordement de 3 500 logements au réseau.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Hay Essalam'), 28000000.00, '2023-06-01', '2026-12-31', 85, 32.227500, -7.945500,
 'PUBLISHED', '2023-06-05 09:00:00', '2023-06-02 08:00:00', '2026-10-20 09:00:00', 0),
('الإنارة العمومية LED – الشطر الثاني (حي الرياض)', 'Éclairage public LED – phase 2 (Hay Er-Riad)',
 'تعميم الإنارة المقتصدة للطاقة على شوارع حي الرياض.',
 'Généralisation de l''éclairage économe en énergie aux rues de Hay Er-Riad.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Hay Er-Riad'), 5200000.00, '2025-01-15', '2026-12-31', 70, 32.244000, -7.957000,
 'PUBLISHED', '2025-01-20 09:00:00', '2025-01-16 08:00:00', '2026-10-10 09:00:00', 0),
('المنتزه الحضري للمدينة الخضراء', 'Parc urbain de la Ville Verte',
 'منتزه من 14 هكتارا مع ألعاب للأطفال ومسارات للرياضة وبحيرة للسقي.',
 'Un parc de 14 hectares avec aires de jeux, parcours sportifs et bassin d''arrosage.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Ville Verte Mohammed VI'), 16000000.00, '2024-05-02', '2027-04-30', 55, 32.220000, -7.938000,
 'PUBLISHED', '2024-05-06 09:00:00', '2024-05-03 08:00:00', '2026-09-01 09:00:00', 0),
('الخزانة البلدية', 'Bibliothèque municipale',
 'خزانة من 20000 كتاب مع قاعة للمطالعة وفضاء رقمي ورواق للأطفال.',
 'Une bibliothèque de 20 000 ouvrages avec salle de lecture, espace numérique et coin des enfants.',
 'IN_PROGRESS', (SELECT id FROM district WHERE name_fr = 'Hay El Fath'), 7500000.00, '2025-02-03', '2026-12-15', 80, 32.234500, -7.964000,
 'PUBLISHED', '2025-02-05 09:00:00', '2025-02-04 08:00:00', '2026-10-25 09:00:00', 0),
('المجزرة الجماعية', 'Abattoir communal',
 'مجزرة عصرية مطابقة لمعايير المكتب الوطني للسلامة الصحية للمنتجات الغذائية.',
 'Un abattoir moderne conforme aux normes de l''Office national de sécurité sanitaire des produits alimentaires (ONSSA).',
 'PLANNED', (SELECT id FROM district WHERE name_fr = 'Hay Annahda'), 12000000.00, '2027-03-01', '2028-06-30', 0, 32.222500, -7.962000,
 'PUBLISHED', '2026-06-10 09:00:00', '2026-06-09 08:00:00', '2026-06-10 09:00:00', 0),
('إعادة تهيئة الساحة البلدية', 'Réaménagement de la place municipale',
 'ساحة للراجلين مع نافورة وأشجار ظليلة ومقاعد.',
 'Une place piétonne avec fontaine, arbres d''ombrage et bancs.',
 'PLANNED', (SELECT id FROM district WHERE name_fr = 'Quartier administratif'), 6000000.00, '2027-01-15', '2027-12-31', 0, 32.236800, -7.954000,
 'PUBLISHED', '2026-07-01 09:00:00', '2026-06-30 08:00:00', '2026-07-01 09:00:00', 0),
('ملعب القرب ومضمار ألعاب القوى بحي السلام', 'Terrain de proximité et piste d''athlétisme de Hay Essalam',
 'ملعب متعدد الرياضات ومضمار من 400 متر مفتوحان للجمعيات والمدارس.',
 'Un terrain multisports et une piste de 400 m ouverts aux associations et aux écoles.',
 'PLANNED', (SELECT id FROM district WHERE name_fr = 'Hay Essalam'), 3100000.00, '2027-02-01', '2027-10-31', 0, 32.231000, -7.943000,
 'PUBLISHED', '2026-08-12 09:00:00', '2026-08-11 08:00:00', '2026-08-12 09:00:00', 0),
('مسارات خضراء ودراجات بحي المسيرة', 'Coulée verte et pistes cyclables de Hay Al Massira',
 'ممر أخضر من 3 كيلومترات مع مسار للدراجات يربط الحي بوسط المدينة.',
 'Une coulée verte de 3 km avec piste cyclable reliant le quartier au centre-ville.',
 'PLANNED', (SELECT id FROM district WHERE name_fr = 'Hay Al Massira'), 4800000.00, '2027-04-01', '2028-03-31', 0, 32.241500, -7.951000,
 'PUBLISHED', '2026-09-20 09:00:00', '2026-09-19 08:00:00', '2026-09-20 09:00:00', 0),
('توسيع شبكة الماء الصالح للشرب بحي الوحدة', 'Extension du réseau d''eau potable de Hay Al Wahda',
 'مسودة قيد الإعداد.',
 'Brouillon en préparation.',
 'PLANNED', (SELECT id FROM district WHERE name_fr = 'Hay Al Wahda'), 9000000.00, '2027-06-01', '2028-12-31', 0, 32.229500, -7.949000,
 'DRAFT', NULL, '2026-11-02 08:00:00', '2026-11-02 08:00:00', 0);

INSERT INTO project_partnership (project_id, partnership_id)
SELECT j.id, s.id FROM project j JOIN (
          SELECT 'Réhabilitation de la voirie de Hay Al Massira' AS project, 'Province de Rehamna' AS partner
UNION ALL SELECT 'Réhabilitation de la voirie de Hay Al Massira', 'Fondation OCP'
UNION ALL SELECT 'Terrain de proximité de Hay Al Wahda', 'Initiative nationale pour le développement humain (INDH)'
UNION ALL SELECT 'Centre culturel de Hay Er-Riad', 'Initiative nationale pour le développement humain (INDH)'
UNION ALL SELECT 'Centre culturel de Hay Er-Riad', 'Association Rehamna pour le développement et la culture'
UNION ALL SELECT 'Espaces verts de l''avenue Hassan II', 'Coopération allemande (GIZ)'
UNION ALL SELECT 'Espaces verts de l''avenue Hassan II', 'Fondation OCP'
UNION ALL SELECT 'Éclairage public LED – phase 1 (Hay El Fath)', 'Université Mohammed VI Polytechnique (UM6P)'
UNION ALL SELECT 'Marché municipal couvert', 'Région Marrakech-Safi'
UNION ALL SELECT 'Nouvelle gare routière', 'Région Marrakech-Safi'
UNION ALL SELECT 'Nouvelle gare routière', 'Province de Rehamna'
UNION ALL SELECT 'Assainissement liquide de Hay Essalam', 'Office national de l''électricité et de l''eau potable (ONEE)'
UNION ALL SELECT 'Assainissement liquide de Hay Essalam', 'Province de Rehamna'
UNION ALL SELECT 'Éclairage public LED – phase 2 (Hay Er-Riad)', 'Ministère de l''Intérieur – Direction générale des collectivités territoriales (DGCT)'
UNION ALL SELECT 'Éclairage public LED – phase 2 (Hay Er-Riad)', 'Université Mohammed VI Polytechnique (UM6P)'
UNION ALL SELECT 'Parc urbain de la Ville Verte', 'Fondation OCP'
UNION ALL SELECT 'Parc urbain de la Ville Verte', 'Université Mohammed VI Polytechnique (UM6P)'
UNION ALL SELECT 'Bibliothèque municipale', 'Ville de Mons (Belgique)'
UNION ALL SELECT 'Bibliothèque municipale', 'Programme des Nations unies pour le développement (PNUD)'
UNION ALL SELECT 'Abattoir communal', 'Région Marrakech-Safi'
UNION ALL SELECT 'Réaménagement de la place municipale', 'Agence urbaine de Kelâat Sraghna – Rehamna'
UNION ALL SELECT 'Terrain de proximité et piste d''athlétisme de Hay Essalam', 'Province de Rehamna'
UNION ALL SELECT 'Coulée verte et pistes cyclables de Hay Al Massira', 'Programme des Nations unies pour le développement (PNUD)'
UNION ALL SELECT 'Extension du réseau d''eau potable de Hay Al Wahda', 'Office national de l''électricité et de l''eau potable (ONEE)'
) l ON l.project = j.title_fr JOIN partnership s ON s.partner_fr = l.partner;
