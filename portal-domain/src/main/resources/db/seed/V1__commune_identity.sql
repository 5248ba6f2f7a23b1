-- Identity of the commune of Ben Guerir: the commune profile and the municipal departments.
-- Reference data needed by a production install. Plain INSERT statements only, so that the same file
-- runs unchanged on MariaDB and on H2 in MySQL mode. Timestamps are UTC.

INSERT INTO commune_profile (id, code, name_ar, name_fr, tagline_ar, tagline_fr, presentation_ar, presentation_fr,
                             history_ar, history_fr, address_ar, address_fr, phone, email, arms_id, updated_at, version)
VALUES (1, 'BG', 'جماعة ابن جرير', 'Commune de Ben Guerir',
'ابن جرير، مدينة المعرفة والفوسفاط في قلب الرحامنة',
'Ben Guerir, ville du savoir et du phosphate au cœur des Rehamna',
'<h2>ابن جرير، عاصمة إقليم الرحامنة</h2>
<p>تقع <strong>جماعة ابن جرير</strong> بسهل الرحامنة، على بعد حوالي 70 كيلومترا شمال مدينة مراكش، على المحور الطرقي والطريق السيار الرابط بين الدار البيضاء ومراكش. وهي مقر عمالة إقليم الرحامنة وتنتمي إلى جهة مراكش آسفي.</p>
<p>ارتبط نمو المدينة ارتباطا وثيقا <strong>بالموقع المنجمي للمكتب الشريف للفوسفاط</strong>، الذي يستغل منذ ثمانينيات القرن الماضي مكامن الفوسفاط بالمنطقة، وأسهم في توفير فرص الشغل وفي إحداث أحياء سكنية وتجهيزات عمومية جديدة.</p>
<p>وتحتضن المدينة اليوم <strong>جامعة محمد السادس متعددة التخصصات التقنية</strong> و<strong>المدينة الخضراء محمد السادس</strong>، وهو مشروع حضري يقوم على البحث العلمي والابتكار والتنمية المستدامة، ويمنح ابن جرير إشعاعا يتجاوز حدود الإقليم.</p>
<h3>دور الجماعة</h3>
<p>تمارس الجماعة، في إطار القانون التنظيمي رقم 113.14 المتعلق بالجماعات، اختصاصاتها الذاتية والمشتركة والمنقولة لفائدة الساكنة، ولا سيما:</p>
<ul>
<li>تقديم خدمات القرب: الحالة المدنية، تصحيح الإمضاءات، الرخص الإدارية؛</li>
<li>تدبير المرافق العمومية الجماعية: النظافة، الإنارة العمومية، الطرق والمساحات الخضراء؛</li>
<li>التعمير وتنظيم المجال من خلال الشباك الوحيد للتعمير؛</li>
<li>دعم العمل الاجتماعي والرياضي والثقافي بشراكة مع الفاعلين المحليين.</li>
</ul>',
'<h2>Ben Guerir, chef-lieu de la province de Rehamna</h2>
<p>La <strong>commune de Ben Guerir</strong> se situe sur la plaine des Rehamna, à environ 70 kilomètres au nord de Marrakech, sur l''axe routier et autoroutier qui relie Casablanca à Marrakech. Elle est le chef-lieu de la province de Rehamna et relève de la région Marrakech-Safi.</p>
<p>Le développement de la ville est étroitement lié au <strong>site minier de l''OCP</strong> (Office Chérifien des Phosphates), qui exploite depuis les années 1980 les gisements de phosphate de la région. Cette activité a créé des emplois et a accompagné la réalisation de nouveaux quartiers et équipements publics.</p>
<p>Ben Guerir accueille aujourd''hui l''<strong>Université Mohammed VI Polytechnique (UM6P)</strong> et la <strong>Ville Verte Mohammed VI</strong>, un projet urbain tourné vers la recherche, l''innovation et le développement durable, qui donne à la ville un rayonnement dépassant les limites de la province.</p>
<h3>Le rôle de la commune</h3>
<p>Dans le cadre de la loi organique n° 113-14 relative aux communes, la commune exerce ses compétences propres, partagées et transférées au service des habitants, notamment :</p>
<ul>
<li>les services de proximité : état civil, légalisation des signatures, autorisations administratives ;</li>
<li>la gestion des services publics communaux : propreté, éclairage public, voirie et espaces verts ;</li>
<li>l''urbanisme et l''aménagement, à travers le guichet unique d''urbanisme ;</li>
<li>le soutien à l''action sociale, sportive et culturelle, en partenariat avec les acteurs locaux.</li>
</ul>',
'<p>نشأت ابن جرير في قلب <strong>سهل الرحامنة</strong>، شمال سلسلة جبال الجبيلات وسهل الحوز، في مجال شبه جاف عاشت ساكنته القروية لقرون على الزراعة البورية، ولا سيما الحبوب، وعلى تربية الماشية. وقد شكل موقعها على الطريق الرابطة بين الدار البيضاء ومراكش نقطة عبور واستراحة للمسافرين والتجار.</p>
<p>اضطلع <strong>السوق الأسبوعي</strong> بدور محوري في حياة المنطقة، إذ كان يجمع سكان الدواوير المجاورة لتبادل المواشي والحبوب والمنتجات الفلاحية، وتحول تدريجيا إلى نواة لمركز قروي تجمعت حوله المساكن والمحلات التجارية والمصالح الإدارية الأولى.</p>
<p>شهدت المدينة منعطفا حاسما ابتداء من <strong>ثمانينيات القرن الماضي</strong> مع انطلاق استغلال الفوسفاط من طرف المكتب الشريف للفوسفاط. فقد استقطب المنجم يدا عاملة من مختلف جهات المملكة، وأحدثت أحياء سكنية ومرافق اجتماعية جديدة، وتضاعف عدد السكان خلال بضعة عقود.</p>
<p>وموازاة مع هذا النمو، ارتقى المركز إلى <strong>جماعة حضرية</strong> تتولى تدبير المرافق المحلية، ثم أصبحت ابن جرير سنة 2009 مقرا لعمالة إقليم الرحامنة المحدث حديثا، قبل أن تندرج ضمن جهة مراكش آسفي في إطار التقسيم الجهوي لسنة 2015.</p>
<p>وخلال السنوات الأخيرة، عرفت المدينة <strong>نموا متسارعا</strong> بفضل جامعة محمد السادس متعددة التخصصات التقنية والمدينة الخضراء محمد السادس، وتوسع الأحياء الجديدة وتحسن التجهيزات الأساسية، لتقارب ساكنتها اليوم 100 ألف نسمة وفق التقديرات الحديثة.</p>',
'<p>Ben Guerir est née au cœur de la <strong>plaine des Rehamna</strong>, au nord des Jbilet et de la plaine du Haouz, dans un espace semi-aride où la population rurale a longtemps vécu de l''agriculture pluviale, principalement céréalière, et de l''élevage. Sa position sur la route reliant Casablanca à Marrakech en a fait un lieu de passage et d''étape pour les voyageurs et les commerçants.</p>
<p>Le <strong>souk hebdomadaire</strong> a joué un rôle central dans la vie de la région : il réunissait les habitants des douars voisins pour l''échange du bétail, des céréales et des produits agricoles, et il est devenu peu à peu le noyau d''un centre rural autour duquel se sont regroupés habitations, commerces et premiers services administratifs.</p>
<p>La ville a connu un tournant décisif à partir des <strong>années 1980</strong>, avec le début de l''exploitation du phosphate par l''OCP. La mine a attiré une main-d''œuvre venue de toutes les régions du Royaume ; de nouveaux quartiers et équipements sociaux ont vu le jour et la population s''est fortement accrue en quelques décennies.</p>
<p>Accompagnant cette croissance, le centre a été érigé en <strong>municipalité</strong>, chargée de la gestion des services locaux. En 2009, Ben Guerir est devenue le chef-lieu de la nouvelle province de Rehamna, puis elle a été rattachée à la région Marrakech-Safi lors du découpage régional de 2015.</p>
<p>Ces dernières années, la ville connaît une <strong>croissance soutenue</strong>, portée par l''Université Mohammed VI Polytechnique, la Ville Verte Mohammed VI, l''extension des nouveaux quartiers et l''amélioration des équipements de base. Sa population avoisine aujourd''hui les 100 000 habitants selon les estimations récentes.</p>',
'مقر جماعة ابن جرير، شارع الحسن الثاني، 43150 ابن جرير',
'Hôtel de ville, Avenue Hassan II, 43150 Ben Guerir',
'+212 5 24 31 20 20', 'contact@benguerir.ma', NULL, '2026-11-01 08:00:00', 0);

INSERT INTO department (code, name_ar, name_fr) VALUES
('GENERAL_DIRECTORATE', 'المديرية العامة للمصالح', 'Direction générale des services'),
('COUNCIL_SECRETARIAT', 'كتابة المجلس', 'Secrétariat du conseil'),
('FINANCE', 'مصلحة الشؤون المالية والمداخيل', 'Service des affaires financières et des recettes'),
('PROCUREMENT', 'مصلحة الصفقات العمومية', 'Service des marchés publics'),
('URBANISM', 'الشباك الوحيد للتعمير', 'Guichet unique d''urbanisme'),
('HYGIENE', 'المكتب الجماعي لحفظ الصحة', 'Bureau municipal d''hygiène'),
('CIVIL_STATUS', 'مصلحة الحالة المدنية', 'Service de l''état civil'),
('LEGALIZATION', 'مصلحة تصحيح الإمضاءات', 'Service de la légalisation des signatures'),
('ADMIN_POLICE', 'مصلحة الشرطة الإدارية', 'Service de la police administrative'),
('TECHNICAL_SERVICES', 'المصالح التقنية: الإنارة العمومية والطرق', 'Services techniques : éclairage public et voirie'),
('ENVIRONMENT', 'مصلحة النظافة وتدبير النفايات', 'Service de la propreté et de la gestion des déchets'),
('SPORTS', 'مصلحة الرياضة وتجهيزات القرب', 'Service des sports et des équipements de proximité'),
('SOCIAL', 'مصلحة الشؤون الاجتماعية: سيارات الإسعاف ونقل الأموات ومرضى القصور الكلوي', 'Service des affaires sociales : ambulances, transport des défunts et des dialysés'),
('COMMUNICATION', 'مصلحة التواصل والحق في الحصول على المعلومات', 'Service de la communication et de l''accès à l''information');
