package db.demo;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;

/**
 * Demo content only: what the demo council of Ben Guerir deliberates on. The action programme (PAC
 * 2022–2027) and the agenda items its sessions take up, in Arabic and French. The subjects are the ones a
 * Moroccan commune's council deals with (budget, conventions with the territory's partners, delegated
 * services, street names, markets); partners and projects are those of the other demo windows.
 * {@link V12__Demo_council_sessions} places them on dates that follow the day the demo is loaded.
 */
final class CouncilDemoCatalogue {

    private CouncilDemoCatalogue() {
    }

    /** The permanent committee (by its position) that prepares an item. */
    static final int BUDGET = 1;
    static final int URBANISM = 2;
    static final int SOCIAL = 3;
    static final int SERVICES = 4;

    enum Outcome { ADOPTED, REJECTED, POSTPONED }

    /**
     * An agenda item: title and summary in both languages, the committee that prepares it, the supporting
     * document (none when its labels are null), the outcome the council will reach, and whether the
     * opposition votes against it.
     */
    record Item(String titleAr, String titleFr, String summaryAr, String summaryFr, int committee,
                String documentAr, String documentFr, Outcome outcome, boolean contested) {

        static Item of(String titleAr, String titleFr, String summaryAr, String summaryFr, int committee) {
            return new Item(titleAr, titleFr, summaryAr, summaryFr, committee, null, null, Outcome.ADOPTED, false);
        }

        Item withDocument(String ar, String fr) {
            return new Item(titleAr, titleFr, summaryAr, summaryFr, committee, ar, fr, outcome, contested);
        }

        Item opposed() {
            return new Item(titleAr, titleFr, summaryAr, summaryFr, committee, documentAr, documentFr, outcome, true);
        }

        Item ending(Outcome outcome) {
            return new Item(titleAr, titleFr, summaryAr, summaryFr, committee, documentAr, documentFr, outcome, contested);
        }
    }

    // ---- the action programme

    /**
     * An action of the PAC: its budget in MAD, the service in charge, the demo project that carries it out
     * (by its French title; none when null), and the progress reached at the end of 2022, 2023, ... 2027.
     */
    record Action(String titleAr, String titleFr, String budget, String responsibleAr, String responsibleFr,
                  String projectFr, int... progress) {

        BigDecimal amount() {
            return new BigDecimal(budget);
        }

        /** The progress at the end of a year of the programme (2022 to 2027); 0 before, the last after. */
        int progressIn(int year) {
            int index = year - 2022;
            return index < 0 ? 0 : progress[Math.min(index, progress.length - 1)];
        }
    }

    record Axis(String titleAr, String titleFr, List<Action> actions) {
    }

    private static final String TECHNICAL_AR = "المصلحة التقنية";
    private static final String TECHNICAL_FR = "Service technique";
    private static final String ECONOMY_AR = "مصلحة الشؤون الاقتصادية";
    private static final String ECONOMY_FR = "Service des affaires économiques";
    private static final String ENVIRONMENT_AR = "مصلحة البيئة والمساحات الخضراء";
    private static final String ENVIRONMENT_FR = "Service de l'environnement et des espaces verts";
    private static final String SOCIAL_AR = "مصلحة الشؤون الاجتماعية والثقافية والرياضية";
    private static final String SOCIAL_FR = "Service des affaires sociales, culturelles et sportives";

    static final List<Axis> PROGRAMME = List.of(
            new Axis("البنيات التحتية والتأهيل الحضري", "Infrastructures et mise à niveau urbaine", List.of(
                    new Action("تأهيل طرق الأحياء ناقصة التجهيز", "Réhabilitation de la voirie des quartiers sous-équipés",
                            "42000000.00", TECHNICAL_AR, TECHNICAL_FR, "Réhabilitation de la voirie de Hay Al Massira",
                            25, 45, 60, 72, 85, 100),
                    new Action("توسيع شبكة التطهير السائل", "Extension du réseau d'assainissement liquide",
                            "35000000.00", TECHNICAL_AR, TECHNICAL_FR, null, 5, 20, 45, 65, 85, 100),
                    new Action("تعميم الإنارة العمومية المقتصدة للطاقة (LED)", "Généralisation de l'éclairage public économe (LED)",
                            "12500000.00", "مصلحة الإنارة العمومية", "Service de l'éclairage public", null, 15, 40, 55, 70, 88, 100),
                    new Action("إعادة تهيئة الساحة البلدية", "Réaménagement de la place municipale",
                            "6000000.00", "مصلحة التعمير", "Service de l'urbanisme", null, 0, 10, 15, 20, 30, 60))),
            new Axis("التنمية الاقتصادية والتشغيل", "Développement économique et emploi", List.of(
                    new Action("إنجاز السوق البلدي المغطى", "Réalisation du marché municipal couvert",
                            "22000000.00", ECONOMY_AR, ECONOMY_FR, "Marché municipal couvert", 5, 15, 35, 50, 65, 100),
                    new Action("إحداث منطقة للأنشطة الاقتصادية للمقاولين الذاتيين", "Zone d'activités pour les auto-entrepreneurs",
                            "8500000.00", ECONOMY_AR, ECONOMY_FR, null, 0, 10, 25, 40, 55, 80),
                    new Action("تأهيل المجزرة الجماعية", "Mise à niveau de l'abattoir communal",
                            "12000000.00", "المكتب الجماعي لحفظ الصحة", "Bureau municipal d'hygiène", null, 0, 5, 10, 15, 25, 50),
                    new Action("دعم التعاونيات والاقتصاد الاجتماعي", "Appui aux coopératives et à l'économie sociale",
                            "1500000.00", ECONOMY_AR, ECONOMY_FR, null, 20, 40, 60, 75, 90, 100))),
            new Axis("البيئة وإطار العيش", "Environnement et cadre de vie", List.of(
                    new Action("المنتزه الحضري للمدينة الخضراء", "Parc urbain de la Ville Verte",
                            "16000000.00", ENVIRONMENT_AR, ENVIRONMENT_FR, "Parc urbain de la Ville Verte", 0, 10, 30, 50, 70, 100),
                    new Action("التدبير المفوض لجمع النفايات المنزلية والتنظيف", "Gestion déléguée de la collecte des déchets et du nettoiement",
                            "48000000.00", "مصلحة النظافة", "Service de la propreté", null, 17, 33, 50, 67, 83, 100),
                    new Action("غرس 10000 شجرة وإحداث مسارات خضراء", "Plantation de 10 000 arbres et coulées vertes",
                            "3200000.00", ENVIRONMENT_AR, ENVIRONMENT_FR, null, 15, 35, 55, 70, 85, 100),
                    new Action("سقي المساحات الخضراء بالمياه العادمة المعالجة", "Arrosage des espaces verts par les eaux épurées",
                            "4500000.00", ENVIRONMENT_AR, ENVIRONMENT_FR, null, 10, 30, 60, 80, 95, 100))),
            new Axis("التنمية الاجتماعية والثقافية والرياضية", "Développement social, culturel et sportif", List.of(
                    new Action("ملاعب القرب ومضمار ألعاب القوى", "Terrains de proximité et piste d'athlétisme",
                            "5500000.00", SOCIAL_AR, SOCIAL_FR, null, 30, 50, 60, 70, 80, 100),
                    new Action("الخزانة البلدية", "Bibliothèque municipale",
                            "7500000.00", SOCIAL_AR, SOCIAL_FR, null, 0, 5, 20, 50, 80, 100),
                    new Action("سيارات الإسعاف ونقل مرضى القصور الكلوي", "Ambulances et transport des patients dialysés",
                            "2400000.00", "المكتب الجماعي لحفظ الصحة", "Bureau municipal d'hygiène", null, 40, 60, 75, 90, 100, 100),
                    new Action("برنامج التنشيط الثقافي لفائدة الشباب", "Programme d'animation culturelle pour les jeunes",
                            "1200000.00", SOCIAL_AR, SOCIAL_FR, null, 15, 35, 55, 70, 85, 100))),
            new Axis("الحكامة والإدارة الرقمية", "Gouvernance et administration numérique", List.of(
                    new Action("البوابة الإلكترونية للجماعة والخدمات عن بعد", "Portail électronique de la commune et services en ligne",
                            "1800000.00", "مصلحة المعلوميات", "Service informatique", null, 10, 25, 45, 70, 90, 100),
                    new Action("رقمنة سجلات الحالة المدنية", "Numérisation des registres de l'état civil",
                            "2200000.00", "مكتب الحالة المدنية", "Bureau de l'état civil", null, 20, 45, 70, 90, 100, 100),
                    new Action("التكوين المستمر للموظفين", "Formation continue des fonctionnaires",
                            "900000.00", "مصلحة الموارد البشرية", "Service des ressources humaines", null, 15, 35, 50, 65, 80, 100),
                    new Action("تحسين تحصيل المداخيل الذاتية", "Amélioration du recouvrement des recettes propres",
                            "600000.00", "وكالة المداخيل", "Régie des recettes", null, 20, 40, 55, 70, 85, 100))));

    // ---- agenda items

    private static final String[][] DISTRICTS = {
            {"حي المسيرة", "Hay Al Massira"}, {"حي السلام", "Hay Essalam"}, {"حي النهضة", "Hay Annahda"},
            {"حي الوحدة", "Hay Al Wahda"}, {"حي الفتح", "Hay El Fath"}, {"حي الرياض", "Hay Er-Riad"}};

    /** The items every ordinary session of a month holds (organic law 113-14 sets the budget calendar). */
    static List<Item> fixedItems(Month month, int year) {
        return switch (month) {
            case FEBRUARY -> List.of(
                    Item.of("برمجة الفائض الحقيقي لميزانية الجماعة برسم سنة " + (year - 1),
                            "Programmation de l'excédent réel du budget de l'exercice " + (year - 1),
                            "عرض نتائج تنفيذ ميزانية سنة " + (year - 1) + " واقتراح توزيع الفائض الحقيقي على مشاريع التجهيز ذات الأولوية: الطرق والإنارة العمومية والمساحات الخضراء.",
                            "Présentation des résultats de l'exécution du budget " + (year - 1) + " et proposition de répartition de l'excédent réel entre les projets d'équipement prioritaires : voirie, éclairage public et espaces verts.",
                            BUDGET).withDocument("جدول برمجة الفائض", "Tableau de programmation de l'excédent").opposed(),
                    Item.of("دفتر التحملات الخاص بكراء مداخيل السوق الأسبوعي برسم سنة " + year,
                            "Cahier des charges de l'affermage des recettes du souk hebdomadaire pour " + year,
                            "تحديد شروط كراء مداخيل السوق الأسبوعي والثمن الافتتاحي ومدة الكراء والتزامات المكتري في ما يخص النظافة والأمن.",
                            "Conditions de l'affermage des recettes du souk hebdomadaire : mise à prix, durée, obligations du fermier en matière de propreté et de sécurité.",
                            SERVICES).withDocument("مشروع دفتر التحملات", "Projet de cahier des charges"));
            case MAY -> {
                String[] district = DISTRICTS[(year * 3 + 1) % DISTRICTS.length];
                yield List.of(
                        Item.of("تحويل اعتمادات داخل ميزانية التسيير برسم سنة " + year,
                                "Virements de crédits au sein du budget de fonctionnement de l'exercice " + year,
                                "تحويل اعتمادات من فصول ذات فائض نحو فصول الإنارة العمومية وصيانة المنشآت لتغطية حاجيات النصف الثاني من السنة.",
                                "Virements de crédits d'articles excédentaires vers l'éclairage public et l'entretien des équipements pour couvrir les besoins du second semestre.",
                                BUDGET),
                        Item.of("تسمية أزقة وساحات عمومية ب" + district[0],
                                "Dénomination de rues et de places publiques à " + district[1],
                                "اقتراح أسماء لاثني عشر زقاقا وساحتين بـ" + district[0] + "، مستوحاة من أعلام المنطقة وتاريخ الرحامنة، بعد استشارة السكان.",
                                "Proposition de noms pour douze rues et deux places de " + district[1] + ", inspirés des figures et de l'histoire des Rehamna, après consultation des habitants.",
                                URBANISM).withDocument("تصميم الأزقة المقترح تسميتها", "Plan des rues à dénommer"));
            }
            case OCTOBER -> List.of(
                    Item.of("مشروع ميزانية الجماعة برسم السنة المالية " + (year + 1),
                            "Projet de budget de la commune pour l'exercice " + (year + 1),
                            "تقديم توقعات المداخيل ونفقات التسيير والتجهيز للسنة المالية " + (year + 1) + "، مع تخصيص اعتمادات لمشاريع برنامج عمل الجماعة.",
                            "Présentation des prévisions de recettes et des dépenses de fonctionnement et d'équipement de l'exercice " + (year + 1) + ", avec les crédits des projets du programme d'action de la commune.",
                            BUDGET).withDocument("مشروع الميزانية", "Projet de budget " + (year + 1)).opposed(),
                    Item.of("تقييم تنفيذ برنامج عمل الجماعة 2022-2027 برسم سنة " + year,
                            "Évaluation de l'exécution du programme d'action de la commune 2022-2027 en " + year,
                            "عرض حصيلة إنجاز مشاريع برنامج عمل الجماعة ونسب تقدمها، واقتراح تحيين بعض الأولويات.",
                            "Bilan de réalisation des projets du programme d'action de la commune et de leur avancement, avec une proposition d'actualisation de certaines priorités.",
                            BUDGET).withDocument("تقرير التقييم", "Rapport d'évaluation du PAC"));
            default -> List.of();
        };
    }

    /**
     * The other subjects of ordinary sessions, taken in this order, session after session. The ninth is
     * rejected and the thirteenth postponed, so the demo shows every outcome.
     */
    static final List<Item> ORDINARY = List.of(
            Item.of("اتفاقية شراكة مع مؤسسة OCP لصيانة المساحات الخضراء بشارع الحسن الثاني",
                    "Convention de partenariat avec la Fondation OCP pour l'entretien des espaces verts de l'avenue Hassan II",
                    "تتحمل المؤسسة كلفة الصيانة لمدة ثلاث سنوات وتتكفل الجماعة بالسقي بالمياه المعالجة.",
                    "La fondation prend en charge l'entretien pendant trois ans ; la commune assure l'arrosage par les eaux épurées.",
                    URBANISM).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("ملحق عقد التدبير المفوض لجمع النفايات المنزلية والتنظيف",
                    "Avenant au contrat de gestion déléguée de la collecte des déchets ménagers et du nettoiement",
                    "توسيع مجال الخدمة ليشمل الأحياء الجديدة والمدينة الخضراء، وإضافة ثلاث شاحنات للجمع ومراجعة الثمن تبعا لذلك.",
                    "Extension du service aux nouveaux quartiers et à la Ville Verte, ajout de trois camions de collecte et révision du prix en conséquence.",
                    SERVICES).withDocument("مشروع الملحق", "Projet d'avenant").opposed(),
            Item.of("اتفاقية شراكة مع جمعية الرحامنة للتنمية والثقافة لتنشيط المركز الثقافي",
                    "Convention avec l'Association Rehamna pour le développement et la culture pour l'animation du centre culturel",
                    "برنامج سنوي لورشات القراءة والمسرح والموسيقى لفائدة أطفال وشباب المدينة بدعم جماعي قدره 250000 درهم.",
                    "Programme annuel d'ateliers de lecture, de théâtre et de musique pour les enfants et les jeunes, avec une subvention communale de 250 000 dirhams.",
                    SOCIAL),
            Item.of("اتفاقية مع المكتب الوطني للكهرباء والماء الصالح للشرب لتوسيع شبكة التطهير بحي النهضة",
                    "Convention avec l'ONEE pour l'extension du réseau d'assainissement de Hay Annahda",
                    "مد 9 كيلومترات من القنوات وربط 1400 مسكن، بمساهمة الجماعة بنسبة 20 في المائة من الكلفة.",
                    "Pose de 9 km de collecteurs et raccordement de 1 400 logements, la commune finançant 20 % du coût.",
                    URBANISM).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("إحداث خط للنقل الحضري يربط محطة القطار بالجامعة والمدينة الخضراء",
                    "Création d'une ligne de transport urbain reliant la gare, l'université et la Ville Verte",
                    "خط جديد بحافلات كل عشرين دقيقة في إطار عقد التدبير المفوض للنقل الحضري، مع تعريفة مخفضة للطلبة.",
                    "Nouvelle ligne desservie toutes les vingt minutes dans le cadre du contrat de transport urbain, avec un tarif réduit pour les étudiants.",
                    SERVICES),
            Item.of("اتفاقية مع المديرية العامة للجماعات الترابية لتعميم الإنارة العمومية LED (الشطر الثالث)",
                    "Convention avec la DGCT pour la généralisation de l'éclairage public LED (phase 3)",
                    "تعويض 2500 مصباح بحي السلام وحي المسيرة بمصابيح LED متصلة، لخفض الاستهلاك بأكثر من النصف.",
                    "Remplacement de 2 500 luminaires à Hay Essalam et Hay Al Massira par des luminaires LED connectés, pour réduire la consommation de plus de moitié.",
                    SERVICES).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("اتفاقية مع المبادرة الوطنية للتنمية البشرية لنقل مرضى القصور الكلوي",
                    "Convention avec l'INDH pour le transport des patients dialysés",
                    "اقتناء سيارتين مجهزتين وتحمل الجماعة لمصاريف السائقين والوقود لنقل المرضى إلى مركز تصفية الدم.",
                    "Acquisition de deux véhicules équipés ; la commune prend en charge chauffeurs et carburant pour conduire les patients au centre d'hémodialyse.",
                    SOCIAL),
            Item.of("النظام الداخلي للسوق البلدي المغطى وكيفيات تخصيص المحلات",
                    "Règlement intérieur du marché municipal couvert et modalités d'attribution des étals",
                    "أوقات الفتح وقواعد النظافة والسلامة، وتخصيص المحلات بالقرعة مع أولوية للباعة المتجولين المحصيين.",
                    "Horaires, règles d'hygiène et de sécurité, attribution des étals par tirage au sort avec priorité aux marchands ambulants recensés.",
                    SERVICES).withDocument("مشروع النظام الداخلي", "Projet de règlement intérieur"),
            Item.of("تفويت قطعة أرضية جماعية بحي النهضة لفائدة شركة خاصة",
                    "Cession d'une parcelle communale à Hay Annahda au profit d'une société privée",
                    "طلب شركة اقتناء قطعة مساحتها 4200 متر مربع لإقامة مشروع تجاري؛ رأت اللجنة أن القطعة مخصصة لمرفق عمومي في تصميم التهيئة.",
                    "Demande d'une société d'acquérir une parcelle de 4 200 m2 pour un projet commercial ; la commission relève que le plan d'aménagement la réserve à un équipement public.",
                    URBANISM).ending(Outcome.REJECTED),
            Item.of("ملحق اتفاقية تمويل المحطة الطرقية مع جهة مراكش آسفي",
                    "Avenant à la convention de financement de la gare routière avec la Région Marrakech-Safi",
                    "رفع مساهمة الجهة بخمسة ملايين درهم لتغطية ارتفاع كلفة الأشغال وتمديد أجل الإنجاز.",
                    "Relèvement de cinq millions de dirhams de la contribution de la région pour couvrir la hausse du coût des travaux et prolongation du délai.",
                    BUDGET).withDocument("مشروع الملحق", "Projet d'avenant"),
            Item.of("منح الدعم للجمعيات الرياضية برسم الموسم الرياضي",
                    "Subventions aux associations sportives pour la saison sportive",
                    "توزيع غلاف قدره 900000 درهم على 24 جمعية حسب عدد المنخرطين والنتائج ومشاركة الفتيات.",
                    "Répartition d'une enveloppe de 900 000 dirhams entre 24 associations selon le nombre d'adhérents, les résultats et la participation des filles.",
                    SOCIAL),
            Item.of("مخطط السير والجولان ووقوف السيارات بوسط المدينة",
                    "Plan de circulation et de stationnement du centre-ville",
                    "إحداث اتجاهات وحيدة بشارع محمد الخامس وممرات للراجلين ومواقف منظمة قرب الإدارات.",
                    "Mise en sens unique de l'avenue Mohammed V, passages piétons et stationnement organisé près des administrations.",
                    URBANISM),
            Item.of("تعديل القرار الجبائي: الرسم على الاحتلال المؤقت للملك العمومي",
                    "Modification de l'arrêté fiscal : taxe d'occupation temporaire du domaine public",
                    "مراجعة أسعار الرسم المفروض على المقاهي والمحلات التجارية التي تستغل الأرصفة.",
                    "Révision des tarifs de la taxe due par les cafés et les commerces qui occupent les trottoirs.",
                    BUDGET).ending(Outcome.POSTPONED),
            Item.of("اقتراض من صندوق التجهيز الجماعي لاقتناء آليات النظافة",
                    "Emprunt auprès du Fonds d'équipement communal pour l'acquisition d'engins de propreté",
                    "قرض بمبلغ 6 ملايين درهم على مدى عشر سنوات لاقتناء شاحنات لجمع النفايات وصهريج للسقي.",
                    "Emprunt de 6 millions de dirhams sur dix ans pour l'acquisition de camions de collecte et d'un camion-citerne d'arrosage.",
                    BUDGET).withDocument("جدول الاستهلاك", "Tableau d'amortissement").opposed(),
            Item.of("برنامج التبادل مع مدينة مونس (بلجيكا) في إطار اتفاقية التوأمة",
                    "Programme d'échanges avec la ville de Mons (Belgique) au titre du jumelage",
                    "زيارة وفد من مكتبيي مونس وإقامة فنية لعشرة شباب من ابن جرير.",
                    "Visite d'une délégation de bibliothécaires de Mons et résidence artistique pour dix jeunes de Ben Guerir.",
                    SOCIAL),
            Item.of("توسعة المقبرة الجماعية وتنظيم تدبيرها",
                    "Extension du cimetière municipal et organisation de sa gestion",
                    "ضم قطعة مجاورة مساحتها هكتاران وتسييجها وإحداث ممرات ومرافق للزوار.",
                    "Annexion d'une parcelle voisine de deux hectares, clôture, allées et commodités pour les visiteurs.",
                    SERVICES),
            Item.of("اتفاقية مع جامعة محمد السادس متعددة التخصصات التقنية حول المختبر الحضري للمدينة الذكية",
                    "Convention avec l'UM6P sur le laboratoire urbain de la ville intelligente",
                    "تجريب أجهزة استشعار لقياس جودة الهواء واستهلاك الإنارة، ونشر المعطيات في البوابة.",
                    "Expérimentation de capteurs de qualité de l'air et de consommation de l'éclairage, avec publication des données sur le portail.",
                    URBANISM).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("البرنامج الصيفي لفائدة الأطفال والشباب",
                    "Programme estival pour les enfants et les jeunes",
                    "مخيمات حضرية وولوج مجاني للمسبح البلدي ودوري لكرة القدم بين الأحياء.",
                    "Colonies urbaines, accès gratuit à la piscine municipale et tournoi de football inter-quartiers.",
                    SOCIAL),
            Item.of("اتفاقية مع المكتب الوطني للسلامة الصحية للمنتجات الغذائية لمحاربة الكلاب الضالة",
                    "Convention avec l'ONSSA pour la lutte contre les chiens errants",
                    "حملات للتلقيح والتعقيم في إطار مقاربة تحترم الحيوان، يشرف عليها المكتب الجماعي لحفظ الصحة.",
                    "Campagnes de vaccination et de stérilisation respectueuses de l'animal, menées par le bureau municipal d'hygiène.",
                    SERVICES),
            Item.of("اتفاقية مع عمالة إقليم الرحامنة لتأهيل طرق حي الوحدة",
                    "Convention avec la Province de Rehamna pour la mise à niveau de la voirie de Hay Al Wahda",
                    "تعبيد 7 كيلومترات من الطرق وإنجاز الأرصفة، بتمويل مشترك بين العمالة والجماعة.",
                    "Revêtement de 7 km de chaussée et réalisation des trottoirs, cofinancés par la province et la commune.",
                    URBANISM).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("دراسة تأهيل المجزرة الجماعية",
                    "Étude de mise à niveau de l'abattoir communal",
                    "إسناد دراسة تقنية لمطابقة المجزرة لمعايير السلامة الصحية، تمهيدا لإدراجها في برنامج عمل الجماعة.",
                    "Étude technique de mise en conformité sanitaire de l'abattoir, préalable à son inscription au programme d'action.",
                    SERVICES),
            Item.of("النظام الداخلي للخزانة البلدية ورسوم الانخراط",
                    "Règlement de la bibliothèque municipale et droits d'inscription",
                    "الانخراط مجاني للأطفال والتلاميذ والطلبة، ورسم سنوي رمزي لباقي المنخرطين.",
                    "Inscription gratuite pour les enfants, élèves et étudiants ; droit annuel symbolique pour les autres lecteurs.",
                    SOCIAL),
            Item.of("دفتر التحملات الخاص بالتدبير المفوض لمواقف السيارات",
                    "Cahier des charges de la gestion déléguée des parcs de stationnement",
                    "تنظيم استغلال مواقف وسط المدينة بعدادات وتسعيرة موحدة ومراقبة التزامات المفوض إليه.",
                    "Exploitation des parkings du centre-ville avec horodateurs, tarif unique et contrôle des obligations du délégataire.",
                    SERVICES).withDocument("مشروع دفتر التحملات", "Projet de cahier des charges"),
            Item.of("المخطط الجماعي للوقاية من خطر الفيضانات",
                    "Plan communal de prévention des risques d'inondation",
                    "جرد النقاط السوداء وتنقية مجاري الوديان وإنجاز قنوات لتصريف مياه الأمطار.",
                    "Recensement des points noirs, curage des oueds et réalisation de caniveaux d'eaux pluviales.",
                    URBANISM),
            Item.of("اتفاقية مع برنامج الأمم المتحدة الإنمائي لإعداد المخطط المحلي للمناخ",
                    "Convention avec le PNUD pour l'élaboration du plan climat local",
                    "دعم تقني لقياس البصمة الكربونية للجماعة وتحديد إجراءات التكيف مع الجفاف والحرارة.",
                    "Appui technique pour mesurer l'empreinte carbone de la commune et définir les mesures d'adaptation à la sécheresse et à la chaleur.",
                    URBANISM),
            Item.of("تخصيص محلات بالسوق البلدي للتعاونيات النسائية",
                    "Attribution d'étals du marché municipal aux coopératives féminines",
                    "تخصيص عشرة محلات بسومة كرائية مخفضة لتعاونيات المنتوجات المحلية.",
                    "Dix étals à loyer réduit réservés aux coopératives de produits du terroir.",
                    SOCIAL),
            Item.of("حصيلة تحصيل الباقي استخلاصه من الرسم على الأراضي الحضرية غير المبنية",
                    "Bilan du recouvrement des restes à recouvrer de la taxe sur les terrains non bâtis",
                    "عرض نتائج حملة التحصيل وإجراءات إحصاء الأراضي غير المصرح بها.",
                    "Résultats de la campagne de recouvrement et mesures de recensement des terrains non déclarés.",
                    BUDGET),
            Item.of("اتفاقية مع الوكالة الحضرية لإعداد دراسة إعادة هيكلة الأحياء ناقصة التجهيز",
                    "Convention avec l'Agence urbaine pour l'étude de restructuration des quartiers sous-équipés",
                    "دراسة تشمل أربعة أحياء لتحديد حاجياتها من الطرق والتطهير والمرافق.",
                    "Étude portant sur quatre quartiers pour définir leurs besoins en voirie, assainissement et équipements.",
                    URBANISM));

    /** The subjects of extraordinary sessions, taken in order: four per session, two for the cancelled one. */
    static final List<Item> EXTRAORDINARY = List.of(
            Item.of("اقتراض من صندوق التجهيز الجماعي لتمويل تأهيل الطرق",
                    "Emprunt auprès du Fonds d'équipement communal pour financer la mise à niveau de la voirie",
                    "قرض بمبلغ 15 مليون درهم على مدى خمس عشرة سنة، يكمل مساهمة الشركاء في برنامج تأهيل الطرق.",
                    "Emprunt de 15 millions de dirhams sur quinze ans, complétant la contribution des partenaires au programme de voirie.",
                    BUDGET).withDocument("جدول الاستهلاك", "Tableau d'amortissement").opposed(),
            Item.of("الملحق رقم 2 لاتفاقية التأهيل الحضري مع مؤسسة OCP",
                    "Avenant n° 2 à la convention de mise à niveau urbaine avec la Fondation OCP",
                    "إدماج تهيئة مداخل المدينة في الاتفاقية وتمديد مدتها سنة واحدة.",
                    "Intégration de l'aménagement des entrées de ville dans la convention et prolongation d'un an.",
                    URBANISM).withDocument("مشروع الملحق", "Projet d'avenant"),
            Item.of("فتح اعتمادات إضافية بميزانية التجهيز",
                    "Ouverture de crédits supplémentaires au budget d'équipement",
                    "إدراج المساهمات الجديدة للشركاء في ميزانية التجهيز لتمكين الجماعة من إطلاق طلبات العروض.",
                    "Inscription des nouvelles contributions des partenaires au budget d'équipement pour lancer les appels d'offres.",
                    BUDGET),
            Item.of("اتفاقية مع جمعية محلية للنقل المدرسي",
                    "Convention avec une association locale pour le transport scolaire",
                    "ضمان نقل 600 تلميذ من الدواوير المجاورة إلى مؤسساتهم التعليمية بدعم من الجماعة.",
                    "Transport de 600 élèves des douars voisins vers leurs établissements, avec le soutien de la commune.",
                    SOCIAL),
            Item.of("تدابير استعجالية لتزويد الأحياء بالماء الصالح للشرب في فترة الإجهاد المائي",
                    "Mesures d'urgence pour l'alimentation en eau potable des quartiers en période de stress hydrique",
                    "اتفاقية مع المكتب الوطني للكهرباء والماء الصالح للشرب لتوزيع الماء بالصهاريج وتجهيز ثقبين جديدين.",
                    "Convention avec l'ONEE pour la distribution d'eau par citernes et l'équipement de deux nouveaux forages.",
                    SERVICES).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("تخصيص قطعة أرضية جماعية لبناء مركز صحي للقرب",
                    "Affectation d'une parcelle communale à la construction d'un centre de santé de proximité",
                    "وضع قطعة مساحتها 3000 متر مربع بحي الفتح رهن إشارة المندوبية الإقليمية للصحة.",
                    "Mise à disposition de la délégation provinciale de la santé d'une parcelle de 3 000 m2 à Hay El Fath.",
                    SOCIAL),
            Item.of("الرأي في مشروع تصميم التهيئة لمدينة ابن جرير",
                    "Avis sur le projet de plan d'aménagement de la ville de Ben Guerir",
                    "دراسة ملاحظات السكان المسجلة خلال البحث العمومي وإبداء رأي المجلس للوكالة الحضرية.",
                    "Examen des observations recueillies lors de l'enquête publique et avis du conseil à l'agence urbaine.",
                    URBANISM).withDocument("ملخص البحث العمومي", "Synthèse de l'enquête publique"),
            Item.of("عقد التدبير المفوض لمرفق النقل الحضري بواسطة الحافلات",
                    "Contrat de gestion déléguée du transport urbain par autobus",
                    "عقد لمدة عشر سنوات يشمل ثمانية خطوط وأسطولا من ثلاثين حافلة حديثة.",
                    "Contrat de dix ans couvrant huit lignes et une flotte de trente autobus neufs.",
                    SERVICES).withDocument("مشروع العقد", "Projet de contrat").opposed(),
            Item.of("اتفاقية شراكة مع المكتب الوطني للسكك الحديدية لربط المحطة الطرقية بمحطة القطار",
                    "Convention avec l'ONCF pour la liaison entre la gare routière et la gare ferroviaire",
                    "ممر للراجلين وخط للحافلات بين المحطتين، بتمويل مشترك.",
                    "Passage piéton et ligne d'autobus entre les deux gares, en cofinancement.",
                    URBANISM).withDocument("مشروع الاتفاقية", "Projet de convention"),
            Item.of("تحويل اعتمادات لتمويل الربط بين المحطتين",
                    "Virement de crédits pour financer la liaison entre les deux gares",
                    "تحويل مبلغ 1.5 مليون درهم من فصل الدراسات إلى فصل الأشغال.",
                    "Virement de 1,5 million de dirhams de l'article des études vers celui des travaux.",
                    BUDGET));
}
