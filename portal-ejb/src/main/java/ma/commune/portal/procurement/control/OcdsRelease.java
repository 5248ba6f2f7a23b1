package ma.commune.portal.procurement.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.CommitmentStatus;
import ma.commune.portal.spending.entity.PaymentOrder;
import ma.commune.portal.spending.entity.PaymentStatus;

/**
 * A contracting process written as an OCDS 1.1 release: its current state (the portal keeps each
 * process's latest state, not a release per change), so the release is tagged with every stage it holds
 * and its {@code id} is derived from its content — the same data gives the same id, a change gives a new
 * one. Texts are French (the language of the exports), with the Arabic in {@code _ar} variants.
 * Suppliers without an ICE may be natural persons: they are published as "Personne physique", identified
 * by the contract they hold, never by their name.
 */
public final class OcdsRelease {

    /** The OCDS organization identifier scheme for the Moroccan ICE, in org-id.guide's {@code country-register} form. */
    public static final String ICE_SCHEME = "MA-ICE";
    static final String NATURAL_PERSON_FR = "Personne physique";
    static final String NATURAL_PERSON_AR = "شخص ذاتي";
    private static final String CURRENCY = "MAD";

    private final String prefix;
    private final Buyer buyer;

    public OcdsRelease(String prefix, Buyer buyer) {
        this.prefix = prefix;
        this.buyer = buyer;
    }

    /** The release of a process, as published in release packages and embedded in its record. */
    public JsonObject release(ContractingProcess process) {
        return build(process, false);
    }

    /** The compiled release of a record: the same state, tagged {@code compiled}. */
    public JsonObject compiled(ContractingProcess process) {
        return build(process, true);
    }

    private JsonObject build(ContractingProcess process, boolean compiled) {
        Tender tender = process.tender();
        String ocid = Ocid.of(prefix, tender.getReference());
        Map<String, Party> parties = new LinkedHashMap<>();
        Party commune = new Party(buyer.id(), buyer.nameFr(), buyer.nameAr(), null);
        commune.roles.add("buyer");
        commune.roles.add("procuringEntity");
        parties.put(commune.id, commune);

        Instant latest = tender.getUpdatedAt();
        Set<String> tags = new LinkedHashSet<>();
        tags.add("tender");
        JsonArrayBuilder awards = Json.createArrayBuilder();
        JsonArrayBuilder contracts = Json.createArrayBuilder();
        for (Award award : process.awards()) {
            tags.add("award");
            tags.add("contract");
            latest = later(latest, award.getUpdatedAt());
            Party supplier = supplier(parties, award.getSupplierName(), award.getSupplierIce(), award.getContractNumber());
            supplier.roles.add("supplier");
            JsonObjectBuilder awardJson = Json.createObjectBuilder()
                    .add("id", award.getContractNumber())
                    .add("status", "active")
                    .add("date", date(award.getApprovedOn()))
                    .add("value", value(award.getAmount()))
                    .add("suppliers", Json.createArrayBuilder().add(supplier.reference()));
            if (award.getExecutionDays() != null) {
                awardJson.add("contractPeriod", Json.createObjectBuilder().add("durationInDays", award.getExecutionDays()));
            }
            awards.add(awardJson);

            JsonArrayBuilder transactions = Json.createArrayBuilder();
            BigDecimal paid = BigDecimal.ZERO;
            boolean anyTransaction = false;
            for (Commitment commitment : process.commitmentsOf(award)) {
                latest = later(latest, commitment.getUpdatedAt());
                if (commitment.getStatus() != CommitmentStatus.VISE) {
                    // A cancelled or rejected commitment no longer counts (the import contract), its orders neither.
                    continue;
                }
                for (PaymentOrder order : process.paymentsOf(commitment)) {
                    if (order.getStatus() != PaymentStatus.PAYE) {
                        continue;
                    }
                    latest = later(latest, order.getUpdatedAt());
                    Party payee = supplier(parties, commitment.getSupplierName(), commitment.getSupplierIce(), award.getContractNumber());
                    payee.roles.add("payee");
                    commune.roles.add("payer");
                    BigDecimal amount = order.getAmountPaid() != null ? order.getAmountPaid() : order.getAmountOrdered();
                    paid = paid.add(amount);
                    anyTransaction = true;
                    transactions.add(Json.createObjectBuilder()
                            .add("id", order.getFiscalYear() + "-" + order.getNumber())
                            .add("date", date(order.getPaidOn() != null ? order.getPaidOn() : order.getOrderedOn()))
                            .add("value", value(amount))
                            .add("payer", commune.reference())
                            .add("payee", payee.reference()));
                }
            }
            JsonObjectBuilder contract = Json.createObjectBuilder()
                    .add("id", award.getContractNumber())
                    .add("awardID", award.getContractNumber())
                    .add("title", title(tender))
                    // Fully paid: nothing is left to execute, the contract is over.
                    .add("status", paid.compareTo(award.getAmount()) >= 0 ? "terminated" : "active")
                    .add("value", value(award.getAmount()))
                    // A Moroccan public contract is binding once approved: the approval is the date it took effect.
                    .add("dateSigned", date(award.getApprovedOn()));
            if (anyTransaction) {
                tags.add("implementation");
                contract.add("implementation", Json.createObjectBuilder().add("transactions", transactions));
            }
            contracts.add(contract);
        }

        JsonArrayBuilder partyArray = Json.createArrayBuilder();
        parties.values().forEach(party -> partyArray.add(party.json()));
        JsonObjectBuilder release = Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("date", dateTime(latest))
                .add("tag", compiled ? Json.createArrayBuilder().add("compiled") : array(tags))
                .add("initiationType", "tender")
                .add("language", "fr")
                .add("parties", partyArray)
                .add("buyer", commune.reference())
                .add("tender", tender(tender, commune));
        if (!process.awards().isEmpty()) {
            release.add("awards", awards).add("contracts", contracts);
        }
        JsonObject content = release.build();
        String id = ocid + "-" + digest(content.toString()) + (compiled ? "-compiled" : "");
        return Json.createObjectBuilder().add("id", id).addAll(Json.createObjectBuilder(content)).build();
    }

    private JsonObjectBuilder tender(Tender tender, Party commune) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", tender.getReference())
                .add("title", title(tender));
        if (tender.getSubjectAr() != null) {
            json.add("title_ar", tender.getSubjectAr());
        }
        json.add("description", description(tender))
                .add("status", switch (tender.getStatus()) {
                    case PUBLIE -> "active";
                    case INFRUCTUEUX -> "unsuccessful";
                    case ANNULE -> "cancelled";
                    case ATTRIBUE -> "complete";
                })
                .add("procuringEntity", commune.reference())
                .add("procurementMethod", method(tender.getProcedure()))
                .add("procurementMethodDetails", methodDetails(tender.getProcedure()))
                .add("mainProcurementCategory", switch (tender.getCategory()) {
                    case TRAVAUX -> "works";
                    case FOURNITURES -> "goods";
                    case SERVICES -> "services";
                })
                .add("tenderPeriod", Json.createObjectBuilder()
                        .add("startDate", date(tender.getPublishedOn()))
                        .add("endDate", dateTime(tender.getDeadlineAt())));
        if (tender.getEstimate() != null) {
            json.add("value", value(tender.getEstimate()));
        }
        return json;
    }

    /**
     * The procurement methods of Décret n° 2-12-349 in OCDS's closed list: an open call is {@code open}; a
     * restricted call and a design contest (candidates admitted first, Art. 63 ff.) are {@code selective};
     * a negotiated procedure is {@code limited}; a purchase order (bon de commande, Art. 88) is {@code direct}.
     */
    static String method(TenderProcedure procedure) {
        return switch (procedure) {
            case AOO -> "open";
            case AOR, CONCOURS -> "selective";
            case NEGOCIEE -> "limited";
            case BC -> "direct";
        };
    }

    static String methodDetails(TenderProcedure procedure) {
        return switch (procedure) {
            case AOO -> "Appel d'offres ouvert";
            case AOR -> "Appel d'offres restreint";
            case CONCOURS -> "Concours";
            case NEGOCIEE -> "Procédure négociée";
            case BC -> "Bon de commande";
        };
    }

    private static String title(Tender tender) {
        return tender.getSubjectFr() != null ? tender.getSubjectFr() : tender.getSubjectAr();
    }

    private static String description(Tender tender) {
        StringBuilder text = new StringBuilder(title(tender));
        if (tender.getBidOpeningAt() != null) {
            text.append(". Ouverture des plis : ").append(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(tender.getBidOpeningAt().atZone(CommuneTime.ZONE)));
            if (tender.getBidOpeningPlace() != null) {
                text.append(", ").append(tender.getBidOpeningPlace());
            }
            text.append('.');
        }
        return text.toString();
    }

    /**
     * A supplier's party: by its ICE when it has one; otherwise a natural person, named "Personne physique"
     * and identified by the contract it holds (public data), so that nothing personal is published.
     */
    private Party supplier(Map<String, Party> parties, String name, String ice, String contractNumber) {
        Party party = ice != null
                ? new Party(ICE_SCHEME + "-" + ice, name, null, ice)
                : new Party("personne-physique-" + Ocid.encode(contractNumber), NATURAL_PERSON_FR, NATURAL_PERSON_AR, null);
        return parties.computeIfAbsent(party.id, id -> party);
    }

    private JsonObjectBuilder value(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", CURRENCY);
    }

    private static String date(LocalDate date) {
        return date.atStartOfDay(CommuneTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(CommuneTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }

    private static JsonArrayBuilder array(Set<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A party being assembled: its roles grow as the process names it (supplier, payee, payer). */
    private final class Party {
        final String id;
        final String name;
        final String nameAr;
        final String ice;
        final Set<String> roles = new LinkedHashSet<>();

        Party(String id, String name, String nameAr, String ice) {
            this.id = id;
            this.name = name;
            this.nameAr = nameAr;
            this.ice = ice;
        }

        JsonObjectBuilder reference() {
            return Json.createObjectBuilder().add("id", id).add("name", name);
        }

        JsonObject json() {
            JsonObjectBuilder json = reference();
            if (nameAr != null) {
                json.add("name_ar", nameAr);
            }
            if (ice != null) {
                json.add("identifier", Json.createObjectBuilder().add("scheme", ICE_SCHEME).add("id", ice).add("legalName", name));
            }
            if (id.equals(buyer.id())) {
                JsonObjectBuilder contact = Json.createObjectBuilder();
                boolean any = false;
                if (buyer.email() != null) {
                    contact.add("email", buyer.email());
                    any = true;
                }
                if (buyer.telephone() != null) {
                    contact.add("telephone", buyer.telephone());
                    any = true;
                }
                if (buyer.addressFr() != null) {
                    json.add("address", Json.createObjectBuilder().add("streetAddress", buyer.addressFr()).add("countryName", "Maroc"));
                }
                if (any) {
                    json.add("contactPoint", contact);
                }
            }
            JsonArrayBuilder r = Json.createArrayBuilder();
            roles.forEach(r::add);
            return json.add("roles", r).build();
        }
    }
}
