package ma.commune.portal.imports.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic import files of Ben Guerir, as the treasurer would export them from the GID and the
 * procurement portal (shared/formats/IMPORTS.md): for the fiscal year of {@code today} (to date) and
 * the previous one, CREDITS, ENGAGEMENTS, PAIEMENTS, AVIS and ATTRIBUTIONS. Deterministic (seeded);
 * only the dates follow the run day. The files carry what real exports carry and the contract
 * tolerates (a BOM, accented header names, columns in another order, {@code MAD}/{@code DH}
 * suffixes, thousands separators of every kind, quoted fields holding a {@code ;}, Arabic and short
 * spellings of the section), and a few bad lines the reject report shows ({@link #intendedRejects}).
 *
 * <p>It lives in {@code portal-batch} beside the formats it writes, with no dependency on a container:
 * the demo run ({@link DemoImports}) writes its files into the inbox, the unit test checks them with
 * {@code FileCheck}, and {@code bench/imports} runs {@link #main} on the compiled classes to write the
 * benchmark's million-line file.
 *
 * <p>Its keys never meet the integration tests': commitments {@code ENG-<year>-NNNNN}, payment orders
 * {@code OP-<year>-NNNNN}, budget lines in chapters 11 and 21, files named with the sequence
 * {@code _0000} (a real export's sequence starts at 1), which is how the demo recognises its own.
 */
public final class DemoImportFiles {

    /** The sequence of every demo file name ({@code CREDITS_2026_20261129_0000.csv}). */
    public static final String SEQUENCE = "0000";
    /** Commitment numbers of the demo start with it. */
    public static final String COMMITMENT_PREFIX = "ENG-";

    private static final long SEED = 20_061_960L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final String PLACE = "Salle des réunions, siège de la Commune de Ben Guerir";

    /** One generated file: its inbox name and its bytes. */
    public record DemoFile(String name, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A line the demo files get wrong on purpose: the reject report must name it. */
    public record IntendedReject(String fileName, long line, String column, String reason) {
    }

    private record Supplier(String name, String ice) {
        boolean naturalPerson() {
            return ice == null;
        }
    }

    /** What is bought on a budget line: subjects, suppliers, amounts, and the tender category when it goes through one. */
    private record Line(String code, boolean investment, String labelFr, String labelAr, String[] subjects, Supplier[] suppliers,
                        double min, double max, int weight, String reference, String category, String tenderFr, String tenderAr) {
    }

    private record Commitment(String number, LocalDate date, Line line, String subject, Supplier supplier, String reference,
                              BigDecimal amount, String status) {
    }

    private record Order(LocalDate date, String commitment, BigDecimal amount, LocalDate paidOn, String mode, String status) {
    }

    private record Tender(String reference, Line line, String subjectFr, String subjectAr, String procedure, BigDecimal estimate,
                          LocalDate published, LocalDateTime deadline, String status) {
    }

    private record Award(Tender tender, String contract, Supplier supplier, BigDecimal amount, LocalDate approved, int days) {
    }

    private static Supplier company(String name) {
        long digits = Math.floorMod((long) name.hashCode() * 1_000_003L + 7_919L, 1_000_000_000_000L);
        return new Supplier(name, String.format("%03d%012d", 1 + Math.floorMod(name.length() * 37, 999), digits));
    }

    private static Supplier person(String name) {
        return new Supplier(name, null);
    }

    private static final Supplier ONEE = company("ONEE - Branche Électricité");
    private static final Supplier ONEE_EAU = company("ONEE - Branche Eau");
    private static final Supplier[] BUILDERS = {company("Société Rehamna Travaux SARL"), company("Entreprise Al Jadida de BTP SARL"),
            company("Bengrir Construction et Génie Civil SA"), company("Sotravo Haouz SARL")};
    private static final Supplier[] ELECTRICIANS = {company("Lumière du Sud SARL"), company("Électro Rehamna SARL"),
            company("Société Nour Éclairage SARL")};

    private static final List<Line> LINES = List.of(
            new Line("11.20.10.11", false, "Consommation d'électricité (bâtiments et éclairage public)", "استهلاك الكهرباء (البنايات والإنارة العمومية)",
                    new String[]{"Facture d'électricité de l'éclairage public", "Facture d'électricité des bâtiments communaux",
                            "Consommation électrique, station de pompage des espaces verts"},
                    new Supplier[]{ONEE}, 40_000, 420_000, 10, null, null, null, null),
            new Line("11.20.10.12", false, "Consommation d'eau", "استهلاك الماء",
                    new String[]{"Facture d'eau des bâtiments communaux", "Facture d'eau des espaces verts; arrosage"},
                    new Supplier[]{ONEE_EAU}, 8_000, 90_000, 6, null, null, null, null),
            new Line("11.20.20.11", false, "Carburants et lubrifiants", "الوقود والزيوت",
                    new String[]{"Achat de gasoil pour les véhicules de service", "Carburant des engins de nettoiement",
                            "Lubrifiants et huiles moteur"},
                    new Supplier[]{company("Station Service Al Massira SARL"), company("Station Rehamna Carburants SARL")},
                    6_000, 85_000, 10, "BC", "FOURNITURES", "Fourniture de carburants et lubrifiants pour le parc communal",
                    "توريد الوقود والزيوت لحظيرة الجماعة"),
            new Line("11.20.20.12", false, "Entretien et réparation du parc automobile", "صيانة وإصلاح حظيرة السيارات",
                    new String[]{"Réparation du camion benne n° 12", "Pneumatiques pour véhicules de service",
                            "Vidange et entretien des véhicules légers", "Réparation du tracteur des espaces verts"},
                    new Supplier[]{company("Garage Moderne Ben Guerir SARL"), person("Abdellah Ouazzani (garagiste)"),
                            company("Pneus Atlas SARL")}, 1_500, 60_000, 8, "BC", null, null, null),
            new Line("11.20.30.11", false, "Fournitures de bureau", "لوازم المكتب",
                    new String[]{"Fournitures de bureau pour les services communaux", "Papier et consommables d'impression",
                            "Registres de l'état civil"},
                    new Supplier[]{company("Librairie Al Maarifa SARL"), company("Bureau Plus Marrakech SARL")},
                    1_200, 45_000, 7, "BC", null, null, null),
            new Line("11.20.30.12", false, "Matériel et fournitures informatiques", "العتاد واللوازم المعلوماتية",
                    new String[]{"Cartouches d'encre et toners", "Petit matériel informatique", "Maintenance du réseau informatique"},
                    new Supplier[]{company("Info Service Rehamna SARL"), company("Maghreb Digital SARL")},
                    2_000, 70_000, 5, "BC", null, null, null),
            new Line("11.20.30.13", false, "Frais d'impression et de publication", "مصاريف الطبع والنشر",
                    new String[]{"Publication des avis d'appel d'offres dans la presse", "Impression des affiches et dépliants"},
                    new Supplier[]{company("Imprimerie Al Watania SARL"), company("Annonces Légales du Maroc SARL")},
                    2_000, 30_000, 4, "BC", null, null, null),
            new Line("11.30.10.11", false, "Collecte des déchets ménagers", "جمع النفايات المنزلية",
                    new String[]{"Collecte des déchets ménagers et assimilés", "Location de bennes pour la collecte des déchets"},
                    new Supplier[]{company("Rehamna Propreté SA"), company("Environnement Services Maroc SARL")},
                    120_000, 900_000, 6, "MARCHE", "SERVICES", "Collecte des déchets ménagers et nettoiement des quartiers",
                    "جمع النفايات المنزلية وتنظيف الأحياء"),
            new Line("11.30.10.12", false, "Nettoiement des voies publiques", "تنظيف الطرق العمومية",
                    new String[]{"Balayage des voies et places publiques", "Nettoyage du marché municipal"},
                    new Supplier[]{company("Rehamna Propreté SA"), company("Net Plus Ben Guerir SARL")},
                    20_000, 250_000, 5, "MARCHE", "SERVICES", "Nettoiement des voies publiques et du marché municipal",
                    "تنظيف الطرق العمومية والسوق البلدي"),
            new Line("11.30.20.11", false, "Entretien de l'éclairage public", "صيانة الإنارة العمومية",
                    new String[]{"Remplacement de lampes de l'éclairage public", "Entretien des armoires de commande de l'éclairage",
                            "Lampes LED pour l'éclairage public, quartier Al Qods"},
                    ELECTRICIANS, 5_000, 180_000, 8, "MARCHE", "FOURNITURES", "Fourniture de lampes LED et accessoires d'éclairage public",
                    "توريد مصابيح LED ولوازم الإنارة العمومية"),
            new Line("11.30.20.12", false, "Entretien des espaces verts", "صيانة المساحات الخضراء",
                    new String[]{"Entretien des espaces verts, avenue Mohammed VI", "Plants et arbustes pour les jardins publics",
                            "Taille des arbres d'alignement"},
                    new Supplier[]{company("Jardins du Haouz SARL"), person("Hassan El Amrani (pépiniériste)")},
                    3_000, 150_000, 6, "MARCHE", "SERVICES", "Entretien des espaces verts et jardins publics",
                    "صيانة المساحات الخضراء والحدائق العمومية"),
            new Line("11.30.30.11", false, "Transport scolaire", "النقل المدرسي",
                    new String[]{"Transport scolaire des élèves des douars", "Location d'autocars pour le transport scolaire"},
                    new Supplier[]{company("Transports Al Amal Rehamna SARL"), person("Lahcen Bouzidi (transporteur)")},
                    15_000, 160_000, 6, "MARCHE", "SERVICES", "Transport scolaire des élèves du milieu rural",
                    "النقل المدرسي لتلاميذ العالم القروي"),
            new Line("11.30.30.12", false, "Entretien des bâtiments communaux", "صيانة البنايات الجماعية",
                    new String[]{"Travaux de plomberie, siège de la commune", "Peinture des salles de l'état civil",
                            "Réparation de la toiture du marché"},
                    new Supplier[]{person("Mohamed Chakir (plombier)"), company("Bâtiment Services Rehamna SARL")},
                    1_500, 90_000, 5, "BC", null, null, null),
            new Line("11.40.10.11", false, "Réceptions et cérémonies", "الحفلات والاستقبالات",
                    new String[]{"Réception à l'occasion de la Fête du Trône", "Restauration, session du conseil communal"},
                    new Supplier[]{person("Fatima Zahra El Alaoui (traiteur)"), company("Traiteur Al Andalous SARL")},
                    3_000, 60_000, 3, "BC", null, null, null),
            new Line("11.40.20.11", false, "Frais de télécommunications", "مصاريف الاتصالات",
                    new String[]{"Abonnement téléphonique et internet des services", "Forfaits mobiles des agents de terrain"},
                    new Supplier[]{company("Opérateur Télécom du Maroc SA")}, 4_000, 40_000, 4, null, null, null, null),
            new Line("11.40.20.12", false, "Assurances des véhicules et bâtiments", "تأمين السيارات والبنايات",
                    new String[]{"Assurance annuelle du parc automobile", "Assurance des bâtiments communaux"},
                    new Supplier[]{company("Assurances Al Wataniya SA")}, 20_000, 260_000, 2, null, null, null, null),
            new Line("21.10.10.11", true, "Aménagement et revêtement de la voirie", "تهيئة وتعبيد الطرق",
                    new String[]{"Revêtement des rues du quartier Al Massira", "Aménagement de la route reliant les douars"},
                    BUILDERS, 300_000, 6_000_000, 0, "MARCHE", "TRAVAUX", "Aménagement et revêtement des voies du quartier",
                    "تهيئة وتعبيد طرق الحي"),
            new Line("21.10.10.12", true, "Trottoirs et signalisation routière", "الأرصفة والتشوير الطرقي",
                    new String[]{"Signalisation horizontale et verticale", "Construction de trottoirs, avenue Hassan II"},
                    BUILDERS, 80_000, 1_500_000, 0, "MARCHE", "TRAVAUX", "Construction de trottoirs et signalisation routière",
                    "بناء الأرصفة والتشوير الطرقي"),
            new Line("21.10.20.11", true, "Extension du réseau d'éclairage public", "توسيع شبكة الإنارة العمومية",
                    new String[]{"Extension de l'éclairage public, lotissement Al Fath", "Éclairage public de la route d'accès à la ville verte"},
                    ELECTRICIANS, 150_000, 3_000_000, 0, "MARCHE", "TRAVAUX", "Extension du réseau d'éclairage public",
                    "توسيع شبكة الإنارة العمومية"),
            new Line("21.20.10.11", true, "Construction d'équipements de proximité", "بناء مرافق القرب",
                    new String[]{"Construction d'un terrain de sport de proximité", "Aménagement d'un espace pour les jeunes"},
                    BUILDERS, 400_000, 5_000_000, 0, "MARCHE", "TRAVAUX", "Construction d'un équipement sportif de proximité",
                    "بناء مرفق رياضي للقرب"),
            new Line("21.20.10.12", true, "Aménagement d'espaces verts et de places", "تهيئة المساحات الخضراء والساحات",
                    new String[]{"Aménagement de la place de la municipalité", "Création d'un jardin public, quartier Essalam"},
                    new Supplier[]{company("Jardins du Haouz SARL"), BUILDERS[1]}, 200_000, 2_500_000, 0, "MARCHE", "TRAVAUX",
                    "Aménagement d'un jardin public et de ses allées", "تهيئة حديقة عمومية وممراتها"),
            new Line("21.30.10.11", true, "Acquisition de véhicules et engins", "اقتناء السيارات والآليات",
                    new String[]{"Acquisition d'un camion benne tasseuse", "Acquisition de véhicules utilitaires"},
                    new Supplier[]{company("Auto Hall Marrakech SA"), company("Engins du Sud SARL")},
                    250_000, 2_200_000, 0, "MARCHE", "FOURNITURES", "Acquisition de véhicules utilitaires et d'engins",
                    "اقتناء سيارات نفعية وآليات"),
            new Line("21.30.10.12", true, "Mobilier et matériel de bureau", "الأثاث وعتاد المكتب",
                    new String[]{"Mobilier de bureau pour le bureau d'ordre", "Armoires d'archives pour l'état civil"},
                    new Supplier[]{company("Bureau Plus Marrakech SARL"), company("Meubles Atlas SARL")},
                    8_000, 180_000, 3, "BC", null, null, null),
            new Line("21.30.20.11", true, "Acquisition de matériel informatique", "اقتناء العتاد المعلوماتي",
                    new String[]{"Ordinateurs pour les services communaux", "Serveur et onduleurs de la salle informatique"},
                    new Supplier[]{company("Maghreb Digital SARL"), company("Info Service Rehamna SARL")},
                    30_000, 900_000, 2, "MARCHE", "FOURNITURES", "Acquisition de matériel informatique pour les services",
                    "اقتناء العتاد المعلوماتي للمصالح"),
            new Line("21.40.10.11", true, "Études techniques et contrôle", "الدراسات التقنية والمراقبة",
                    new String[]{"Étude géotechnique du terrain de sport", "Suivi et contrôle des travaux de voirie"},
                    new Supplier[]{company("Laboratoire Public d'Essais Rehamna SARL"), person("Youssef Benali (architecte)")},
                    40_000, 600_000, 0, "MARCHE", "SERVICES", "Études techniques et suivi des travaux d'aménagement",
                    "الدراسات التقنية وتتبع أشغال التهيئة"));

    private DemoImportFiles() {
    }

    /** The ten demo files for the year of {@code today} (to date) and the previous one, in the inbox's order. */
    public static List<DemoFile> forDemo(LocalDate today) {
        return generate(today, new ArrayList<>());
    }

    /**
     * The bad lines of {@link #forDemo}'s files, each with the column and reason the report must give: in this
     * year's ENGAGEMENTS an impossible date, a 14-digit ICE and an unknown budget line; in its PAIEMENTS an
     * unknown commitment and an order past its commitment.
     */
    public static List<IntendedReject> intendedRejects(LocalDate today) {
        List<IntendedReject> rejects = new ArrayList<>();
        generate(today, rejects);
        return rejects;
    }

    private static List<DemoFile> generate(LocalDate today, List<IntendedReject> rejects) {
        List<DemoFile> files = new ArrayList<>();
        int current = today.getYear();
        Year previousYear = new Year(current - 1, today, new Random(SEED + current - 1), rejects);
        Year currentYear = new Year(current, today, new Random(SEED + current), rejects);
        List<Year> years = List.of(previousYear, currentYear);
        years.forEach(Year::generate);
        years.forEach(y -> files.add(y.credits()));
        years.forEach(y -> files.add(y.commitmentsFile()));
        years.forEach(y -> files.add(y.ordersFile()));
        years.forEach(y -> files.add(y.tendersFile()));
        years.forEach(y -> files.add(y.awardsFile()));
        return files;
    }

    static String fileName(String kind, int year, LocalDate today) {
        return kind + "_" + year + "_" + today.format(FILE_DAY) + "_" + SEQUENCE + ".csv";
    }

    /** One fiscal year of the demo. */
    private static final class Year {
        final int year;
        final LocalDate today;
        final LocalDate first;
        final LocalDate last;
        final Random random;
        final List<Commitment> commitments = new ArrayList<>();
        final List<Order> orders = new ArrayList<>();
        final List<Tender> tenders = new ArrayList<>();
        final List<Award> awards = new ArrayList<>();
        final Map<String, BigDecimal> committed = new LinkedHashMap<>();
        final List<IntendedReject> rejects;

        Year(int year, LocalDate today, Random random, List<IntendedReject> rejects) {
            this.year = year;
            this.today = today;
            this.rejects = rejects;
            LocalDate second = LocalDate.of(year, 1, 2);
            this.first = second.isAfter(today) ? today : second;
            LocalDate end = LocalDate.of(year, 12, 31);
            this.last = end.isBefore(today) ? end : today;
            this.random = random;
        }

        boolean current() {
            return year == today.getYear();
        }

        void generate() {
            tenders();
            List<Commitment> all = new ArrayList<>();
            all.addAll(contractCommitments());
            all.addAll(smallCommitments());
            all.sort(Comparator.comparing(Commitment::date));
            int n = 0;
            int orderForm = 0;
            for (Commitment c : all) {
                // Purchase orders are numbered in the order they were signed.
                String reference = c.reference() != null && c.reference().startsWith("BC ") ? "BC " + (++orderForm) + "/" + year : c.reference();
                Commitment numbered = new Commitment(COMMITMENT_PREFIX + year + "-" + String.format("%05d", ++n), c.date(), c.line(),
                        c.subject(), c.supplier(), reference, c.amount(), c.status());
                commitments.add(numbered);
                committed.merge(c.line().code(), c.status().equals("VISE") ? c.amount() : BigDecimal.ZERO, BigDecimal::add);
                payments(numbered);
            }
            orders.sort(Comparator.comparing(Order::date));
        }

        private void tenders() {
            List<Line> tendered = LINES.stream().filter(l -> l.category() != null).toList();
            int closed = current() ? Math.max(6, 44 * today.getDayOfYear() / 365) : 48;
            int open = current() ? 8 : 0;
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay() - 45);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < closed; i++) {
                days.add(first.plusDays(8 + (long) (random.nextDouble() * span)));
            }
            for (int i = 0; i < open; i++) {
                days.add(today.minusDays(1 + random.nextInt(10)));
            }
            days.sort(Comparator.naturalOrder());
            int contract = 0;
            for (int i = 0; i < days.size(); i++) {
                LocalDate published = days.get(i);
                if (published.getYear() != year) {
                    published = first.plusDays(random.nextInt(5));
                }
                if (published.isAfter(last)) {
                    published = last;
                }
                Line line = tendered.get(random.nextInt(tendered.size()));
                boolean openNow = current() && i >= days.size() - open;
                LocalDateTime deadline = openNow ? today.plusDays(7 + random.nextInt(34)).atTime(10, 0)
                        : published.plusDays(21 + random.nextInt(15)).atTime(random.nextBoolean() ? 10 : 11, 0);
                BigDecimal estimate = money(Math.max(line.min() * 3, logUniform(Math.max(250_000, line.min() * 4), Math.max(900_000, line.max() * 2))))
                        .setScale(0, RoundingMode.HALF_UP).setScale(2);
                String status;
                LocalDate approval = deadline.toLocalDate().plusDays(20 + random.nextInt(25));
                if (openNow || !deadline.toLocalDate().isBefore(today)) {
                    status = "PUBLIE";
                } else {
                    double draw = random.nextDouble();
                    status = draw < 0.12 ? "INFRUCTUEUX" : draw < 0.20 ? "ANNULE" : approval.isBefore(today) ? "ATTRIBUE" : "PUBLIE";
                }
                String procedure = estimate.compareTo(BigDecimal.valueOf(200_000)) < 0 ? "BC" : random.nextInt(10) == 0 ? "AOR" : "AOO";
                String place = " " + QUARTERS[random.nextInt(QUARTERS.length)];
                Tender tender = new Tender("AO " + String.format("%02d", i + 1) + "/" + year + "/CBG", line, line.tenderFr() + "," + place,
                        line.tenderAr() + "، " + QUARTERS_AR[random.nextInt(QUARTERS_AR.length)], procedure, estimate, published, deadline, status);
                tenders.add(tender);
                if (status.equals("ATTRIBUE")) {
                    Supplier winner = line.suppliers()[random.nextInt(line.suppliers().length)];
                    BigDecimal amount = money(estimate.doubleValue() * (0.82 + random.nextDouble() * 0.2));
                    awards.add(new Award(tender, String.format("%02d", ++contract) + "/" + year + "/CBG", winner, amount,
                            approval, line.category().equals("TRAVAUX") ? 90 + 30 * random.nextInt(9) : 30 * (1 + random.nextInt(12))));
                }
            }
        }

        private List<Commitment> contractCommitments() {
            List<Commitment> list = new ArrayList<>();
            for (Award award : awards) {
                LocalDate date = award.approved().plusDays(1 + random.nextInt(10));
                if (date.getYear() != year || date.isAfter(last)) {
                    continue;
                }
                Line line = award.tender().line();
                boolean split = line.investment() && award.amount().compareTo(BigDecimal.valueOf(1_500_000)) > 0;
                BigDecimal first = split ? award.amount().multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP) : award.amount();
                String subject = line.subjects()[random.nextInt(line.subjects().length)] + " (marché " + award.contract() + ")";
                list.add(new Commitment(null, date, line, subject, award.supplier(), award.contract(), first, "VISE"));
                if (split) {
                    LocalDate second = date.plusDays(60 + random.nextInt(60));
                    if (!second.isAfter(last) && second.getYear() == year) {
                        list.add(new Commitment(null, second, line, subject + ", 2e tranche", award.supplier(), award.contract(),
                                award.amount().subtract(first), "VISE"));
                    }
                }
            }
            return list;
        }

        private List<Commitment> smallCommitments() {
            int total = current() ? Math.max(60, 1_300 * (int) (last.toEpochDay() - first.toEpochDay() + 1) / 365) : 1_300;
            int weights = LINES.stream().mapToInt(Line::weight).sum();
            List<Commitment> list = new ArrayList<>();
            long span = last.toEpochDay() - first.toEpochDay() + 1;
            for (Line line : LINES) {
                int n = total * line.weight() / weights;
                for (int i = 0; i < n; i++) {
                    LocalDate date = first.plusDays((long) (random.nextDouble() * span));
                    BigDecimal amount = money(logUniform(line.min(), line.max()));
                    Supplier supplier = line.suppliers()[random.nextInt(line.suppliers().length)];
                    String reference = null;
                    if (line.reference() != null && amount.compareTo(BigDecimal.valueOf(200_000)) < 0) {
                        reference = "BC ";
                    }
                    double draw = random.nextDouble();
                    String status = draw < 0.02 ? "ANNULE" : draw < 0.035 ? "REJETE" : "VISE";
                    list.add(new Commitment(null, date, line, line.subjects()[random.nextInt(line.subjects().length)], supplier,
                            reference, amount, status));
                }
            }
            return list;
        }

        private void payments(Commitment c) {
            if (!c.status().equals("VISE")) {
                return;
            }
            int parts = c.reference() != null && c.reference().endsWith("/CBG") ? 1 + random.nextInt(4) : 1;
            BigDecimal left = c.amount();
            LocalDate date = c.date();
            for (int p = 0; p < parts; p++) {
                date = date.plusDays(10 + random.nextInt(50));
                if (date.isAfter(last) || date.getYear() != year) {
                    return;
                }
                BigDecimal amount = p == parts - 1 ? left
                        : left.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 0.3)).setScale(2, RoundingMode.HALF_UP);
                if (current() && random.nextInt(parts == 1 ? 8 : 5) == 0 && p == parts - 1) {
                    amount = amount.multiply(BigDecimal.valueOf(0.7)).setScale(2, RoundingMode.HALF_UP);
                }
                left = left.subtract(amount);
                long fresh = today.toEpochDay() - date.toEpochDay();
                if (random.nextInt(120) == 0) {
                    orders.add(new Order(date, c.number(), amount, null, null, "REJETE"));
                    date = date.plusDays(5 + random.nextInt(10));
                    if (date.isAfter(last) || date.getYear() != year) {
                        return;
                    }
                }
                boolean paid = fresh > 25 ? random.nextInt(12) != 0 : fresh > 8 && random.nextBoolean();
                LocalDate paidOn = date.plusDays(3 + random.nextInt(Math.max(1, (int) Math.min(20, Math.max(1, fresh - 3)))));
                if (paidOn.isAfter(last)) {
                    paid = false;
                }
                String mode = amount.compareTo(BigDecimal.valueOf(2_000)) < 0 && random.nextBoolean() ? "ESPECES"
                        : random.nextInt(6) == 0 ? "CHEQUE" : "VIREMENT";
                orders.add(new Order(date, c.number(), amount, paid ? paidOn : null, paid ? mode : null, paid ? "PAYE" : "ORDONNANCE"));
            }
        }

        DemoFile credits() {
            StringBuilder out = new StringBuilder();
            // The previous year's export was saved by Excel: a BOM and accented names; this year's, plain.
            boolean previous = !current();
            out.append(previous ? "\uFEFFExercice;Section;Code rubrique;Libellé FR;Libellé AR;Crédits ouverts\n"
                    : "exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts\n");
            BigDecimal sum = BigDecimal.ZERO;
            for (Line line : LINES) {
                BigDecimal used = committed.getOrDefault(line.code(), BigDecimal.ZERO);
                double rate = current() ? 0.55 + random.nextDouble() * 0.3 : 0.74 + random.nextDouble() * 0.22;
                double opened = Math.max(used.doubleValue() / rate, line.max() * 1.5);
                BigDecimal amount = BigDecimal.valueOf(Math.ceil(opened / 10_000) * 10_000).setScale(2);
                sum = sum.add(amount);
                String section = previous ? (line.investment() ? "التجهيز" : "التسيير") : line.investment() ? "I" : "F";
                row(out, String.valueOf(year), section, line.code(), line.labelFr(), line.labelAr(), amount(amount, 0));
            }
            out.append("#TOTAL;").append(LINES.size()).append(';').append(amount(sum, 0)).append('\n');
            return new DemoFile(fileName("CREDITS", year, today), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        DemoFile commitmentsFile() {
            StringBuilder out = new StringBuilder("\uFEFFExercice;Numéro engagement;Date engagement;Code rubrique;Objet;Bénéficiaire;ICE;"
                    + "Référence marché;Montant engagé;Statut\n");
            BigDecimal sum = BigDecimal.ZERO;
            long records = 0;
            int style = 0;
            for (Commitment c : commitments) {
                if (current()) {
                    records += badCommitment(out, records, c);
                    sum = sum.add(badSum);
                    badSum = BigDecimal.ZERO;
                }
                row(out, String.valueOf(year), c.number(), c.date().format(DAY), c.line().code(), c.subject(), c.supplier().name(),
                        c.supplier().ice() == null ? "" : c.supplier().ice(), c.reference() == null ? "" : c.reference(),
                        amount(c.amount(), style++ % 7), c.status().equals("VISE") && style % 5 == 0 ? "Visé" : c.status());
                sum = sum.add(c.amount());
                records++;
            }
            out.append("#TOTAL;").append(records).append(';').append(amount(sum, 0)).append('\n');
            return new DemoFile(fileName("ENGAGEMENTS", year, today), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        private BigDecimal badSum = BigDecimal.ZERO;

        /** Lines 11, 22 and 33 of this year's commitments are wrong on purpose; the count of records added. */
        private int badCommitment(StringBuilder out, long records, Commitment c) {
            String number = COMMITMENT_PREFIX + year + "-9";
            BigDecimal amount = new BigDecimal("4500.00");
            String file = fileName("ENGAGEMENTS", year, today);
            if (records == 9) {
                rejects.add(new IntendedReject(file, records + 2, "date_engagement", "NOT_A_DATE"));
                row(out, String.valueOf(year), number + "0001", "31/02/" + year, c.line().code(), "Date impossible recopiée à la main",
                        c.supplier().name(), "", "", amount(amount, 0), "VISE");
            } else if (records == 20) {
                rejects.add(new IntendedReject(file, records + 2, "ice", "NOT_AN_ICE"));
                row(out, String.valueOf(year), number + "0002", c.date().format(DAY), c.line().code(), "ICE tronqué à la saisie",
                        "Société Sans Chiffre SARL", "00123456700008", "", amount(amount, 0), "VISE");
            } else if (records == 31) {
                rejects.add(new IntendedReject(file, records + 2, "code_rubrique", "UNKNOWN_BUDGET_LINE"));
                row(out, String.valueOf(year), number + "0003", c.date().format(DAY), "11.99.99.99", "Rubrique inexistante",
                        c.supplier().name(), "", "", amount(amount, 0), "VISE");
            } else {
                return 0;
            }
            badSum = amount;
            return 1;
        }

        DemoFile ordersFile() {
            // Another column order, as the GID's payment situation has it.
            StringBuilder out = new StringBuilder("Numéro OP;Exercice;Date OP;Numéro engagement;Montant ordonnancé;Statut;Date paiement;"
                    + "Montant payé;Mode paiement\n");
            BigDecimal sum = BigDecimal.ZERO;
            long records = 0;
            int n = 0;
            int bad = 0;
            for (Order o : orders) {
                if (current() && (records == 9 || records == 20)) {
                    sum = sum.add(badOrder(out, ++bad, records, o.date(), o.commitment()));
                    records++;
                }
                String number = "OP-" + year + "-" + String.format("%05d", ++n);
                row(out, number, String.valueOf(year), o.date().format(DAY), o.commitment(), amount(o.amount(), n % 5), o.status(),
                        o.paidOn() == null ? "" : o.paidOn().format(DAY), o.paidOn() == null ? "" : amount(o.amount(), 0),
                        o.mode() == null ? "" : o.mode());
                sum = sum.add(o.amount());
                records++;
            }
            // Early in January there may be too few orders yet: the bad lines then come last.
            while (current() && bad < 2) {
                String visa = commitments.stream().filter(c -> c.status().equals("VISE")).map(Commitment::number).findFirst().orElseThrow();
                sum = sum.add(badOrder(out, ++bad, records, last, visa));
                records++;
            }
            out.append("#TOTAL;").append(records).append(';').append(amount(sum, 0)).append('\n');
            return new DemoFile(fileName("PAIEMENTS", year, today), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** The first bad order names an unknown commitment, the second orders past its commitment; its amount. */
        private BigDecimal badOrder(StringBuilder out, int which, long records, LocalDate date, String commitment) {
            String file = fileName("PAIEMENTS", year, today);
            BigDecimal amount = which == 1 ? new BigDecimal("1200.00") : new BigDecimal("999999999.00");
            if (which == 1) {
                rejects.add(new IntendedReject(file, records + 2, "numero_engagement", "UNKNOWN_COMMITMENT"));
                commitment = COMMITMENT_PREFIX + year + "-99999";
            } else {
                rejects.add(new IntendedReject(file, records + 2, "montant_ordonnance", "ORDERED_EXCEEDS_COMMITTED"));
            }
            row(out, "OP-" + year + "-9000" + which, String.valueOf(year), date.format(DAY), commitment, amount(amount, 0), "ORDONNANCE",
                    "", "", "");
            return amount;
        }

        DemoFile tendersFile() {
            StringBuilder out = new StringBuilder("reference;objet_fr;objet_ar;categorie;procedure;estimation;caution_provisoire;"
                    + "date_publication;date_limite;date_ouverture_plis;lieu_ouverture;statut\n");
            BigDecimal sum = BigDecimal.ZERO;
            for (Tender t : tenders) {
                BigDecimal guarantee = t.procedure().equals("BC") ? null
                        : t.estimate().multiply(BigDecimal.valueOf(0.015)).setScale(-3, RoundingMode.HALF_UP).setScale(2);
                row(out, t.reference(), t.subjectFr(), t.subjectAr(), t.line().category(), t.procedure(), amount(t.estimate(), 1),
                        guarantee == null ? "" : amount(guarantee, 3), t.published().format(DAY), t.deadline().format(DAY_TIME),
                        t.deadline().format(DAY_TIME), PLACE, t.status());
                sum = sum.add(t.estimate());
            }
            out.append("#TOTAL;").append(tenders.size()).append(';').append(amount(sum, 1)).append('\n');
            return new DemoFile(fileName("AVIS", year, today), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        DemoFile awardsFile() {
            StringBuilder out = new StringBuilder("Référence AO;Numéro marché;Attributaire;ICE;Montant TTC;Date approbation;Délai exécution (jours)\n"
                    .replace(" (jours)", " jours"));
            BigDecimal sum = BigDecimal.ZERO;
            for (Award a : awards) {
                row(out, a.tender().reference(), a.contract(), a.supplier().name(), a.supplier().ice() == null ? "" : a.supplier().ice(),
                        amount(a.amount(), 2), a.approved().format(DAY), String.valueOf(a.days()));
                sum = sum.add(a.amount());
            }
            out.append("#TOTAL;").append(awards.size()).append(';').append(amount(sum, 0)).append('\n');
            return new DemoFile(fileName("ATTRIBUTIONS", year, today), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        private double logUniform(double min, double max) {
            return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
        }
    }

    private static final String[] QUARTERS = {"quartier Al Massira", "quartier Al Qods", "quartier Essalam", "quartier Al Fath",
            "ville verte", "centre-ville", "douar Ouled Ali"};
    private static final String[] QUARTERS_AR = {"حي المسيرة", "حي القدس", "حي السلام", "حي الفتح", "المدينة الخضراء", "وسط المدينة"};

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** A CSV record: fields holding a separator, a quote or a line break are quoted. */
    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String f = fields[i];
            if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append('\n');
    }

    /**
     * An amount as exports write them: style 0 {@code 1 234 567,89}, 1 {@code 1.234.567,89}, 2 {@code 1234567,89},
     * 3 {@code 1 234 567,89 MAD}, 4 with no-break spaces, 5 {@code 1 234,00 DH}, 6 with narrow no-break spaces.
     */
    static String amount(BigDecimal value, int style) {
        String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String units = plain.substring(0, plain.indexOf('.'));
        String cents = plain.substring(plain.indexOf('.') + 1);
        String separator = switch (style) {
            case 1 -> ".";
            case 2 -> "";
            case 4 -> "\u00A0";
            case 6 -> "\u202F";
            default -> " ";
        };
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(units.charAt(i));
        }
        String text = grouped + "," + cents;
        return style == 3 ? text + " MAD" : style == 5 ? text + " DH" : text;
    }

    /**
     * The benchmark's files: a CREDITS file opening the demo's budget lines for {@code year}, and an
     * ENGAGEMENTS file of {@code lines} commitments on them ({@code BEN-0000001}…), streamed to disk.
     * The same seed gives the same records; {@code crlf} writes them with Windows line ends (other
     * bytes, the same records). Returns the ENGAGEMENTS file.
     */
    public static Path writeBenchmark(Path dir, int year, long lines, LocalDate exportDate, int sequence, boolean crlf) throws IOException {
        String eol = crlf ? "\r\n" : "\n";
        String suffix = "_" + exportDate.format(FILE_DAY) + (sequence > 0 ? "_" + sequence : "") + ".csv";
        Files.createDirectories(dir);
        StringBuilder credits = new StringBuilder("exercice;section;code_rubrique;libelle_fr;libelle_ar;credits_ouverts" + eol);
        BigDecimal opened = BigDecimal.valueOf(100_000_000_000L).setScale(2);
        for (Line line : LINES) {
            credits.append(year).append(';').append(line.investment() ? "INVESTISSEMENT" : "FONCTIONNEMENT").append(';').append(line.code())
                    .append(';').append(line.labelFr()).append(';').append(line.labelAr()).append(';').append(amount(opened, 0)).append(eol);
        }
        credits.append("#TOTAL;").append(LINES.size()).append(';').append(amount(opened.multiply(BigDecimal.valueOf(LINES.size())), 0)).append(eol);
        Files.writeString(dir.resolve("CREDITS_" + year + suffix), credits, StandardCharsets.UTF_8);

        Path file = dir.resolve("ENGAGEMENTS_" + year + suffix);
        Random random = new Random(SEED * 31 + year);
        LocalDate first = LocalDate.of(year, 1, 2);
        long cents = 0;
        StringBuilder row = new StringBuilder(256);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("exercice;numero_engagement;date_engagement;code_rubrique;objet;beneficiaire;ice;reference_marche;montant_engage;statut" + eol);
            for (long i = 1; i <= lines; i++) {
                Line line = LINES.get(random.nextInt(LINES.size()));
                Supplier supplier = line.suppliers()[random.nextInt(line.suppliers().length)];
                long amountCents = 100_00L + (long) (random.nextDouble() * 250_000_00L);
                cents += amountCents;
                row.setLength(0);
                row.append(year).append(";BEN-").append(String.format("%07d", i)).append(';')
                        .append(first.plusDays(random.nextInt(360)).format(DAY)).append(';').append(line.code()).append(';')
                        .append(line.subjects()[random.nextInt(line.subjects().length)].replace(';', ',')).append(';')
                        .append(supplier.name()).append(';').append(supplier.ice() == null ? "" : supplier.ice()).append(';')
                        .append(i % 3 == 0 ? "BC " + (i / 3) + "/" + year : "").append(';')
                        .append(amount(BigDecimal.valueOf(amountCents, 2), 0)).append(';')
                        .append(random.nextInt(50) == 0 ? "ANNULE" : "VISE").append(eol);
                out.write(row.toString());
            }
            out.write("#TOTAL;" + lines + ";" + amount(BigDecimal.valueOf(cents, 2), 0) + eol);
        }
        return file;
    }

    /**
     * {@code demo <dir> [yyyy-MM-dd]}: the demo's files; {@code bench <dir> <year> <lines> <yyyy-MM-dd> <sequence> [crlf]}:
     * the benchmark's.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("demo")) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            for (DemoFile f : forDemo(args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now())) {
                Files.write(dir.resolve(f.name()), f.content());
            }
        } else if (args.length >= 6 && args[0].equals("bench")) {
            writeBenchmark(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), LocalDate.parse(args[4]),
                    Integer.parseInt(args[5]), args.length > 6 && args[6].equals("crlf"));
        } else {
            System.err.println("usage: demo <dir> [yyyy-MM-dd] | bench <dir> <year> <lines> <yyyy-MM-dd> <sequence> [crlf]");
            System.exit(2);
        }
    }
}
