-- Demo content for the commune of Ben Guerir: key figures, districts and news articles.
-- Illustrative data for the demo run only; figures marked as estimates are orders of magnitude.
-- Plain INSERT statements only, so that the same file runs unchanged on MariaDB and on H2 in MySQL mode.
-- Timestamps are UTC.

INSERT INTO key_figure (label_ar, label_fr, figure_value, unit_ar, unit_fr, reference_year, source, position) VALUES
('عدد السكان', 'Population', 103000.00, 'نسمة', 'habitants', 2024, 'RGPH 2024 (estimation)', 1),
('مساحة تراب الجماعة', 'Superficie du territoire communal', 48.00, 'كلم²', 'km²', 2024, 'Services techniques de la commune (estimation)', 2),
('عدد الأحياء', 'Nombre de quartiers', 8.00, 'أحياء', 'quartiers', 2026, 'Commune de Ben Guerir', 3),
('أعضاء المجلس الجماعي', 'Membres du conseil communal', 35.00, 'عضوا', 'membres', 2021, 'Élections communales 2021', 4),
('المؤسسات التعليمية', 'Établissements scolaires', 42.00, 'مؤسسة', 'établissements', 2025, 'Direction provinciale de l''éducation nationale (estimation)', 5),
('المساحات الخضراء', 'Espaces verts', 60.00, 'هكتار', 'hectares', 2025, 'Services techniques de la commune (estimation)', 6);

INSERT INTO district (name_ar, name_fr, description_ar, description_fr, population, position) VALUES
('حي الفتح', 'Hay El Fath',
 'من أكبر الأحياء السكنية بالمدينة، يضم مدارس ومسجدا ومرافق للقرب، ويعرف حركة تجارية نشيطة على طول شوارعه الرئيسية.',
 'L''un des plus grands quartiers résidentiels de la ville, doté d''écoles, d''une mosquée et d''équipements de proximité, avec une activité commerciale animée le long de ses artères principales.',
 16500, 1),
('حي المسيرة', 'Hay Al Massira',
 'حي سكني عريق قريب من وسط المدينة، يستفيد من برامج تأهيل الطرق والإنارة العمومية.',
 'Quartier résidentiel ancien proche du centre-ville, bénéficiaire des programmes de mise à niveau de la voirie et de l''éclairage public.',
 14000, 2),
('حي الوحدة', 'Hay Al Wahda',
 'حي يجمع بين السكن الاقتصادي والتجهيزات التعليمية، ويحتضن ملعبا للقرب ومساحة خضراء.',
 'Quartier mêlant habitat économique et équipements scolaires, qui accueille un terrain de proximité et un espace vert.',
 12500, 3),
('حي الرياض', 'Hay Er-Riad',
 'حي سكني حديث نسبيا يتميز بتصميم منظم وشوارع واسعة، ويعرف توسعا عمرانيا مستمرا.',
 'Quartier résidentiel relativement récent, au tracé ordonné et aux rues larges, en extension continue.',
 11000, 4),
('المدينة الخضراء محمد السادس', 'Ville Verte Mohammed VI',
 'قطب حضري جديد يحتضن جامعة محمد السادس متعددة التخصصات التقنية، ويقوم على مبادئ التنمية المستدامة والنجاعة الطاقية.',
 'Nouveau pôle urbain qui accueille l''Université Mohammed VI Polytechnique, conçu selon les principes du développement durable et de l''efficacité énergétique.',
 NULL, 5),
('حي السلام', 'Hay Essalam',
 'حي شعبي يعرف كثافة سكانية مرتفعة، ويستفيد من برامج التأهيل الحضري وتقوية شبكة التطهير.',
 'Quartier populaire à forte densité, qui bénéficie des programmes de mise à niveau urbaine et du renforcement du réseau d''assainissement.',
 13500, 6),
('حي النهضة', 'Hay Annahda',
 'حي سكني في طور التوسع بالمدخل الشمالي للمدينة، تتواصل به أشغال التجهيز بالطرق والإنارة.',
 'Quartier résidentiel en expansion à l''entrée nord de la ville, où se poursuivent les travaux de voirie et d''éclairage.',
 12000, 7),
('الحي الإداري', 'Quartier administratif',
 'يضم مقر عمالة إقليم الرحامنة ومقر الجماعة وعددا من المصالح الخارجية والإدارات العمومية.',
 'Il regroupe le siège de la province de Rehamna, l''hôtel de ville et plusieurs services extérieurs et administrations publiques.',
 4500, 8);

INSERT INTO news_article (title_ar, title_fr, summary_ar, summary_fr, body_ar, body_fr, image_id, status,
                          published_at, created_at, updated_at, version) VALUES
(
'انطلاق البرنامج الصيفي لفائدة الأطفال والشباب',
'Lancement du programme estival pour les enfants et les jeunes',
'أعطت الجماعة انطلاقة برنامجها الصيفي الذي يتضمن أنشطة رياضية وثقافية وترفيهية بمختلف أحياء المدينة.',
'La commune a lancé son programme estival, qui propose des activités sportives, culturelles et de loisirs dans les différents quartiers de la ville.',
'<p>أعطت جماعة ابن جرير، بشراكة مع جمعيات المجتمع المدني المحلية، انطلاقة <strong>البرنامج الصيفي</strong> لفائدة الأطفال والشباب، والذي يمتد طيلة شهري يوليوز وغشت.</p>
<p>ويتضمن البرنامج على الخصوص:</p>
<ul>
<li>دوريات في كرة القدم وكرة السلة بملاعب القرب؛</li>
<li>ورشات في الرسم والمسرح والقراءة؛</li>
<li>أمسيات ترفيهية بالساحات العمومية.</li>
</ul>
<p>وتدعو الجماعة الأسر الراغبة في تسجيل أبنائها إلى الاتصال بمصلحة الرياضة وتجهيزات القرب.</p>',
'<p>La commune de Ben Guerir, en partenariat avec les associations locales, a lancé le <strong>programme estival</strong> destiné aux enfants et aux jeunes, qui se déroulera tout au long des mois de juillet et d''août.</p>
<p>Le programme comprend notamment :</p>
<ul>
<li>des tournois de football et de basket-ball sur les terrains de proximité ;</li>
<li>des ateliers de dessin, de théâtre et de lecture ;</li>
<li>des soirées d''animation sur les places publiques.</li>
</ul>
<p>Les familles souhaitant inscrire leurs enfants sont invitées à se rapprocher du service des sports et des équipements de proximité.</p>',
NULL, 'PUBLISHED', '2026-06-22 10:00:00', '2026-06-19 14:20:00', '2026-06-22 09:45:00', 0),
(
'أشغال إعادة تهيئة الطرق بعدد من الأحياء',
'Travaux de réfection de la voirie dans plusieurs quartiers',
'انطلقت أشغال إعادة تكسية عدد من الشوارع والأزقة بحيي المسيرة والسلام في إطار برنامج تأهيل الطرق الحضرية.',
'Les travaux de resurfaçage de plusieurs rues et ruelles des quartiers Al Massira et Essalam ont démarré dans le cadre du programme de mise à niveau de la voirie urbaine.',
'<p>انطلقت، بداية هذا الأسبوع، <strong>أشغال إعادة تكسية الطرق</strong> بعدد من شوارع وأزقة حيي المسيرة والسلام، وذلك في إطار برنامج تأهيل الطرق الحضرية الذي صادق عليه المجلس الجماعي.</p>
<p>وتشمل الأشغال إزالة الطبقة المتضررة، ووضع طبقة جديدة من الإسفلت، وإصلاح الأرصفة وقنوات تصريف مياه الأمطار.</p>
<p>وتهيب الجماعة بالسائقين احترام علامات التشوير المؤقتة، وتعتذر للساكنة عن الإزعاج المؤقت الذي قد تسببه هذه الأشغال.</p>',
'<p>Les <strong>travaux de resurfaçage de la chaussée</strong> ont démarré en début de semaine dans plusieurs rues et ruelles des quartiers Al Massira et Essalam, dans le cadre du programme de mise à niveau de la voirie urbaine adopté par le conseil communal.</p>
<p>Les travaux comprennent le rabotage de la couche dégradée, la pose d''un nouvel enrobé, ainsi que la réparation des trottoirs et des caniveaux d''évacuation des eaux pluviales.</p>
<p>La commune invite les automobilistes à respecter la signalisation temporaire et s''excuse auprès des habitants pour la gêne occasionnée.</p>',
NULL, 'PUBLISHED', '2026-07-08 09:30:00', '2026-07-07 16:10:00', '2026-07-08 09:15:00', 0),
(
'حملة واسعة للنظافة بمختلف أحياء المدينة',
'Vaste campagne de propreté dans les quartiers de la ville',
'نظمت الجماعة حملة للنظافة بمشاركة المصالح الجماعية والجمعيات والمتطوعين، شملت رفع النفايات والأتربة وتنظيف الفضاءات العمومية.',
'La commune a organisé une campagne de propreté avec les services communaux, les associations et des bénévoles : ramassage des déchets et des gravats et nettoyage des espaces publics.',
'<p>نظمت جماعة ابن جرير، على مدى أسبوع، <strong>حملة واسعة للنظافة</strong> شملت مختلف أحياء المدينة، بمشاركة مصلحة النظافة وتدبير النفايات وجمعيات الأحياء وعدد من المتطوعين الشباب.</p>
<p>وتمحورت الحملة حول رفع النفايات المتراكمة وبقايا مواد البناء، وتنظيف الساحات والحدائق العمومية، وطلاء الأرصفة بمحيط المؤسسات التعليمية.</p>
<p>وتذكر الجماعة بضرورة احترام مواعيد إخراج النفايات المنزلية ووضعها في الحاويات المخصصة لها، حفاظا على نظافة المدينة وصحة الساكنة.</p>',
'<p>Pendant une semaine, la commune de Ben Guerir a mené une <strong>vaste campagne de propreté</strong> dans l''ensemble des quartiers, avec le service de la propreté et de la gestion des déchets, les associations de quartier et de nombreux jeunes bénévoles.</p>
<p>La campagne a porté sur l''enlèvement des déchets accumulés et des gravats, le nettoyage des places et jardins publics et la peinture des bordures de trottoirs aux abords des écoles.</p>
<p>La commune rappelle la nécessité de respecter les horaires de sortie des ordures ménagères et de les déposer dans les conteneurs prévus à cet effet, pour la propreté de la ville et la santé de tous.</p>',
NULL, 'PUBLISHED', '2026-07-29 11:00:00', '2026-07-28 15:30:00', '2026-07-29 10:40:00', 0),
(
'حملة تلقيح ضد داء السعار ينظمها المكتب الجماعي لحفظ الصحة',
'Campagne de vaccination antirabique du bureau municipal d''hygiène',
'ينظم المكتب الجماعي لحفظ الصحة حملة مجانية لتلقيح الكلاب ضد داء السعار، في إطار الوقاية من الأمراض المنقولة من الحيوان إلى الإنسان.',
'Le bureau municipal d''hygiène organise une campagne gratuite de vaccination des chiens contre la rage, dans le cadre de la prévention des maladies transmissibles de l''animal à l''homme.',
'<p>ينظم <strong>المكتب الجماعي لحفظ الصحة</strong>، بتنسيق مع المصالح البيطرية، حملة مجانية لتلقيح الكلاب ضد داء السعار، وذلك خلال الفترة الممتدة من 24 غشت إلى 4 شتنبر 2026.</p>
<p>وتدعو الجماعة مالكي الكلاب إلى التوجه بها إلى نقط التلقيح المحددة بمختلف الأحياء، مع الإدلاء بالبطاقة الوطنية للتعريف، حيث تسلم لهم شهادة التلقيح.</p>
<p>وتذكر الجماعة بأن داء السعار مرض خطير يمكن الوقاية منه بالتلقيح، وأن أي عضة حيوان تستوجب التوجه فورا إلى أقرب مركز صحي.</p>',
'<p>Le <strong>bureau municipal d''hygiène</strong>, en coordination avec les services vétérinaires, organise une campagne gratuite de vaccination des chiens contre la rage du 24 août au 4 septembre 2026.</p>
<p>Les propriétaires de chiens sont invités à se présenter aux points de vaccination fixés dans les différents quartiers, munis de leur carte nationale d''identité ; un certificat de vaccination leur sera remis.</p>
<p>La commune rappelle que la rage est une maladie grave que la vaccination permet de prévenir, et que toute morsure d''animal nécessite de se rendre sans délai au centre de santé le plus proche.</p>',
NULL, 'PUBLISHED', '2026-08-20 10:00:00', '2026-08-18 12:00:00', '2026-08-20 09:50:00', 0),
(
'افتتاح ملعب جديد للقرب بحي الوحدة',
'Inauguration d''un nouveau terrain de proximité à Hay Al Wahda',
'تم افتتاح ملعب جديد للقرب بحي الوحدة، مجهز بعشب اصطناعي وإنارة ليلية، لفائدة شباب الحي والجمعيات الرياضية.',
'Un nouveau terrain de proximité, équipé d''une pelouse synthétique et d''un éclairage nocturne, a été inauguré à Hay Al Wahda au profit des jeunes et des associations sportives.',
'<p>تم، يوم الثلاثاء 15 شتنبر 2026، افتتاح <strong>ملعب جديد للقرب</strong> بحي الوحدة، وذلك بحضور السلطات المحلية وأعضاء المجلس الجماعي وممثلي الجمعيات الرياضية.</p>
<p>ويتوفر الملعب على أرضية من العشب الاصطناعي وإنارة ليلية ومستودعات للملابس، ويندرج ضمن برنامج الجماعة الرامي إلى تقريب التجهيزات الرياضية من الساكنة.</p>
<p>وسيتم تدبير استعمال الملعب وفق جدولة زمنية تضعها مصلحة الرياضة وتجهيزات القرب، مع إعطاء الأولوية للأطفال والشباب والجمعيات المحلية.</p>',
'<p>Le mardi 15 septembre 2026, un <strong>nouveau terrain de proximité</strong> a été inauguré à Hay Al Wahda, en présence des autorités locales, des membres du conseil communal et des représentants des associations sportives.</p>
<p>Le terrain dispose d''une pelouse synthétique, d''un éclairage nocturne et de vestiaires. Il s''inscrit dans le programme communal visant à rapprocher les équipements sportifs des habitants.</p>
<p>Son utilisation sera organisée selon un planning établi par le service des sports et des équipements de proximité, en donnant la priorité aux enfants, aux jeunes et aux associations locales.</p>',
NULL, 'PUBLISHED', '2026-09-16 12:00:00', '2026-09-15 18:30:00', '2026-09-16 11:40:00', 0),
(
'المجلس الجماعي يعقد دورته العادية لشهر أكتوبر',
'Le conseil communal tient sa session ordinaire du mois d''octobre',
'عقد المجلس الجماعي لابن جرير دورته العادية لشهر أكتوبر، وصادق خلالها على مشروع ميزانية الجماعة برسم سنة 2027 وعدد من النقط المدرجة في جدول الأعمال.',
'Le conseil communal de Ben Guerir a tenu sa session ordinaire d''octobre, au cours de laquelle il a adopté le projet de budget de la commune pour l''année 2027 et plusieurs points inscrits à l''ordre du jour.',
'<p>عقد <strong>المجلس الجماعي لابن جرير</strong>، يوم الإثنين 5 أكتوبر 2026، أشغال دورته العادية لشهر أكتوبر بقاعة الاجتماعات بمقر الجماعة، طبقا لمقتضيات القانون التنظيمي رقم 113.14 المتعلق بالجماعات.</p>
<p>وتضمن جدول أعمال الدورة على الخصوص:</p>
<ul>
<li>الدراسة والتصويت على مشروع ميزانية الجماعة برسم سنة 2027؛</li>
<li>الدراسة والموافقة على اتفاقيات شراكة في مجالي الرياضة والعمل الاجتماعي؛</li>
<li>تتبع تنفيذ برنامج عمل الجماعة.</li>
</ul>
<p>وتذكر الجماعة بأن دورات المجلس عمومية، وبأن مقرراته تنشر وفق الكيفيات المنصوص عليها قانونا.</p>',
'<p>Le <strong>conseil communal de Ben Guerir</strong> a tenu, le lundi 5 octobre 2026, les travaux de sa session ordinaire du mois d''octobre dans la salle des délibérations de l''hôtel de ville, conformément aux dispositions de la loi organique n° 113-14 relative aux communes.</p>
<p>L''ordre du jour comprenait notamment :</p>
<ul>
<li>l''examen et le vote du projet de budget de la commune pour l''année 2027 ;</li>
<li>l''examen et l''approbation de conventions de partenariat dans les domaines du sport et de l''action sociale ;</li>
<li>le suivi de l''exécution du programme d''action de la commune.</li>
</ul>
<p>La commune rappelle que les sessions du conseil sont publiques et que ses délibérations sont publiées selon les modalités prévues par la loi.</p>',
NULL, 'PUBLISHED', '2026-10-06 09:00:00', '2026-10-05 17:45:00', '2026-10-06 08:50:00', 0),
(
'توقيع اتفاقية شراكة بين الجماعة وجامعة محمد السادس متعددة التخصصات التقنية',
'Signature d''une convention de partenariat entre la commune et l''UM6P',
'وقعت جماعة ابن جرير وجامعة محمد السادس متعددة التخصصات التقنية اتفاقية شراكة لدعم التدبير الحضري المستدام وتشجيع انخراط الطلبة في الحياة المحلية.',
'La commune de Ben Guerir et l''Université Mohammed VI Polytechnique ont signé une convention de partenariat pour soutenir une gestion urbaine durable et encourager l''engagement des étudiants dans la vie locale.',
'<p>وقعت <strong>جماعة ابن جرير</strong> و<strong>جامعة محمد السادس متعددة التخصصات التقنية</strong> اتفاقية إطار للشراكة والتعاون، تهدف إلى تعبئة الخبرة الجامعية لخدمة التنمية المحلية.</p>
<p>وتشمل مجالات التعاون:</p>
<ul>
<li>إنجاز دراسات حول النجاعة الطاقية وتدبير الموارد المائية والمساحات الخضراء؛</li>
<li>مواكبة رقمنة الخدمات الجماعية؛</li>
<li>تنظيم فترات تدريب للطلبة داخل المصالح الجماعية.</li>
</ul>
<p>وستتولى لجنة مشتركة تتبع تنفيذ هذه الاتفاقية وتحديد المشاريع ذات الأولوية.</p>',
'<p>La <strong>commune de Ben Guerir</strong> et l''<strong>Université Mohammed VI Polytechnique (UM6P)</strong> ont signé une convention-cadre de partenariat et de coopération visant à mobiliser l''expertise universitaire au service du développement local.</p>
<p>Les domaines de coopération comprennent :</p>
<ul>
<li>la réalisation d''études sur l''efficacité énergétique, la gestion des ressources en eau et les espaces verts ;</li>
<li>l''accompagnement de la digitalisation des services communaux ;</li>
<li>l''accueil d''étudiants stagiaires au sein des services communaux.</li>
</ul>
<p>Un comité conjoint assurera le suivi de la mise en œuvre de la convention et l''identification des projets prioritaires.</p>',
NULL, 'PUBLISHED', '2026-10-21 15:00:00', '2026-10-20 11:15:00', '2026-10-21 14:30:00', 0),
(
'ابن جرير تخلد الذكرى 51 للمسيرة الخضراء',
'Ben Guerir célèbre le 51e anniversaire de la Marche Verte',
'خلدت مدينة ابن جرير الذكرى 51 للمسيرة الخضراء المظفرة بتنظيم أنشطة وطنية وثقافية بمشاركة المؤسسات التعليمية وجمعيات المجتمع المدني.',
'Ben Guerir a célébré le 51e anniversaire de la Marche Verte par des activités patriotiques et culturelles, avec la participation des établissements scolaires et des associations.',
'<p>خلدت مدينة ابن جرير، يوم 6 نونبر 2026، على غرار باقي مدن المملكة، <strong>الذكرى 51 للمسيرة الخضراء المظفرة</strong>، في أجواء من التعبئة الوطنية.</p>
<p>وتميز البرنامج بتحية العلم الوطني وتزيين الشوارع والساحات العمومية بالأعلام الوطنية، إلى جانب تنظيم معارض وأنشطة تربوية بالمؤسسات التعليمية حول دلالات هذا الحدث التاريخي.</p>
<p>وتشكل هذه المناسبة فرصة لاستحضار قيم الوحدة الوطنية والتشبث بالوحدة الترابية للمملكة.</p>',
'<p>Le 6 novembre 2026, Ben Guerir a célébré, à l''instar des autres villes du Royaume, le <strong>51e anniversaire de la Marche Verte</strong>, dans une atmosphère de ferveur patriotique.</p>
<p>Le programme a comporté la levée du drapeau national, le pavoisement des rues et des places publiques, ainsi que des expositions et des activités éducatives dans les établissements scolaires autour de la portée de cet événement historique.</p>
<p>Cette commémoration est l''occasion de rappeler les valeurs d''unité nationale et l''attachement à l''intégrité territoriale du Royaume.</p>',
NULL, 'PUBLISHED', '2026-11-06 12:00:00', '2026-11-05 16:00:00', '2026-11-06 11:30:00', 0),
(
'الاحتفال بالذكرى 71 لعيد الاستقلال',
'Célébration du 71e anniversaire de la Fête de l''Indépendance',
'احتفلت الجماعة بالذكرى 71 لعيد الاستقلال من خلال تحية العلم وأنشطة ثقافية ورياضية لفائدة الشباب.',
'La commune a célébré le 71e anniversaire de la Fête de l''Indépendance par la levée des couleurs et des activités culturelles et sportives pour les jeunes.',
'<p>احتفلت جماعة ابن جرير، يوم 18 نونبر 2026، <strong>بالذكرى 71 لعيد الاستقلال</strong>، وهي مناسبة وطنية لاستحضار ملحمة الكفاح من أجل الحرية والاستقلال.</p>
<p>وشمل برنامج الاحتفال تحية العلم الوطني بساحة مقر الجماعة، وسباقا على الطريق لفائدة الشباب، وأمسية ثقافية بمشاركة الجمعيات المحلية.</p>',
'<p>Le 18 novembre 2026, la commune de Ben Guerir a célébré le <strong>71e anniversaire de la Fête de l''Indépendance</strong>, occasion nationale de rappeler l''épopée de la lutte pour la liberté et l''indépendance.</p>
<p>Le programme a comporté la levée du drapeau national sur le parvis de l''hôtel de ville, une course sur route pour les jeunes et une soirée culturelle avec la participation des associations locales.</p>',
NULL, 'PUBLISHED', '2026-11-18 13:00:00', '2026-11-17 15:20:00', '2026-11-18 12:45:00', 0),
(
'حملة لغرس الأشجار بالمداخل والشوارع الرئيسية للمدينة',
'Campagne de plantation d''arbres aux entrées et sur les grands axes de la ville',
'أطلقت الجماعة حملة لغرس الأشجار بمداخل المدينة وشوارعها الرئيسية، باختيار أصناف ملائمة للمناخ شبه الجاف وقليلة الاستهلاك للماء.',
'La commune a lancé une campagne de plantation d''arbres aux entrées de la ville et sur ses grands axes, avec des essences adaptées au climat semi-aride et économes en eau.',
'<p>أطلقت جماعة ابن جرير <strong>حملة لغرس الأشجار</strong> بمداخل المدينة وعلى طول شوارعها الرئيسية، بمشاركة تلاميذ المؤسسات التعليمية وجمعيات البيئة.</p>
<p>وقد تم اختيار أصناف محلية ملائمة للمناخ شبه الجاف وقليلة الاستهلاك للماء، مع اعتماد السقي بالتنقيط للحفاظ على الموارد المائية.</p>
<p>وتدعو الجماعة الساكنة إلى المساهمة في العناية بالأشجار المغروسة بمحيط مساكنها، من أجل مدينة أكثر اخضرارا.</p>',
'<p>La commune de Ben Guerir a lancé une <strong>campagne de plantation d''arbres</strong> aux entrées de la ville et le long de ses grands axes, avec la participation d''élèves et d''associations de protection de l''environnement.</p>
<p>Des essences locales adaptées au climat semi-aride et économes en eau ont été choisies, avec un arrosage au goutte-à-goutte afin de préserver les ressources en eau.</p>
<p>La commune invite les habitants à prendre soin des arbres plantés aux abords de leurs logements, pour une ville plus verte.</p>',
NULL, 'PUBLISHED', '2026-11-25 10:30:00', '2026-11-24 17:00:00', '2026-11-25 10:15:00', 0),
(
'برنامج لتعميم الإنارة العمومية بتقنية LED',
'Programme de généralisation de l''éclairage public LED',
'تعتزم الجماعة تعويض مصابيح الإنارة العمومية التقليدية بمصابيح LED الاقتصادية، قصد تحسين جودة الإنارة وتقليص استهلاك الطاقة.',
'La commune prévoit de remplacer les lampes classiques de l''éclairage public par des lampes LED économes, afin d''améliorer la qualité de l''éclairage et de réduire la consommation d''énergie.',
'<p>تعتزم جماعة ابن جرير إطلاق <strong>برنامج لتعميم الإنارة العمومية بتقنية LED</strong>، يهم تعويض المصابيح التقليدية بمصابيح اقتصادية على مراحل، بدءا بالشوارع الرئيسية.</p>
<p>ويهدف البرنامج إلى:</p>
<ul>
<li>تحسين جودة الإنارة والسلامة بالفضاءات العمومية؛</li>
<li>تقليص فاتورة استهلاك الطاقة الكهربائية للجماعة؛</li>
<li>الحد من انبعاثات الغازات الدفيئة.</li>
</ul>
<p>وسيتم الإعلان عن تفاصيل البرنامج وجدولته الزمنية بعد استكمال الدراسات التقنية.</p>',
'<p>La commune de Ben Guerir prévoit de lancer un <strong>programme de généralisation de l''éclairage public LED</strong>, consistant à remplacer progressivement les lampes classiques par des lampes économes, en commençant par les grandes artères.</p>
<p>Le programme vise à :</p>
<ul>
<li>améliorer la qualité de l''éclairage et la sécurité dans les espaces publics ;</li>
<li>réduire la facture d''électricité de la commune ;</li>
<li>limiter les émissions de gaz à effet de serre.</li>
</ul>
<p>Le détail du programme et son calendrier seront annoncés à l''issue des études techniques.</p>',
NULL, 'DRAFT', NULL, '2026-11-26 09:00:00', '2026-11-27 16:30:00', 0),
(
'رقمنة خدمات الحالة المدنية بمكاتب الجماعة',
'Digitalisation des services de l''état civil de la commune',
'تواصل الجماعة ورش رقمنة سجلات الحالة المدنية في إطار البرنامج الوطني للحالة المدنية الإلكترونية، لتسريع تسليم الوثائق وتحسين الاستقبال.',
'La commune poursuit la digitalisation des registres de l''état civil dans le cadre du programme national d''état civil électronique, afin d''accélérer la délivrance des documents et d''améliorer l''accueil.',
'<p>تواصل جماعة ابن جرير ورش <strong>رقمنة خدمات الحالة المدنية</strong>، في إطار البرنامج الوطني للحالة المدنية الإلكترونية، وذلك بإدخال الرسوم القديمة في النظام المعلوماتي وتجهيز المكاتب بالعتاد اللازم.</p>
<p>ومن شأن هذا الورش أن يمكن المرتفقين من الحصول على نسخ الرسوم والشهادات في آجال أقصر، وأن يقلص أخطاء النقل اليدوي.</p>
<p>وتدعو الجماعة المواطنين إلى التحقق من صحة البيانات المضمنة في رسومهم، والتوجه إلى مكتب الحالة المدنية عند الاقتضاء لتصحيحها.</p>',
'<p>La commune de Ben Guerir poursuit la <strong>digitalisation des services de l''état civil</strong>, dans le cadre du programme national d''état civil électronique, par la saisie des actes anciens dans le système d''information et l''équipement des bureaux.</p>
<p>Ce chantier permettra aux usagers d''obtenir plus rapidement les copies d''actes et les certificats, tout en réduisant les erreurs de transcription manuelle.</p>
<p>La commune invite les citoyens à vérifier l''exactitude des données figurant dans leurs actes et, le cas échéant, à se présenter au bureau de l''état civil pour les faire rectifier.</p>',
NULL, 'DRAFT', NULL, '2026-11-27 10:00:00', '2026-11-28 11:20:00', 0);
