-- Demo content of the council: the mandate 2021–2027 of Ben Guerir, its 35 members and their bureau, and
-- the permanent committees with their seats. The names are invented (they are not the commune's real
-- councillors); the parties are the real Moroccan parties. Plain SQL that runs on MariaDB and on H2 in
-- MySQL mode; rows of other tables are found by their natural keys, never by id. Timestamps UTC.
-- The action programme, the sessions and the committee meetings, whose dates follow the day the demo is
-- loaded, are written by the Java migration V12__Demo_council_sessions.

-- The number of seats the law gives a commune of Ben Guerir's size: 35 councillors.
INSERT INTO council_mandate (name, start_date, end_date, seats, created_at, updated_at)
VALUES ('2021–2027', '2021-09-21', '2027-09-30', 35, '2021-09-22 09:00:00', '2021-09-22 09:00:00');

-- The bureau (president, seven vice-presidents in their rank, secretary and deputy) was elected at the
-- constituent session of 21 September 2021; every councillor has been in office since that day.
INSERT INTO council_member (mandate_id, name_ar, name_fr, party_ar, party_fr, council_role, role_rank,
                            in_office_from, created_at, updated_at, version)
SELECT m.id, c.name_ar, c.name_fr, p.party_ar, p.party_fr, c.council_role, c.role_rank,
       '2021-09-21', '2021-09-22 09:00:00', '2021-09-22 09:00:00', 0
  FROM council_mandate m
  JOIN (
          SELECT 'عبد الكريم الرحماني' AS name_ar, 'Abdelkarim Rahmani' AS name_fr, 'PAM' AS party, 'PRESIDENT' AS council_role, 0 AS role_rank
UNION ALL SELECT 'فاطمة الزهراء بنعلي', 'Fatima Zahra Benali', 'RNI', 'VICE_PRESIDENT', 1
UNION ALL SELECT 'محمد أمين الشرقاوي', 'Mohamed Amine Cherkaoui', 'PAM', 'VICE_PRESIDENT', 2
UNION ALL SELECT 'حسن الإدريسي', 'Hassan Idrissi', 'PI', 'VICE_PRESIDENT', 3
UNION ALL SELECT 'نجاة العلوي', 'Najat Alaoui', 'PAM', 'VICE_PRESIDENT', 4
UNION ALL SELECT 'يوسف بوزيدي', 'Youssef Bouzidi', 'RNI', 'VICE_PRESIDENT', 5
UNION ALL SELECT 'سعيد الفاسي الفهري', 'Said Fassi Fihri', 'PAM', 'VICE_PRESIDENT', 6
UNION ALL SELECT 'خديجة المنصوري', 'Khadija Mansouri', 'PI', 'VICE_PRESIDENT', 7
UNION ALL SELECT 'عبد الرحيم الزياني', 'Abderrahim Ziani', 'PAM', 'SECRETARY', 0
UNION ALL SELECT 'سناء الحمداوي', 'Sanaa Hamdaoui', 'RNI', 'DEPUTY_SECRETARY', 0
UNION ALL SELECT 'مصطفى الكبير', 'Mustapha El Kbir', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'رشيد أيت الحاج', 'Rachid Ait El Haj', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'ليلى بنكيران', 'Leila Benkirane', 'USFP', 'MEMBER', 0
UNION ALL SELECT 'عبد الله الرحالي', 'Abdellah Rahali', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'إبراهيم أوعلي', 'Brahim Ouali', 'MP', 'MEMBER', 0
UNION ALL SELECT 'نادية الصديقي', 'Nadia Seddiki', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'كمال الطاهري', 'Kamal Tahiri', 'PI', 'MEMBER', 0
UNION ALL SELECT 'هشام البقالي', 'Hicham Bakkali', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'سميرة الودغيري', 'Samira Ouadghiri', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'عزيز المرابط', 'Aziz Mrabet', 'USFP', 'MEMBER', 0
UNION ALL SELECT 'أمينة الشاوي', 'Amina Chaoui', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'عبد الحق بلقاضي', 'Abdelhak Belkadi', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'جمال الدين العمراني', 'Jamal Eddine Amrani', 'PI', 'MEMBER', 0
UNION ALL SELECT 'حفيظة الركراكي', 'Hafida Regragui', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'المهدي السباعي', 'El Mehdi Sbai', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'زكرياء الحيان', 'Zakaria El Hayane', 'PPS', 'MEMBER', 0
UNION ALL SELECT 'مريم الخياطي', 'Meryem Khiati', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'أحمد بوشعيب', 'Ahmed Bouchaib', 'UC', 'MEMBER', 0
UNION ALL SELECT 'عبد العزيز الهاشمي', 'Abdelaziz Hachimi', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'سلمى الناصري', 'Salma Naciri', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'عثمان الرامي', 'Othmane Rami', 'USFP', 'MEMBER', 0
UNION ALL SELECT 'رقية المعطاوي', 'Rkia Maataoui', 'MP', 'MEMBER', 0
UNION ALL SELECT 'إدريس الطالبي', 'Driss Talbi', 'PAM', 'MEMBER', 0
UNION ALL SELECT 'نوال الغزواني', 'Naoual Ghazouani', 'RNI', 'MEMBER', 0
UNION ALL SELECT 'عبد الصمد الشرايبي', 'Abdessamad Chraibi', 'PI', 'MEMBER', 0
) c ON m.name = '2021–2027'
  JOIN (
          SELECT 'PAM' AS code, 'حزب الأصالة والمعاصرة' AS party_ar, 'Parti Authenticité et Modernité (PAM)' AS party_fr
UNION ALL SELECT 'RNI', 'حزب التجمع الوطني للأحرار', 'Rassemblement national des indépendants (RNI)'
UNION ALL SELECT 'PI', 'حزب الاستقلال', 'Parti de l''Istiqlal'
UNION ALL SELECT 'USFP', 'حزب الاتحاد الاشتراكي للقوات الشعبية', 'Union socialiste des forces populaires (USFP)'
UNION ALL SELECT 'MP', 'حزب الحركة الشعبية', 'Mouvement populaire (MP)'
UNION ALL SELECT 'PPS', 'حزب التقدم والاشتراكية', 'Parti du progrès et du socialisme (PPS)'
UNION ALL SELECT 'UC', 'حزب الاتحاد الدستوري', 'Union constitutionnelle (UC)'
) p ON p.code = c.party;

-- A councillor resigned in March 2024; the next candidate of the same list took the seat in April, so
-- 36 people sat on the council during the mandate and 35 are in office on any day after.
UPDATE council_member SET in_office_until = '2024-03-11', updated_at = '2024-03-12 10:00:00'
 WHERE name_fr = 'Driss Talbi';

INSERT INTO council_member (mandate_id, name_ar, name_fr, party_ar, party_fr, council_role, role_rank,
                            in_office_from, created_at, updated_at, version)
SELECT m.id, 'ياسين المرضي', 'Yassine Mourdi', 'حزب الأصالة والمعاصرة', 'Parti Authenticité et Modernité (PAM)',
       'MEMBER', 0, '2024-04-08', '2024-04-08 11:00:00', '2024-04-08 11:00:00', 0
  FROM council_mandate m WHERE m.name = '2021–2027';

-- Organic law 113-14: at least three permanent committees (budget, finance and programming; planning,
-- urbanism and environment; social, cultural and sports affairs); the council added a fourth.
INSERT INTO council_committee (mandate_id, name_ar, name_fr, remit_ar, remit_fr, permanent, position,
                               created_at, updated_at, version)
SELECT m.id, c.name_ar, c.name_fr, c.remit_ar, c.remit_fr, TRUE, c.position,
       '2021-10-05 15:00:00', '2021-10-05 15:00:00', 0
  FROM council_mandate m
  JOIN (
          SELECT 'لجنة الميزانية والشؤون المالية والبرمجة' AS name_ar,
                 'Commission du budget, des affaires financières et de la programmation' AS name_fr,
                 'تدرس مشاريع الميزانية وتعديلاتها وبرمجة الفائض وتحويل الاعتمادات، وتتبع تنفيذ الميزانية وتحصيل المداخيل، وتبدي رأيها في برنامج عمل الجماعة وفي القروض والرسوم والأتاوى.' AS remit_ar,
                 'Examine les projets de budget et leurs modifications, la programmation de l''excédent et les virements de crédits ; suit l''exécution du budget et le recouvrement des recettes ; donne son avis sur le programme d''action de la commune, les emprunts, les taxes et les redevances.' AS remit_fr,
                 1 AS position
UNION ALL SELECT 'لجنة التعمير وإعداد التراب والبيئة',
                 'Commission de l''urbanisme, de l''aménagement du territoire et de l''environnement',
                 'تدرس وثائق التعمير وتسمية الشوارع والساحات العمومية والمشاريع المهيكلة، وتتتبع قضايا البيئة والمساحات الخضراء والنظافة وحماية الموارد المائية.',
                 'Examine les documents d''urbanisme, la dénomination des rues et places publiques et les projets structurants ; suit les questions d''environnement, d''espaces verts, de propreté et de préservation des ressources en eau.',
                 2
UNION ALL SELECT 'لجنة الشؤون الاجتماعية والثقافية والرياضية',
                 'Commission des affaires sociales, culturelles et sportives',
                 'تدرس اتفاقيات الشراكة مع الجمعيات ودعمها، والبرامج الاجتماعية والثقافية والرياضية، وتدبير المنشآت الثقافية والرياضية للقرب.',
                 'Examine les conventions de partenariat avec les associations et leur soutien, les programmes sociaux, culturels et sportifs et la gestion des équipements culturels et sportifs de proximité.',
                 3
UNION ALL SELECT 'لجنة المرافق العمومية والخدمات',
                 'Commission des services publics et des équipements',
                 'تتبع المرافق العمومية الجماعية وطرق تدبيرها: النظافة وجمع النفايات، والإنارة العمومية، والنقل الحضري، والأسواق والمجزرة، والمقابر، والتدبير المفوض.',
                 'Suit les services publics communaux et leurs modes de gestion : propreté et collecte des déchets, éclairage public, transport urbain, marchés et abattoir, cimetières, gestion déléguée.',
                 4
) c ON m.name = '2021–2027';

-- The committees were formed at the ordinary session of October 2021. No member of the bureau chairs a
-- committee, and the opposition (USFP) chairs the social committee.
INSERT INTO council_committee_seat (committee_id, member_id, seat_role, start_date, end_date, created_at, updated_at)
SELECT c.id, mb.id, s.seat_role, '2021-10-05', NULL, '2021-10-05 15:00:00', '2021-10-05 15:00:00'
  FROM council_committee c
  JOIN council_mandate m ON m.id = c.mandate_id AND m.name = '2021–2027'
  JOIN (
          SELECT 1 AS committee_position, 'Mustapha El Kbir' AS member_fr, 'CHAIR' AS seat_role
UNION ALL SELECT 1, 'Hicham Bakkali', 'VICE_CHAIR'
UNION ALL SELECT 1, 'Jamal Eddine Amrani', 'RAPPORTEUR'
UNION ALL SELECT 1, 'Fatima Zahra Benali', 'MEMBER'
UNION ALL SELECT 1, 'Abderrahim Ziani', 'MEMBER'
UNION ALL SELECT 1, 'Aziz Mrabet', 'MEMBER'
UNION ALL SELECT 1, 'Ahmed Bouchaib', 'MEMBER'
UNION ALL SELECT 1, 'Abdelaziz Hachimi', 'MEMBER'
UNION ALL SELECT 1, 'Abdessamad Chraibi', 'MEMBER'
UNION ALL SELECT 2, 'Abdellah Rahali', 'CHAIR'
UNION ALL SELECT 2, 'Rachid Ait El Haj', 'VICE_CHAIR'
UNION ALL SELECT 2, 'Samira Ouadghiri', 'RAPPORTEUR'
UNION ALL SELECT 2, 'Mohamed Amine Cherkaoui', 'MEMBER'
UNION ALL SELECT 2, 'Kamal Tahiri', 'MEMBER'
UNION ALL SELECT 2, 'Zakaria El Hayane', 'MEMBER'
UNION ALL SELECT 2, 'Driss Talbi', 'MEMBER'
UNION ALL SELECT 2, 'Naoual Ghazouani', 'MEMBER'
UNION ALL SELECT 3, 'Leila Benkirane', 'CHAIR'
UNION ALL SELECT 3, 'Amina Chaoui', 'VICE_CHAIR'
UNION ALL SELECT 3, 'Meryem Khiati', 'RAPPORTEUR'
UNION ALL SELECT 3, 'Najat Alaoui', 'MEMBER'
UNION ALL SELECT 3, 'Khadija Mansouri', 'MEMBER'
UNION ALL SELECT 3, 'Brahim Ouali', 'MEMBER'
UNION ALL SELECT 3, 'Hafida Regragui', 'MEMBER'
UNION ALL SELECT 3, 'Salma Naciri', 'MEMBER'
UNION ALL SELECT 4, 'Abdelhak Belkadi', 'CHAIR'
UNION ALL SELECT 4, 'El Mehdi Sbai', 'VICE_CHAIR'
UNION ALL SELECT 4, 'Nadia Seddiki', 'RAPPORTEUR'
UNION ALL SELECT 4, 'Hassan Idrissi', 'MEMBER'
UNION ALL SELECT 4, 'Youssef Bouzidi', 'MEMBER'
UNION ALL SELECT 4, 'Othmane Rami', 'MEMBER'
UNION ALL SELECT 4, 'Rkia Maataoui', 'MEMBER'
) s ON s.committee_position = c.position
  JOIN council_member mb ON mb.mandate_id = m.id AND mb.name_fr = s.member_fr;

-- The councillor who resigned left the urbanism committee with the council; his successor took his seat
-- at the ordinary session of May 2024.
UPDATE council_committee_seat SET end_date = '2024-03-11', updated_at = '2024-03-12 10:00:00'
 WHERE member_id = (SELECT id FROM council_member WHERE name_fr = 'Driss Talbi');

INSERT INTO council_committee_seat (committee_id, member_id, seat_role, start_date, end_date, created_at, updated_at)
SELECT c.id, mb.id, 'MEMBER', '2024-05-07', NULL, '2024-05-07 15:00:00', '2024-05-07 15:00:00'
  FROM council_committee c
  JOIN council_member mb ON mb.mandate_id = c.mandate_id AND mb.name_fr = 'Yassine Mourdi'
 WHERE c.position = 2 AND c.name_fr = 'Commission de l''urbanisme, de l''aménagement du territoire et de l''environnement';
