package db.demo;

import java.util.List;
import java.util.Map;

/**
 * The words of the demo cases (V13): what residents of Ben Guerir write about, per Allo Citizen category,
 * and what the commune answers, in Arabic and in French. {@code {place}} is replaced by a street or a
 * district of the demo. Every requester is invented.
 */
final class CasesDemoCatalogue {

    private CasesDemoCatalogue() {
    }

    /** A text in both languages. */
    record Text(String ar, String fr) {
        String in(boolean arabic) {
            return arabic ? ar : fr;
        }
    }

    /** A problem residents report, and the answer the service gives once it is dealt with. */
    record Problem(Text description, Text answer) {
    }

    private static Problem p(String descriptionAr, String descriptionFr, String answerAr, String answerFr) {
        return new Problem(new Text(descriptionAr, descriptionFr), new Text(answerAr, answerFr));
    }

    /** Streets and places of Ben Guerir the descriptions name (the demo's districts are added to them). */
    static final List<Text> STREETS = List.of(
            new Text("شارع الحسن الثاني", "avenue Hassan II"),
            new Text("شارع محمد الخامس", "avenue Mohammed V"),
            new Text("شارع القوات المسلحة الملكية", "avenue des FAR"),
            new Text("شارع الجيش الملكي قرب المحطة الطرقية", "avenue de l'Armée royale, près de la gare routière"),
            new Text("زنقة المسجد قرب السوق الأسبوعي", "rue de la Mosquée, près du souk hebdomadaire"),
            new Text("الطريق المؤدية إلى المدينة الخضراء", "la route de la Ville Verte"),
            new Text("ساحة البلدية", "la place de la Municipalité"),
            new Text("شارع عبد الرحيم بوعبيد", "avenue Abderrahim Bouabid"),
            new Text("زنقة الرحامنة", "rue des Rehamna"),
            new Text("محيط المستشفى الإقليمي", "les abords de l'hôpital provincial"));

    /** What residents report, per category code of the seed. */
    static final Map<String, List<Problem>> PROBLEMS = Map.ofEntries(
            Map.entry("LIGHTING", List.of(
                    p("عمود الإنارة العمومية معطل منذ أسبوع في {place}، والشارع مظلم تماما ليلا.",
                            "Le lampadaire est en panne depuis une semaine, {place} ; la rue est complètement noire la nuit.",
                            "تم استبدال المصباح المعطل وإصلاح التوصيل الكهربائي. الإنارة تعمل من جديد.",
                            "La lampe défectueuse a été remplacée et le raccordement réparé. L'éclairage fonctionne à nouveau."),
                    p("سلك كهربائي مكشوف في عمود الإنارة ب{place}، خطر على الأطفال.",
                            "Un câble électrique dénudé sort d'un poteau d'éclairage, {place} ; danger pour les enfants.",
                            "تدخل فريق المصالح التقنية وعزل السلك وأغلق علبة العمود.",
                            "L'équipe des services techniques a isolé le câble et refermé le coffret du poteau."),
                    p("ثلاثة أعمدة إنارة متتالية لا تشتغل في {place}.",
                            "Trois lampadaires à la suite ne s'allument plus, {place}.",
                            "تم إصلاح العطب في لوحة التحكم؛ الأعمدة الثلاثة تشتغل.",
                            "La panne de l'armoire de commande est réparée ; les trois lampadaires fonctionnent."),
                    p("الإنارة العمومية تبقى مشتعلة طوال النهار في {place}.",
                            "L'éclairage public reste allumé toute la journée, {place}.",
                            "تم ضبط الساعة الفلكية للوحة التحكم.",
                            "L'horloge astronomique de l'armoire de commande a été réglée."))),
            Map.entry("CLEANLINESS", List.of(
                    p("لم يتم جمع النفايات منذ أربعة أيام في {place}، والحاويات ممتلئة.",
                            "Les déchets n'ont pas été ramassés depuis quatre jours, {place} ; les conteneurs débordent.",
                            "تمت برمجة جولة استثنائية لجمع النفايات وتم تذكير المفوض له بمواعيد المرور.",
                            "Une tournée de collecte supplémentaire a eu lieu et le délégataire a été rappelé à ses horaires de passage."),
                    p("نقطة سوداء لرمي الأتربة والنفايات قرب {place}.",
                            "Un dépôt sauvage de gravats et d'ordures s'est formé près de {place}.",
                            "تمت إزالة النقطة السوداء ووضعت لوحة تمنع الرمي العشوائي.",
                            "Le dépôt a été enlevé et un panneau d'interdiction a été posé."),
                    p("حاوية النفايات مكسورة في {place} والقطط تبعثر الأزبال.",
                            "Le conteneur à ordures est cassé, {place}, et les chats éparpillent les déchets.",
                            "تم تعويض الحاوية المكسورة بحاوية جديدة.",
                            "Le conteneur cassé a été remplacé par un neuf."),
                    p("بقايا السوق الأسبوعي لم تنظف بعد يومين في {place}.",
                            "Les restes du souk hebdomadaire ne sont toujours pas nettoyés deux jours après, {place}.",
                            "تم تنظيف الساحة وغسلها.",
                            "La place a été nettoyée et lavée."))),
            Map.entry("SPORTS", List.of(
                    p("أرغب في حجز ملعب القرب ب{place} يوم السبت لفريق الحي.",
                            "Je souhaite réserver le terrain de proximité, {place}, samedi pour l'équipe du quartier.",
                            "تم تسجيل الحجز يوم السبت من الساعة 16 إلى 18.",
                            "La réservation est enregistrée samedi de 16 h à 18 h."),
                    p("شباك المرمى ممزق والإنارة معطلة في ملعب القرب ب{place}.",
                            "Le filet des buts est déchiré et l'éclairage en panne au terrain de proximité, {place}.",
                            "تم تعويض الشباك وإصلاح الإنارة.",
                            "Les filets ont été remplacés et l'éclairage réparé."),
                    p("باب مركز القرب الرياضي ب{place} مغلق في أوقات الفتح المعلنة.",
                            "Le centre sportif de proximité, {place}, est fermé aux heures d'ouverture affichées.",
                            "تم تذكير المسير بأوقات الفتح ونشرها من جديد.",
                            "Le gestionnaire a été rappelé aux horaires, qui ont été affichés à nouveau."))),
            Map.entry("AMBULANCE", List.of(
                    p("أحتاج سيارة إسعاف لنقل والدتي المسنة من {place} إلى المستشفى الإقليمي.",
                            "J'ai besoin d'une ambulance pour transporter ma mère âgée de {place} à l'hôpital provincial.",
                            "تم نقل المريضة إلى المستشفى الإقليمي.",
                            "La patiente a été transportée à l'hôpital provincial."),
                    p("شخص سقط وأصيب في رجله في {place}، نطلب سيارة الإسعاف.",
                            "Une personne est tombée et s'est blessée à la jambe, {place} ; nous demandons l'ambulance.",
                            "وصلت سيارة الإسعاف ونقل المصاب إلى المستعجلات.",
                            "L'ambulance est arrivée et le blessé a été conduit aux urgences."))),
            Map.entry("DECEASED_TRANSPORT", List.of(
                    p("نطلب سيارة نقل الأموات من المستشفى الإقليمي إلى المقبرة، الدفن بعد صلاة العصر.",
                            "Nous demandons le véhicule de transport des défunts de l'hôpital provincial au cimetière, inhumation après la prière d'Al Asr.",
                            "تم توفير سيارة نقل الأموات في الموعد.",
                            "Le véhicule a été mis à disposition à l'heure."))),
            Map.entry("DIALYSIS_TRANSPORT", List.of(
                    p("أطلب نقل والدي إلى مركز تصفية الدم صباح الغد من {place}.",
                            "Je demande le transport de mon père au centre de dialyse demain matin depuis {place}.",
                            "تمت برمجة النقل صباح الغد على الساعة السابعة.",
                            "Le transport est programmé demain à 7 h."),
                    p("مريضة بالقصور الكلوي تحتاج النقل ثلاث مرات في الأسبوع من {place}.",
                            "Une patiente dialysée a besoin d'un transport trois fois par semaine depuis {place}.",
                            "تم تسجيل المريضة في البرنامج الأسبوعي للنقل.",
                            "La patiente est inscrite au programme hebdomadaire de transport."))),
            Map.entry("URBANISM", List.of(
                    p("أودعت طلب رخصة البناء منذ شهرين ولم أتوصل بأي جواب، الملف يخص قطعة في {place}.",
                            "J'ai déposé une demande de permis de construire il y a deux mois sans réponse ; le dossier concerne un lot, {place}.",
                            "درست اللجنة الملف وهو جاهز للسحب بالشباك الوحيد.",
                            "La commission a examiné le dossier ; le permis est à retirer au guichet unique."),
                    p("أشغال بناء بدون رخصة على الرصيف في {place}.",
                            "Des travaux de construction sans autorisation empiètent sur le trottoir, {place}.",
                            "قامت لجنة المراقبة بمعاينة الأشغال وتحرير محضر.",
                            "La commission de contrôle a constaté les travaux et dressé un procès-verbal."))),
            Map.entry("HEALTH_OFFICE", List.of(
                    p("كلاب ضالة كثيرة في {place} تهاجم المارة صباحا.",
                            "De nombreux chiens errants, {place}, s'en prennent aux passants le matin.",
                            "تدخل المكتب الجماعي لحفظ الصحة بتنسيق مع المصالح المختصة.",
                            "Le bureau municipal d'hygiène est intervenu avec les services compétents."),
                    p("محل للأكلات الخفيفة في {place} لا يحترم شروط النظافة.",
                            "Un snack, {place}, ne respecte pas les règles d'hygiène.",
                            "تمت مراقبة المحل وتوجيه إنذار لصاحبه.",
                            "Le commerce a été contrôlé et son exploitant mis en demeure."),
                    p("انتشار الناموس قرب قناة الصرف في {place}.",
                            "Prolifération de moustiques près du canal d'assainissement, {place}.",
                            "تمت عملية رش المبيدات بالمنطقة.",
                            "Une opération de démoustication a été menée dans le secteur."))),
            Map.entry("ADMIN_POLICE", List.of(
                    p("مقهى يحتل الرصيف كاملا في {place} ولا يترك ممرا للراجلين.",
                            "Un café occupe tout le trottoir, {place}, sans laisser de passage aux piétons.",
                            "تمت معاينة الاحتلال وإلزام صاحب المقهى بتحرير الممر.",
                            "L'occupation a été constatée et l'exploitant tenu de libérer le passage."),
                    p("ورشة نجارة تحدث ضجيجا بعد العاشرة ليلا في {place}.",
                            "Un atelier de menuiserie fait du bruit après 22 h, {place}.",
                            "تم تذكير صاحب الورشة بمقتضيات القرار الجماعي المتعلق بالضجيج.",
                            "L'exploitant a été rappelé aux dispositions de l'arrêté municipal sur le bruit."))),
            Map.entry("CIVIL_STATUS", List.of(
                    p("خطأ في كتابة اسم الأم في عقد الازدياد، كيف أصححه؟",
                            "Le prénom de ma mère est mal orthographié sur mon acte de naissance : comment le faire rectifier ?",
                            "يقدم طلب التصحيح إلى المحكمة الابتدائية مرفقا بنسخة من العقد؛ مكتب الحالة المدنية يساعدكم في تهييء الملف.",
                            "La rectification se demande au tribunal de première instance avec une copie de l'acte ; le bureau d'état civil vous aide à préparer le dossier."),
                    p("طلبت نسخة كاملة من عقد الازدياد منذ أسبوع ولم أتوصل بها.",
                            "J'ai demandé une copie intégrale d'acte de naissance il y a une semaine et ne l'ai pas reçue.",
                            "النسخة جاهزة للسحب بمكتب الحالة المدنية.",
                            "La copie est prête au bureau d'état civil."))),
            Map.entry("LEGALIZATION", List.of(
                    p("ما هي أوقات عمل مصلحة تصحيح الإمضاءات يوم الجمعة؟",
                            "Quels sont les horaires du service de légalisation le vendredi ?",
                            "المصلحة مفتوحة يوم الجمعة من الثامنة والنصف إلى الحادية عشرة والنصف ومن الثالثة إلى الرابعة والنصف.",
                            "Le service est ouvert le vendredi de 8 h 30 à 11 h 30 et de 15 h à 16 h 30."),
                    p("طابور طويل جدا أمام مصلحة تصحيح الإمضاءات وشباك واحد مفتوح.",
                            "Très longue file au service de légalisation avec un seul guichet ouvert.",
                            "تم فتح شباك ثان في ساعات الذروة.",
                            "Un second guichet est ouvert aux heures de pointe."))));

    static final List<Problem> COMPLAINTS = List.of(
            p("أشتكي من سوء الاستقبال بمصلحة الجبايات، انتظرت ثلاث ساعات دون جواب.",
                    "Je me plains de l'accueil au service de la fiscalité : trois heures d'attente sans réponse.",
                    "نعتذر عن هذا الانتظار. تمت إعادة تنظيم الاستقبال وتحديد مواعيد للملفات المعقدة.",
                    "Nous nous excusons pour cette attente. L'accueil a été réorganisé et des rendez-vous sont proposés pour les dossiers complexes."),
            p("أشغال الحفر أمام منزلي في {place} متوقفة منذ شهر والحفرة غير مؤمنة.",
                    "Les travaux de creusement devant chez moi, {place}, sont arrêtés depuis un mois et la tranchée n'est pas sécurisée.",
                    "تم إلزام المقاولة بتأمين الورش واستئناف الأشغال.",
                    "L'entreprise a été mise en demeure de sécuriser le chantier et de reprendre les travaux."),
            p("لم أتوصل بأي رد على شكايتي السابقة بخصوص تسرب مياه الأمطار في {place}.",
                    "Ma précédente réclamation sur l'écoulement des eaux de pluie, {place}, est restée sans réponse.",
                    "تمت برمجة تنقية البالوعات قبل موسم الأمطار.",
                    "Le curage des avaloirs est programmé avant la saison des pluies."),
            p("الحافلة لا تمر بحي {place} منذ تغيير الخط.",
                    "Le bus ne dessert plus {place} depuis le changement de ligne.",
                    "تمت مراسلة المفوض له لإعادة محطة التوقف.",
                    "Le délégataire a été saisi pour rétablir l'arrêt."));

    static final List<Problem> SUGGESTIONS = List.of(
            p("أقترح غرس الأشجار على جانبي {place} لتوفير الظل صيفا.",
                    "Je propose de planter des arbres le long de {place} pour l'ombre en été.",
                    "شكرا على الاقتراح، أدرج في برنامج المساحات الخضراء للسنة المقبلة.",
                    "Merci pour la proposition, inscrite au programme des espaces verts de l'an prochain."),
            p("أقترح إحداث ممر للراجلين أمام المدرسة في {place}.",
                    "Je suggère un passage piéton devant l'école, {place}.",
                    "تمت دراسة الاقتراح وسيتم تخطيط الممر.",
                    "La proposition a été étudiée ; le passage sera tracé."),
            p("أقترح تخصيص حاويات للفرز الانتقائي في الأحياء.",
                    "Je propose des conteneurs de tri sélectif dans les quartiers.",
                    "الاقتراح قيد الدراسة مع المفوض له في إطار تجديد العقد.",
                    "La proposition est étudiée avec le délégataire dans le cadre du renouvellement du contrat."));

    static final List<Problem> INFORMATION = List.of(
            p("أطلب نسخة من ميزانية الجماعة للسنة الجارية وحساب التنفيذ للسنة الماضية.",
                    "Je demande une copie du budget de la commune de l'année en cours et du compte administratif de l'an dernier.",
                    "تجدون رفقته الميزانية والحساب الإداري، وهما منشوران أيضا في فضاء الشفافية.",
                    "Vous trouverez ci-joint le budget et le compte administratif, publiés aussi dans l'espace Transparence."),
            p("أطلب لائحة الصفقات المبرمة سنة {year} مع مبالغها.",
                    "Je demande la liste des marchés conclus en {year} avec leurs montants.",
                    "تجدون اللائحة رفقته.",
                    "Vous trouverez la liste ci-jointe."),
            p("أطلب محضر دورة المجلس الأخيرة ونتائج التصويت.",
                    "Je demande le procès-verbal de la dernière session du conseil et le résultat des votes.",
                    "المحضر منشور في صفحة دورات المجلس، ونرفق لكم نسخة منه.",
                    "Le procès-verbal est publié sur la page des sessions du conseil ; une copie est jointe."),
            p("أطلب دراسة حركة السير المنجزة حول {place}.",
                    "Je demande l'étude de circulation réalisée autour de {place}.",
                    "تجدون رفقته ملخص الدراسة؛ الملحقات التقنية قابلة للاطلاع بالمصالح التقنية.",
                    "Vous trouverez le résumé de l'étude ; les annexes techniques sont consultables aux services techniques."),
            p("أطلب عدد رخص البناء المسلمة سنة {year} حسب الأحياء.",
                    "Je demande le nombre de permis de construire délivrés en {year} par quartier.",
                    "تجدون الإحصائيات المطلوبة رفقته.",
                    "Vous trouverez les statistiques demandées ci-jointes."));

    static final List<Text> REJECTIONS = List.of(
            new Text("الطلب لا يدخل في اختصاصات الجماعة؛ المرجو التوجه إلى الوكالة المستقلة لتوزيع الماء والكهرباء.",
                    "La demande ne relève pas de la commune ; adressez-vous à la régie de distribution d'eau et d'électricité."),
            new Text("الطلب مكرر، سبق تسجيله ومعالجته.", "Demande en double, déjà enregistrée et traitée."),
            new Text("لم نتمكن من تحديد المكان المذكور؛ المرجو تقديم طلب جديد مع عنوان دقيق.",
                    "Le lieu indiqué n'a pas pu être trouvé ; merci de déposer une nouvelle demande avec une adresse précise."));

    static final List<Text> EXTENSIONS = List.of(
            new Text("المعلومات المطلوبة كثيرة وتوجد لدى عدة مصالح؛ نمدد أجل الرد مرة واحدة طبقا للقانون 31.13.",
                    "Les informations demandées sont volumineuses et détenues par plusieurs services ; le délai est prolongé une fois, conformément à la loi 31.13."),
            new Text("يتطلب الطلب استشارة جهة أخرى؛ تم تمديد الأجل.",
                    "La demande nécessite la consultation d'un autre organisme ; le délai est prolongé."));

    static final List<Text> REFUSALS = List.of(
            new Text("تتضمن الوثيقة معطيات شخصية لأغيار لا يمكن إخفاؤها دون تحريف مضمونها.",
                    "Le document contient des données personnelles de tiers qui ne peuvent être occultées sans en altérer le contenu."));

    static final List<Text> NOTES = List.of(
            new Text("تم الاتصال بالمعني هاتفيا لتأكيد المكان.", "Requérant rappelé pour confirmer le lieu."),
            new Text("في انتظار توفر قطع الغيار.", "En attente des pièces de rechange."),
            new Text("تمت برمجة التدخل مع الفريق الصباحي.", "Intervention programmée avec l'équipe du matin."));

    static final List<Text> WAITING = List.of(
            new Text("المرجو تزويدنا بعنوان دقيق أو صورة للمكان.", "Merci de nous indiquer une adresse précise ou une photo du lieu."));

    static final List<Text> REOPENINGS = List.of(
            new Text("العطب عاد من جديد بعد يومين.", "La panne est revenue deux jours après."));

    /** Invented first and last names, in Arabic script and in Latin script (for the email address). */
    static final List<Text> FIRST_NAMES = List.of(
            new Text("محمد", "Mohamed"), new Text("فاطمة", "Fatima"), new Text("يوسف", "Youssef"), new Text("خديجة", "Khadija"),
            new Text("عبد الله", "Abdellah"), new Text("نعيمة", "Naima"), new Text("سعيد", "Said"), new Text("حنان", "Hanane"),
            new Text("إبراهيم", "Brahim"), new Text("مريم", "Meryem"), new Text("رشيد", "Rachid"), new Text("سناء", "Sanaa"),
            new Text("هشام", "Hicham"), new Text("زينب", "Zineb"), new Text("عمر", "Omar"), new Text("لطيفة", "Latifa"));

    static final List<Text> LAST_NAMES = List.of(
            new Text("الرحماني", "Rahmani"), new Text("بنعلي", "Benali"), new Text("العلوي", "Alaoui"), new Text("الإدريسي", "Idrissi"),
            new Text("الحيحي", "Haihi"), new Text("أيت باها", "Ait Baha"), new Text("المراكشي", "Marrakchi"), new Text("البوزيدي", "Bouzidi"),
            new Text("الفاسي", "Fassi"), new Text("الشرقاوي", "Cherkaoui"), new Text("الزهراوي", "Zahraoui"), new Text("القاسمي", "Kasmi"));
}
