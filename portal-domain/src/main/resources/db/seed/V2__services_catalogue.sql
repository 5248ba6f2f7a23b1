-- The services catalogue every commune starts from: its groups and the usual administrative services
-- of a Moroccan commune, with the documents commonly required (each commune adjusts its own in the
-- back office). Fees: an amount in MAD (0.00: free) or a text when it depends on the case (the fiscal
-- order of the commune under law 47-06 sets the rates). Plain INSERT statements (MariaDB and H2).

INSERT INTO service_category (slug, name_ar, name_fr, position) VALUES
('etat-civil', 'الحالة المدنية', 'État civil', 1),
('legalisation', 'تصحيح الإمضاء ومطابقة النسخ للأصل', 'Légalisation de signature et copies conformes', 2),
('urbanisme', 'الشباك الوحيد للتعمير', 'Guichet unique d''urbanisme', 3),
('hygiene', 'المكتب الجماعي لحفظ الصحة', 'Bureau municipal d''hygiène (BMH)', 4),
('police-administrative', 'الشرطة الإدارية', 'Police administrative', 5),
('taxes', 'الجبايات والرسوم المحلية', 'Fiscalité et redevances locales', 6);

INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'etat-civil'),
 'التصريح بالولادة',
 'Déclaration de naissance',
 'تسجيل المولود في سجلات الحالة المدنية داخل أجل 30 يوما من تاريخ الولادة.',
 'Inscrire un nouveau-né sur les registres de l''état civil dans les 30 jours qui suivent la naissance.',
 'شهادة الولادة مسلمة من المستشفى أو المصحة أو القابلة
الدفتر العائلي للأب أو نسخة من عقد الزواج
البطاقة الوطنية للتعريف الإلكترونية للمصرح
الاسم الشخصي المختار للمولود',
 'Certificat d''accouchement délivré par l''hôpital, la clinique ou la sage-femme
Livret de famille du père ou copie de l''acte de mariage
Carte nationale d''identité électronique du déclarant
Prénom choisi pour l''enfant',
 0.00,
 NULL,
 NULL,
 'في الحين، داخل أجل 30 يوما من الولادة (بعده يلزم حكم قضائي)',
 'Immédiat, dans les 30 jours suivant la naissance (au-delà, un jugement déclaratif est nécessaire)',
 'مكتب الحالة المدنية، مقر الجماعة',
 'Bureau de l''état civil, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'etat-civil'),
 'التصريح بالوفاة',
 'Déclaration de décès',
 'تسجيل الوفاة في سجلات الحالة المدنية داخل أجل 30 يوما من تاريخ الوفاة.',
 'Inscrire un décès sur les registres de l''état civil dans les 30 jours qui suivent le décès.',
 'شهادة طبية تثبت الوفاة (من المستشفى أو من طبيب المكتب الجماعي لحفظ الصحة)
الدفتر العائلي أو البطاقة الوطنية للمتوفى
البطاقة الوطنية للتعريف للمصرح',
 'Certificat médical constatant le décès (hôpital ou médecin du bureau municipal d''hygiène)
Livret de famille ou carte nationale d''identité du défunt
Carte nationale d''identité du déclarant',
 0.00,
 NULL,
 NULL,
 'في الحين، داخل أجل 30 يوما من الوفاة',
 'Immédiat, dans les 30 jours suivant le décès',
 'مكتب الحالة المدنية، مقر الجماعة',
 'Bureau de l''état civil, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'etat-civil'),
 'نسخة موجزة أو كاملة من رسم الولادة',
 'Extrait ou copie intégrale d''acte de naissance',
 'الحصول على نسخة من رسم مسجل بسجلات الحالة المدنية للجماعة.',
 'Obtenir un extrait ou une copie intégrale d''un acte inscrit sur les registres de l''état civil de la commune.',
 'البطاقة الوطنية للتعريف للطالب أو الدفتر العائلي
مراجع الرسم: الاسم الكامل وتاريخ الولادة ورقم الرسم وسنة التسجيل إن أمكن',
 'Carte nationale d''identité du demandeur ou livret de famille
Références de l''acte : nom complet, date de naissance, numéro et année de l''acte si possible',
 0.00,
 NULL,
 NULL,
 'في الحين',
 'Immédiat',
 'مكتب الحالة المدنية، مقر الجماعة',
 'Bureau de l''état civil, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 3,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'etat-civil'),
 'تسليم الدفتر العائلي أو نظير منه',
 'Délivrance du livret de famille ou d''un duplicata',
 'الدفتر العائلي يسلم للزوج بعد تسجيل الزواج، ونظير منه في حالة الضياع أو التلف.',
 'Le livret de famille est remis à l''époux après l''inscription du mariage ; un duplicata en cas de perte ou de détérioration.',
 'نسخة من عقد الزواج
نسخة كاملة من رسم ولادة الزوج
البطاقة الوطنية للتعريف للزوج
في حالة النظير: تصريح بالضياع أو الدفتر التالف',
 'Copie de l''acte de mariage
Copie intégrale de l''acte de naissance de l''époux
Carte nationale d''identité de l''époux
Pour un duplicata : déclaration de perte ou livret détérioré',
 NULL,
 'مجاني للدفتر الأول؛ النظير حسب التعريفة الجاري بها العمل',
 'Gratuit pour le premier livret ; duplicata selon le tarif en vigueur',
 'من يوم إلى 3 أيام',
 'De 1 à 3 jours',
 'مكتب الحالة المدنية، مقر الجماعة',
 'Bureau de l''état civil, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 4,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'etat-civil'),
 'تسجيل بيان هامشي (زواج، طلاق، تصحيح)',
 'Inscription d''une mention marginale (mariage, divorce, rectification)',
 'تضمين الزواج أو الطلاق أو حكم التصحيح بهامش رسم الولادة.',
 'Porter en marge de l''acte de naissance un mariage, un divorce ou un jugement de rectification.',
 'نسخة من عقد الزواج أو الطلاق أو من الحكم القضائي النهائي
الدفتر العائلي
البطاقة الوطنية للتعريف للمعني بالأمر',
 'Copie de l''acte de mariage ou de divorce, ou du jugement définitif
Livret de famille
Carte nationale d''identité de l''intéressé',
 0.00,
 NULL,
 NULL,
 'من يوم إلى 3 أيام',
 'De 1 à 3 jours',
 'مكتب الحالة المدنية، مقر الجماعة',
 'Bureau de l''état civil, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 5,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'legalisation'),
 'تصحيح الإمضاء',
 'Légalisation de signature',
 'الإشهاد على صحة إمضاء المواطن على وثيقة يوقعها أمام الموظف المختص.',
 'Certifier la signature d''un document, apposée devant l''agent habilité.',
 'الوثيقة المراد تصحيح إمضائها غير موقعة (التوقيع يتم أمام الموظف)
البطاقة الوطنية للتعريف الإلكترونية الأصلية للموقع
حضور الموقع شخصيا',
 'Le document à légaliser, non signé (la signature se fait devant l''agent)
Carte nationale d''identité électronique originale du signataire
Présence personnelle du signataire',
 NULL,
 'واجب التنبر حسب التعريفة الجاري بها العمل، يؤدى بالشباك',
 'Droit de timbre selon le tarif en vigueur, payé au guichet',
 'في الحين',
 'Immédiat',
 'مكتب تصحيح الإمضاءات، مقر الجماعة ومكاتب الملحقات الإدارية',
 'Bureau de légalisation des signatures, hôtel de ville et annexes administratives',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'legalisation'),
 'مطابقة النسخ لأصولها',
 'Certification conforme de copies',
 'الإشهاد على مطابقة نسخة لأصل الوثيقة.',
 'Certifier qu''une copie est conforme au document original.',
 'الوثيقة الأصلية
النسخ المراد الإشهاد على مطابقتها
البطاقة الوطنية للتعريف للطالب',
 'Le document original
Les copies à certifier
Carte nationale d''identité du demandeur',
 NULL,
 'واجب التنبر عن كل نسخة حسب التعريفة الجاري بها العمل',
 'Droit de timbre par copie selon le tarif en vigueur',
 'في الحين',
 'Immédiat',
 'مكتب تصحيح الإمضاءات، مقر الجماعة ومكاتب الملحقات الإدارية',
 'Bureau de légalisation des signatures, hôtel de ville et annexes administratives',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'urbanisme'),
 'رخصة البناء',
 'Autorisation de construire',
 'رخصة إلزامية قبل كل بناء جديد أو تعلية أو تغيير في بناء قائم داخل المدار الحضري.',
 'Autorisation obligatoire avant toute construction nouvelle, surélévation ou modification d''une construction existante dans le périmètre urbain.',
 'طلب رخصة البناء (المطبوع)
شهادة الملكية من المحافظة العقارية أو عقد الملكية
تصميم الموقع وتصميم الكتلة
التصاميم المعمارية موقعة من طرف مهندس معماري
تصاميم الخرسانة المسلحة موقعة من مكتب دراسات تقنية
عقد المهندس المعماري وعقد مكتب الدراسات
نسخة من البطاقة الوطنية للتعريف للمالك',
 'Demande d''autorisation de construire (formulaire)
Certificat de propriété de la conservation foncière ou acte de propriété
Plan de situation et plan de masse
Plans architecturaux signés par un architecte
Plans de béton armé signés par un bureau d''études techniques
Contrats de l''architecte et du bureau d''études
Copie de la carte nationale d''identité du propriétaire',
 NULL,
 'الرسم على عمليات البناء حسب المساحة المغطاة بالمتر المربع (القانون رقم 47.06 والقرار الجبائي للجماعة)',
 'Taxe sur les opérations de construction, au mètre carré couvert (loi n° 47-06 et arrêté fiscal de la commune)',
 'داخل الآجال المحددة في ضابط البناء العام (المرسوم رقم 2.18.577)، مع التتبع عبر منصة رخص',
 'Dans les délais fixés par le règlement général de construction (décret n° 2-18-577), suivi sur la plateforme Rokhas',
 'الشباك الوحيد للتعمير، قسم التعمير بمقر الجماعة (الإيداع عبر منصة رخص Rokhas.ma)',
 'Guichet unique d''urbanisme, division de l''urbanisme, hôtel de ville (dépôt sur la plateforme Rokhas.ma)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'urbanisme'),
 'إذن بإحداث تجزئة أو تقسيم عقار',
 'Autorisation de lotir ou de morceler',
 'إذن مسبق لتقسيم عقار إلى بقع معدة للبناء أو لبيعه أجزاء (القانون رقم 25.90).',
 'Autorisation préalable pour diviser un terrain en lots à bâtir ou le vendre par parties (loi n° 25-90).',
 'طلب الإذن (المطبوع)
شهادة الملكية والتصميم العقاري
تصميم الموقع وتصميم التجزئة من إنجاز مهندس معماري ومهندس مساح طبوغرافي
دفتر التحملات
تصاميم الشبكات (الطرق، الماء، الكهرباء، التطهير)',
 'Demande d''autorisation (formulaire)
Certificat de propriété et plan foncier
Plan de situation et plan de lotissement établis par un architecte et un géomètre-topographe
Cahier des charges
Plans des réseaux (voirie, eau, électricité, assainissement)',
 NULL,
 'الرسم على عمليات تجزئة الأراضي: نسبة من كلفة أشغال التجهيز حسب القرار الجبائي',
 'Taxe sur les opérations de lotissement : un pourcentage du coût des travaux d''équipement, selon l''arrêté fiscal',
 'حسب ضابط البناء العام، بعد رأي اللجنة المختصة',
 'Selon le règlement général de construction, après avis de la commission compétente',
 'الشباك الوحيد للتعمير، قسم التعمير بمقر الجماعة (الإيداع عبر منصة رخص Rokhas.ma)',
 'Guichet unique d''urbanisme, division de l''urbanisme, hôtel de ville (dépôt sur la plateforme Rokhas.ma)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'urbanisme'),
 'رخصة السكن وشهادة المطابقة',
 'Permis d''habiter et certificat de conformité',
 'رخصة السكن للبنايات المعدة للسكنى وشهادة المطابقة لغيرها، بعد انتهاء الأشغال ومعاينة مطابقتها للتصاميم المرخصة.',
 'Permis d''habiter pour les logements et certificat de conformité pour les autres constructions, après achèvement des travaux et constat de leur conformité aux plans autorisés.',
 'طلب رخصة السكن أو شهادة المطابقة (المطبوع)
تصريح بانتهاء الأشغال
شهادة انتهاء الأشغال من المهندس المعماري
شهادة مكتب الدراسات التقنية
نسخة من رخصة البناء والتصاميم المرخصة
صور فوتوغرافية للواجهات',
 'Demande de permis d''habiter ou de certificat de conformité (formulaire)
Déclaration d''achèvement des travaux
Certificat de fin de travaux de l''architecte
Attestation du bureau d''études techniques
Copie de l''autorisation de construire et des plans autorisés
Photographies des façades',
 0.00,
 NULL,
 NULL,
 'داخل الآجال المحددة في ضابط البناء العام بعد زيارة اللجنة',
 'Dans les délais du règlement général de construction, après la visite de la commission',
 'الشباك الوحيد للتعمير، قسم التعمير بمقر الجماعة (الإيداع عبر منصة رخص Rokhas.ma)',
 'Guichet unique d''urbanisme, division de l''urbanisme, hôtel de ville (dépôt sur la plateforme Rokhas.ma)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 3,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'urbanisme'),
 'رخصة الإصلاح والأشغال الخفيفة',
 'Autorisation de réfection et de petits travaux',
 'إذن لأشغال الإصلاح أو الترميم التي لا تغير الهيكل ولا الواجهة (تبليط، صباغة، تجديد).',
 'Autorisation pour les travaux de réfection ou de restauration qui ne modifient ni la structure ni la façade (carrelage, peinture, rénovation).',
 'طلب مكتوب يصف الأشغال
شهادة الملكية أو عقد الكراء مع موافقة المالك
صور للمكان المعني
نسخة من البطاقة الوطنية للتعريف',
 'Demande écrite décrivant les travaux
Certificat de propriété, ou contrat de bail avec l''accord du propriétaire
Photographies des lieux
Copie de la carte nationale d''identité',
 NULL,
 'رسم جزافي حسب القرار الجبائي للجماعة',
 'Forfait selon l''arrêté fiscal de la commune',
 'من 7 إلى 15 يوما',
 'De 7 à 15 jours',
 'الشباك الوحيد للتعمير، قسم التعمير بمقر الجماعة (الإيداع عبر منصة رخص Rokhas.ma)',
 'Guichet unique d''urbanisme, division de l''urbanisme, hôtel de ville (dépôt sur la plateforme Rokhas.ma)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 4,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'urbanisme'),
 'الاحتلال المؤقت للملك العمومي الجماعي',
 'Occupation temporaire du domaine public communal',
 'إذن باستغلال جزء من الملك العمومي (رصيف، ساحة) لغرض تجاري أو لورش بناء، مقابل إتاوة.',
 'Autorisation d''utiliser une partie du domaine public (trottoir, place) pour un commerce ou un chantier, contre une redevance.',
 'طلب مكتوب يحدد المساحة والمدة والغرض
تصميم الموقع أو رسم توضيحي للمساحة المطلوبة
نسخة من البطاقة الوطنية للتعريف أو من السجل التجاري
الرخصة التجارية للمحل إن وجدت',
 'Demande écrite précisant la surface, la durée et l''usage
Plan de situation ou croquis de la surface demandée
Copie de la carte nationale d''identité ou du registre de commerce
Autorisation d''exercice du commerce, le cas échéant',
 NULL,
 'إتاوة عن كل متر مربع وحسب المدة، وفق القرار الجبائي للجماعة',
 'Redevance au mètre carré et selon la durée, d''après l''arrêté fiscal de la commune',
 'من 15 إلى 30 يوما',
 'De 15 à 30 jours',
 'الشباك الوحيد للتعمير، قسم التعمير بمقر الجماعة (الإيداع عبر منصة رخص Rokhas.ma)',
 'Guichet unique d''urbanisme, division de l''urbanisme, hôtel de ville (dépôt sur la plateforme Rokhas.ma)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 5,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'hygiene'),
 'شهادة معاينة الوفاة',
 'Certificat de constatation de décès',
 'يعاين طبيب المكتب الجماعي لحفظ الصحة الوفاة التي تقع خارج المستشفى ويسلم الشهادة الطبية.',
 'Le médecin du bureau municipal d''hygiène constate un décès survenu hors de l''hôpital et délivre le certificat médical.',
 'البطاقة الوطنية للتعريف للمتوفى
الدفتر العائلي
البطاقة الوطنية للتعريف لأحد أقارب المتوفى
الوثائق الطبية المتوفرة',
 'Carte nationale d''identité du défunt
Livret de famille
Carte nationale d''identité d''un proche du défunt
Documents médicaux disponibles',
 0.00,
 NULL,
 NULL,
 'في اليوم نفسه، بعد تنقل الطبيب',
 'Le jour même, après le déplacement du médecin',
 'المكتب الجماعي لحفظ الصحة',
 'Bureau municipal d''hygiène (BMH)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'hygiene'),
 'رخصة الدفن',
 'Permis d''inhumer',
 'إذن مسبق لدفن المتوفى بعد التصريح بالوفاة.',
 'Autorisation préalable à l''inhumation, après la déclaration du décès.',
 'شهادة معاينة الوفاة
نسخة من رسم الوفاة أو وصل التصريح بالوفاة
البطاقة الوطنية للتعريف للمصرح',
 'Certificat de constatation de décès
Copie de l''acte de décès ou récépissé de la déclaration
Carte nationale d''identité du déclarant',
 0.00,
 NULL,
 NULL,
 'في الحين',
 'Immédiat',
 'المكتب الجماعي لحفظ الصحة',
 'Bureau municipal d''hygiène (BMH)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'hygiene'),
 'رخصة نقل جثمان',
 'Autorisation de transfert de dépouille mortelle',
 'إذن بنقل جثمان إلى جماعة أخرى أو خارج المغرب للدفن.',
 'Autorisation de transporter une dépouille vers une autre commune ou hors du Maroc pour l''inhumation.',
 'شهادة معاينة الوفاة
رخصة الدفن أو نسخة من رسم الوفاة
البطاقة الوطنية للتعريف لطالب النقل
شهادة التابوت عند النقل خارج المغرب',
 'Certificat de constatation de décès
Permis d''inhumer ou copie de l''acte de décès
Carte nationale d''identité du demandeur
Certificat de mise en bière pour un transfert hors du Maroc',
 0.00,
 NULL,
 NULL,
 'في الحين',
 'Immédiat',
 'المكتب الجماعي لحفظ الصحة',
 'Bureau municipal d''hygiène (BMH)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 3,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'hygiene'),
 'شهادة السلامة الصحية للمحلات',
 'Attestation d''hygiène et de salubrité d''un local',
 'زيارة المراقبة الصحية للمحلات المفتوحة للعموم (مطاعم، مخابز، محلات المواد الغذائية) قبل الترخيص.',
 'Inspection d''hygiène des locaux ouverts au public (restaurants, boulangeries, commerces alimentaires) avant leur autorisation.',
 'طلب مكتوب
نسخة من البطاقة الوطنية للتعريف
عقد الكراء أو شهادة الملكية
تصميم المحل
شهادة طبية للعاملين بالمواد الغذائية',
 'Demande écrite
Copie de la carte nationale d''identité
Contrat de bail ou certificat de propriété
Plan du local
Certificats médicaux du personnel manipulant des denrées alimentaires',
 NULL,
 'رسم حسب طبيعة النشاط، وفق القرار الجبائي للجماعة',
 'Droit selon la nature de l''activité, d''après l''arrêté fiscal de la commune',
 'من 7 إلى 15 يوما بعد الزيارة',
 'De 7 à 15 jours après la visite',
 'المكتب الجماعي لحفظ الصحة',
 'Bureau municipal d''hygiène (BMH)',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 4,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'police-administrative'),
 'رخصة مزاولة نشاط تجاري أو مهني',
 'Autorisation d''exercer une activité commerciale ou professionnelle',
 'رخصة فتح محل تجاري أو مهني أو حرفي داخل تراب الجماعة.',
 'Autorisation d''ouvrir un local commercial, professionnel ou artisanal sur le territoire de la commune.',
 'طلب الرخصة (المطبوع)
نسخة من البطاقة الوطنية للتعريف
عقد الكراء أو شهادة الملكية
الشهادة السلبية أو السجل التجاري للشركات
شهادة السلامة الصحية من المكتب الجماعي لحفظ الصحة للأنشطة الغذائية
تصميم المحل',
 'Demande d''autorisation (formulaire)
Copie de la carte nationale d''identité
Contrat de bail ou certificat de propriété
Certificat négatif ou registre de commerce pour les sociétés
Attestation d''hygiène du BMH pour les activités alimentaires
Plan du local',
 NULL,
 'رسوم حسب النشاط وفق القرار الجبائي للجماعة',
 'Droits selon l''activité, d''après l''arrêté fiscal de la commune',
 'من 15 إلى 30 يوما بعد رأي اللجنة المختلطة',
 'De 15 à 30 jours, après avis de la commission mixte',
 'مصلحة الشرطة الإدارية، مقر الجماعة',
 'Service de la police administrative, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'police-administrative'),
 'رخصة فتح مؤسسة مصنفة من الصنف الثالث',
 'Autorisation d''ouverture d''un établissement classé de 3e catégorie',
 'المؤسسات التي قد تسبب إزعاجا أو خطرا (ورشات، أفران، محطات غسل) تخضع لبحث قبل الترخيص.',
 'Les établissements pouvant causer une gêne ou un risque (ateliers, fours, stations de lavage) sont autorisés après enquête.',
 'طلب الرخصة (المطبوع)
نسخة من البطاقة الوطنية للتعريف أو السجل التجاري
عقد الكراء أو شهادة الملكية
تصميم الموقع وتصميم المحل
مذكرة تقنية تصف النشاط والتجهيزات',
 'Demande d''autorisation (formulaire)
Copie de la carte nationale d''identité ou du registre de commerce
Contrat de bail ou certificat de propriété
Plan de situation et plan du local
Notice technique décrivant l''activité et les équipements',
 NULL,
 'رسوم حسب النشاط وفق القرار الجبائي للجماعة',
 'Droits selon l''activité, d''après l''arrêté fiscal de la commune',
 'من 30 إلى 60 يوما بعد البحث',
 'De 30 à 60 jours, après l''enquête',
 'مصلحة الشرطة الإدارية، مقر الجماعة',
 'Service de la police administrative, hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'taxes'),
 'الرسم على الأراضي الحضرية غير المبنية',
 'Taxe sur les terrains urbains non bâtis (TNB)',
 'يصرح المالك سنويا بأرضه غير المبنية داخل المدار الحضري ويؤدي الرسم (القانون رقم 47.06).',
 'Le propriétaire déclare chaque année son terrain non bâti situé dans le périmètre urbain et paie la taxe (loi n° 47-06).',
 'إقرار الرسم على الأراضي غير المبنية (المطبوع)
شهادة الملكية أو عقد الشراء
تصميم الموقع
نسخة من البطاقة الوطنية للتعريف أو من السجل التجاري',
 'Déclaration de la taxe sur les terrains non bâtis (formulaire)
Certificat de propriété ou acte d''achat
Plan de situation
Copie de la carte nationale d''identité ou du registre de commerce',
 NULL,
 'سعر عن كل متر مربع حسب المنطقة، يحدده القرار الجبائي للجماعة',
 'Un tarif au mètre carré selon la zone, fixé par l''arrêté fiscal de la commune',
 'الإقرار والأداء قبل فاتح مارس من كل سنة',
 'Déclaration et paiement avant le 1er mars de chaque année',
 'وكالة المداخيل الجماعية (شباك الجبايات)، مقر الجماعة',
 'Régie des recettes communales (guichet de la fiscalité), hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 1,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'taxes'),
 'شهادة الإبراء الضريبي الجماعي',
 'Attestation de quitus fiscal communal',
 'شهادة تثبت أداء الرسوم الجماعية، تطلب عند البيع أو التحفيظ أو طلب رخصة.',
 'Attestation du paiement des taxes communales, demandée lors d''une vente, d''une immatriculation ou d''une demande d''autorisation.',
 'طلب مكتوب
نسخة من البطاقة الوطنية للتعريف
مراجع العقار أو النشاط (الرسم العقاري، العنوان)
وصولات الأداء للسنوات الأخيرة إن وجدت',
 'Demande écrite
Copie de la carte nationale d''identité
Références du bien ou de l''activité (titre foncier, adresse)
Quittances des dernières années, le cas échéant',
 0.00,
 NULL,
 NULL,
 'من يوم إلى 3 أيام',
 'De 1 à 3 jours',
 'وكالة المداخيل الجماعية (شباك الجبايات)، مقر الجماعة',
 'Régie des recettes communales (guichet de la fiscalité), hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 2,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
INSERT INTO admin_service (category_id, name_ar, name_fr, summary_ar, summary_fr, documents_ar, documents_fr, fee_amount, fee_note_ar, fee_note_fr, delay_ar, delay_fr, office_ar, office_fr, hours_ar, hours_fr, position, status, published_at, created_at, updated_at, version) VALUES
((SELECT id FROM service_category WHERE slug = 'taxes'),
 'أداء إتاوات ورسوم المرافق الجماعية',
 'Paiement des redevances et droits communaux',
 'أداء الرسوم والإتاوات الجماعية (احتلال الملك العمومي، الأسواق، المحطات) بشباك الوكالة.',
 'Payer au guichet de la régie les taxes et redevances communales (occupation du domaine public, marchés, gares routières).',
 'الإشعار بالأداء أو مراجع الملف
نسخة من البطاقة الوطنية للتعريف',
 'Avis d''imposition ou références du dossier
Copie de la carte nationale d''identité',
 NULL,
 'حسب الرسم أو الإتاوة المعنية',
 'Selon la taxe ou la redevance concernée',
 'في الحين، مع تسليم وصل الأداء',
 'Immédiat, avec remise d''une quittance',
 'وكالة المداخيل الجماعية (شباك الجبايات)، مقر الجماعة',
 'Régie des recettes communales (guichet de la fiscalité), hôtel de ville',
 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30 (في رمضان: من 9:00 إلى 15:00)',
 'Du lundi au vendredi, de 8 h 30 à 16 h 30 (pendant le Ramadan : de 9 h à 15 h)',
 3,
 'PUBLISHED',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 '2026-11-01 08:00:00',
 0);
