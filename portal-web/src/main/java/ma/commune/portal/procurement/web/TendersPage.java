package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.boundary.TenderDocuments;
import ma.commune.portal.procurement.boundary.TenderFilter;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.procurement.entity.TenderCategory;
import ma.commune.portal.procurement.entity.TenderDocument;
import ma.commune.portal.procurement.entity.TenderProcedure;
import ma.commune.portal.procurement.entity.TenderStatus;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PublicList;
import ma.commune.portal.shared.web.Suppliers;
import org.omnifaces.cdi.Param;

/**
 * {@code /tenders?category=&procedure=&status=&year=&page=}: the calls for tenders, those still open first
 * with the time left to their deadline (computed at each rendering, in Casablanca time); {@code /tenders/{id}}:
 * one call, with its result (the award and a link to the contract). An unknown filter value counts as absent.
 */
@Named
@RequestScoped
public class TendersPage {

    public static final int PAGE_SIZE = 15;

    @EJB
    PublicTenders tenders;

    @EJB
    TenderDocuments tenderDocuments;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String tenderId;

    @Inject
    @Param(name = "category")
    String category;

    @Inject
    @Param(name = "procedure")
    String procedure;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "year")
    String year;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private final Instant now = Instant.now();
    private Tender tender;
    private List<Award> awards;
    private List<TenderDocument> documents;
    private List<Tender> items;
    private PublicList list;

    /** {@code f:viewAction}: loads what the address asks for, or answers 404. */
    public void load() throws IOException {
        if (tenderId != null) {
            tender = PublicList.itemOr404(tenderId, tenders::find);
            if (tender != null) {
                awards = tenders.awardsOf(tender.getReference());
                documents = tenderDocuments.of(tender.getId());
            }
            return;
        }
        list = new PublicList("/tenders", pageParameter, PAGE_SIZE);
        TenderFilter filter = new TenderFilter(list.choice("category", TenderCategory.class, category),
                list.choice("procedure", TenderProcedure.class, procedure), list.choice("status", TenderStatus.class, status),
                list.year("year", year));
        if (list.total(tenders.count(filter))) {
            items = tenders.page(filter, list.getFirst(), PAGE_SIZE, now);
        }
    }

    public Tender getTender() {
        return tender;
    }

    public List<Award> getAwards() {
        return awards;
    }

    /** The tender's documents, attached by the finance service. */
    public List<TenderDocument> getDocuments() {
        return documents;
    }

    public List<Tender> getItems() {
        return items;
    }

    public PublicList getList() {
        return list;
    }

    public TenderCategory[] getCategories() {
        return TenderCategory.values();
    }

    public TenderProcedure[] getProcedures() {
        return TenderProcedure.values();
    }

    public TenderStatus[] getStatuses() {
        return TenderStatus.values();
    }

    public List<Integer> getYears() {
        return tenders.years();
    }

    /** The subject in the page's language, or in the other one (marked) when the export has only that one. */
    public LocalizedText.Localized subject(Tender t) {
        return language.of(LocalizedText.of(t.getSubjectAr(), t.getSubjectFr()));
    }

    public boolean open(Tender t) {
        return t.isOpenAt(now);
    }

    /** "3 jours et 5 heures" left, or hours and minutes on the last day; empty when not open. */
    public String timeLeft(Tender t) {
        if (!t.isOpenAt(now)) {
            return "";
        }
        Duration left = Duration.between(now, t.getDeadlineAt());
        // Numbers as strings: MessageFormat would write them with the locale's digits.
        if (left.toDays() > 0) {
            return Messages.text("procurement.tender.daysLeft", String.valueOf(left.toDays()), String.valueOf(left.toHoursPart()));
        }
        return Messages.text("procurement.tender.hoursLeft", String.valueOf(left.toHoursPart()), String.valueOf(left.toMinutesPart()));
    }

    /** The status as a reader understands it: a published call whose deadline passed is being evaluated. */
    public String statusText(Tender t) {
        if (t.isOpenAt(now)) {
            return Messages.text("procurement.tender.open");
        }
        if (t.getStatus() == TenderStatus.PUBLIE) {
            return Messages.text("procurement.tender.closed");
        }
        return Messages.text("procurement.tenderStatus." + t.getStatus().name());
    }

    public String supplier(Award award) {
        return Suppliers.shown(award.getSupplierName(), award.getSupplierIce());
    }
}
