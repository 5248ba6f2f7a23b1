package ma.commune.portal.procurement.boundary;

import static ma.commune.portal.shared.Texts.blankToNull;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.commune.portal.shared.boundary.CommuneIdentity;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.procurement.control.Buyer;
import ma.commune.portal.procurement.control.ContractingProcess;
import ma.commune.portal.procurement.control.OcdsRelease;
import ma.commune.portal.procurement.control.Ocid;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.spending.entity.Commitment;
import ma.commune.portal.spending.entity.PaymentOrder;
import ma.commune.portal.spending.entity.PaymentStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The commune's contracting processes in the Open Contracting Data Standard 1.1: one process per call for
 * tenders, traced through its awards to the commitments that name each contract and the payments made on
 * them. Pages are read from the database a page at a time (four queries a page, whatever its size). The
 * ocid prefix is the publisher's own, registered with OCDS: the commune's, as data.
 */
@Stateless
@PermitAll
public class OpenContracting {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CommuneIdentity commune;

    /** An override of the commune's prefix (a test publication under another prefix, say); none by default. */
    @Inject
    @ConfigProperty(name = "portal.ocds.prefix")
    Optional<String> prefixOverride;

    /** A page of releases, and whether more follow. */
    public record Page(List<JsonObject> releases, boolean more) {
    }

    /**
     * The ocid prefix: the commune's ({@code commune_profile.ocds_prefix}, seeded per commune), unless
     * {@code portal.ocds.prefix} overrides it; {@code ocds-} and the commune's code when neither is set.
     */
    public String prefix() {
        Optional<String> configured = prefixOverride.map(String::strip).filter(p -> !p.isEmpty());
        if (configured.isPresent()) {
            return configured.get();
        }
        CommuneProfile profile = commune.profile();
        if (profile.getOcdsPrefix() != null && !profile.getOcdsPrefix().isBlank()) {
            return profile.getOcdsPrefix().strip();
        }
        return "ocds-" + profile.getCode().toLowerCase(java.util.Locale.ROOT);
    }

    /** The releases of processes {@code first} to {@code first + max - 1}, oldest call for tenders first. */
    public Page releases(int first, int max) {
        List<Tender> tenders = em.createQuery("select t from Tender t order by t.id", Tender.class)
                .setFirstResult(first).setMaxResults(max + 1).getResultList();
        boolean more = tenders.size() > max;
        List<Tender> page = more ? tenders.subList(0, max) : tenders;
        OcdsRelease writer = writer();
        return new Page(processes(page).stream().map(writer::release).toList(), more);
    }

    /** The release of one process, by its ocid. */
    public Optional<JsonObject> release(String ocid) {
        return process(ocid).map(process -> writer().release(process));
    }

    /** The release of one process and its compiled release, by its ocid. */
    public Optional<List<JsonObject>> releaseAndCompiled(String ocid) {
        return process(ocid).map(process -> {
            OcdsRelease writer = writer();
            return List.of(writer.release(process), writer.compiled(process));
        });
    }

    /** The commune's name for the packages' publisher (French, or Arabic when it has no French name). */
    public String publisherName() {
        CommuneProfile profile = commune.profile();
        String french = blankToNull(profile.getName().getFr());
        return french != null ? french : blankToNull(profile.getName().getAr());
    }

    private Optional<ContractingProcess> process(String ocid) {
        return Ocid.reference(prefix(), ocid)
                .flatMap(reference -> em.createQuery("select t from Tender t where t.reference = :reference", Tender.class)
                        .setParameter("reference", reference).getResultStream().findFirst())
                .map(tender -> processes(List.of(tender)).get(0));
    }

    private List<ContractingProcess> processes(List<Tender> tenders) {
        if (tenders.isEmpty()) {
            return List.of();
        }
        Map<String, List<Award>> awards = em.createQuery("select a from Award a where a.tenderReference in :references"
                        + " order by a.approvedOn, a.contractNumber", Award.class)
                .setParameter("references", tenders.stream().map(Tender::getReference).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(Award::getTenderReference, LinkedHashMap::new, Collectors.toList()));
        Set<String> contracts = awards.values().stream().flatMap(List::stream).map(Award::getContractNumber)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<Commitment>> commitments = contracts.isEmpty() ? Map.of()
                : em.createQuery("select c from Commitment c where c.contractReference in :contracts"
                        + " order by c.fiscalYear, c.committedOn, c.number", Commitment.class)
                .setParameter("contracts", contracts).getResultList().stream()
                .collect(Collectors.groupingBy(Commitment::getContractReference, LinkedHashMap::new, Collectors.toList()));
        Set<String> numbers = commitments.values().stream().flatMap(List::stream).map(Commitment::getNumber)
                .collect(Collectors.toCollection(TreeSet::new));
        // Payment orders are keyed by year and number: the query narrows by number, the map keeps the exact pairs.
        Map<String, List<PaymentOrder>> payments = numbers.isEmpty() ? Map.of()
                : em.createQuery("select p from PaymentOrder p where p.commitmentNumber in :numbers and p.status = :paid"
                        + " order by p.paidOn, p.fiscalYear, p.number", PaymentOrder.class)
                .setParameter("numbers", numbers).setParameter("paid", PaymentStatus.PAYE).getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.getFiscalYear() + "|" + p.getCommitmentNumber(), LinkedHashMap::new, Collectors.toList()));
        List<ContractingProcess> processes = new ArrayList<>();
        for (Tender tender : tenders) {
            List<Award> ofTender = awards.getOrDefault(tender.getReference(), List.of());
            Map<String, List<Commitment>> ofContracts = new LinkedHashMap<>();
            ofTender.forEach(award -> ofContracts.put(award.getContractNumber(), commitments.getOrDefault(award.getContractNumber(), List.of())));
            processes.add(new ContractingProcess(tender, ofTender, ofContracts, payments));
        }
        return processes;
    }

    private OcdsRelease writer() {
        CommuneProfile profile = commune.profile();
        Buyer buyer = new Buyer("commune-" + profile.getCode(), publisherName(),
                blankToNull(profile.getName().getAr()), blankToNull(profile.getAddress().getFr()), blankToNull(profile.getEmail()), blankToNull(profile.getPhone()));
        return new OcdsRelease(prefix(), buyer);
    }
}
