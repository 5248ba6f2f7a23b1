-- Morocco's public holidays and Ben Guerir's Allo Citizen categories. Plain INSERTs (MariaDB and H2).
-- Fixed holidays apply from the year they were instituted (Yennayer 2024, Aïd Al Wahda 2025). The
-- Islamic holidays follow the lunar calendar: the dates below are the expected ones for 2026 and 2027,
-- to be corrected by an administrator once the Ministry of Habous and Islamic Affairs announces them
-- (changing them recomputes the due dates of open cases).

INSERT INTO public_holiday (name_ar, name_fr, kind, fixed_month, fixed_day, first_date, days, updated_at) VALUES
('رأس السنة الميلادية', 'Nouvel an', 'FIXED', 1, 1, '1956-01-01', 1, '2026-11-28 00:00:00'),
('ذكرى تقديم وثيقة المطالبة بالاستقلال', 'Manifeste de l''indépendance', 'FIXED', 1, 11, '1956-01-01', 1, '2026-11-28 00:00:00'),
('رأس السنة الأمازيغية (إيض يناير)', 'Nouvel an amazigh (Yennayer)', 'FIXED', 1, 14, '2024-01-01', 1, '2026-11-28 00:00:00'),
('عيد الشغل', 'Fête du travail', 'FIXED', 5, 1, '1956-01-01', 1, '2026-11-28 00:00:00'),
('عيد العرش', 'Fête du trône', 'FIXED', 7, 30, '2000-01-01', 1, '2026-11-28 00:00:00'),
('ذكرى استرجاع إقليم وادي الذهب', 'Allégeance d''Oued Eddahab', 'FIXED', 8, 14, '1980-01-01', 1, '2026-11-28 00:00:00'),
('ذكرى ثورة الملك والشعب', 'Révolution du Roi et du peuple', 'FIXED', 8, 20, '1956-01-01', 1, '2026-11-28 00:00:00'),
('عيد الشباب', 'Fête de la jeunesse', 'FIXED', 8, 21, '2000-01-01', 1, '2026-11-28 00:00:00'),
('عيد الوحدة', 'Aïd Al Wahda', 'FIXED', 10, 31, '2025-01-01', 1, '2026-11-28 00:00:00'),
('ذكرى المسيرة الخضراء', 'Anniversaire de la Marche verte', 'FIXED', 11, 6, '1976-01-01', 1, '2026-11-28 00:00:00'),
('عيد الاستقلال', 'Fête de l''indépendance', 'FIXED', 11, 18, '1956-01-01', 1, '2026-11-28 00:00:00'),
('عيد الفطر 1447', 'Aïd al-Fitr 1447', 'ISLAMIC', NULL, NULL, '2026-03-20', 2, '2026-11-28 00:00:00'),
('عيد الأضحى 1447', 'Aïd al-Adha 1447', 'ISLAMIC', NULL, NULL, '2026-05-27', 2, '2026-11-28 00:00:00'),
('فاتح محرم 1448', 'Nouvel an de l''Hégire 1448', 'ISLAMIC', NULL, NULL, '2026-06-17', 1, '2026-11-28 00:00:00'),
('عيد المولد النبوي 1448', 'Aïd al-Mawlid 1448', 'ISLAMIC', NULL, NULL, '2026-08-26', 2, '2026-11-28 00:00:00'),
('عيد الفطر 1448', 'Aïd al-Fitr 1448', 'ISLAMIC', NULL, NULL, '2027-03-10', 2, '2026-11-28 00:00:00'),
('عيد الأضحى 1448', 'Aïd al-Adha 1448', 'ISLAMIC', NULL, NULL, '2027-05-17', 2, '2026-11-28 00:00:00'),
('فاتح محرم 1449', 'Nouvel an de l''Hégire 1449', 'ISLAMIC', NULL, NULL, '2027-06-06', 1, '2026-11-28 00:00:00'),
('عيد المولد النبوي 1449', 'Aïd al-Mawlid 1449', 'ISLAMIC', NULL, NULL, '2027-08-15', 2, '2026-11-28 00:00:00');

-- The eleven Allo Citizen categories (ألو المواطن), each with its department and target delay: working
-- days, or hours around the clock for the three urgent services, whose pages show the emergency numbers.
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'LIGHTING', 'الكهرباء والإنارة العمومية', 'Électricité et éclairage public',
       'عمود إنارة معطل، حي بدون إنارة، سلك كهربائي مكشوف.', 'Lampadaire en panne, quartier sans éclairage, câble électrique apparent.',
       'lightbulb', id, 3, 'WORKING_DAYS', NULL, 1, '2026-11-28 00:00:00' FROM department WHERE code = 'TECHNICAL_SERVICES';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'CLEANLINESS', 'النظافة والنفايات', 'Propreté et déchets',
       'نفايات غير مجموعة، حاوية ممتلئة أو مكسورة، نقطة سوداء.', 'Déchets non ramassés, conteneur plein ou cassé, dépôt sauvage.',
       'trash', id, 2, 'WORKING_DAYS', NULL, 2, '2026-11-28 00:00:00' FROM department WHERE code = 'ENVIRONMENT';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'SPORTS', 'ملاعب ومراكز القرب الرياضية', 'Terrains et centres sportifs de proximité',
       'حجز ملعب، عطب في تجهيزات ملعب أو مركز قرب.', 'Réservation d''un terrain, équipement d''un terrain ou d''un centre de proximité endommagé.',
       'ball', id, 10, 'WORKING_DAYS', NULL, 3, '2026-11-28 00:00:00' FROM department WHERE code = 'SPORTS';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'AMBULANCE', 'خدمة الإسعاف', 'Service d''ambulance',
       'طلب سيارة إسعاف جماعية لنقل مريض أو مصاب. في حالة الخطر، اتصل فورا بالأرقام الاستعجالية.',
       'Demande d''une ambulance communale pour un malade ou un blessé. En cas de danger, appelez immédiatement les numéros d''urgence.',
       'ambulance', id, 2, 'HOURS', '15 · 141 · 150', 4, '2026-11-28 00:00:00' FROM department WHERE code = 'SOCIAL';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'DECEASED_TRANSPORT', 'نقل الأموات', 'Transport des personnes décédées',
       'طلب سيارة نقل الأموات.', 'Demande du véhicule de transport des défunts.',
       'hearse', id, 6, 'HOURS', '15 · 141 · 150', 5, '2026-11-28 00:00:00' FROM department WHERE code = 'SOCIAL';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'DIALYSIS_TRANSPORT', 'نقل مرضى القصور الكلوي', 'Transport des patients dialysés',
       'طلب نقل مريض إلى مركز تصفية الدم.', 'Demande de transport d''un patient vers le centre de dialyse.',
       'kidney', id, 24, 'HOURS', '15 · 141 · 150', 6, '2026-11-28 00:00:00' FROM department WHERE code = 'SOCIAL';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'URBANISM', 'الشباك الوحيد للتعمير', 'Guichet unique d''urbanisme',
       'رخص البناء والسكن، بناء غير قانوني، تتبع ملف.', 'Permis de construire et d''habiter, construction illégale, suivi d''un dossier.',
       'building', id, 10, 'WORKING_DAYS', NULL, 7, '2026-11-28 00:00:00' FROM department WHERE code = 'URBANISM';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'HEALTH_OFFICE', 'المكتب الجماعي لحفظ الصحة', 'Bureau municipal d''hygiène',
       'نظافة محل تجاري، حشرات أو قوارض، كلاب ضالة، شهادة صحية.', 'Hygiène d''un commerce, insectes ou rongeurs, chiens errants, certificat sanitaire.',
       'health', id, 5, 'WORKING_DAYS', NULL, 8, '2026-11-28 00:00:00' FROM department WHERE code = 'HYGIENE';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'ADMIN_POLICE', 'الشرطة الإدارية', 'Police administrative',
       'احتلال الملك العمومي، ضجيج، رخصة محل تجاري.', 'Occupation du domaine public, bruit, autorisation d''un commerce.',
       'shield', id, 10, 'WORKING_DAYS', NULL, 9, '2026-11-28 00:00:00' FROM department WHERE code = 'ADMIN_POLICE';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'CIVIL_STATUS', 'الحالة المدنية', 'État civil',
       'عقد ازدياد، تصحيح خطأ، دفتر الحالة المدنية.', 'Acte de naissance, rectification d''une erreur, livret d''état civil.',
       'family', id, 5, 'WORKING_DAYS', NULL, 10, '2026-11-28 00:00:00' FROM department WHERE code = 'CIVIL_STATUS';
INSERT INTO request_category (code, name_ar, name_fr, description_ar, description_fr, icon, department_id, target_value,
                              target_unit, emergency_numbers, position, updated_at)
SELECT 'LEGALIZATION', 'تصحيح الإمضاءات', 'Légalisation des signatures',
       'تصحيح إمضاء، مطابقة نسخة لأصلها، مواعيد المصلحة.', 'Légalisation d''une signature, copie conforme, horaires du service.',
       'signature', id, 3, 'WORKING_DAYS', NULL, 11, '2026-11-28 00:00:00' FROM department WHERE code = 'LEGALIZATION';
