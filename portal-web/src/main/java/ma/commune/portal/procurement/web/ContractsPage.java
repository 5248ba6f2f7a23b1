package ma.commune.portal.procurement.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ma.commune.portal.procurement.boundary.PublicContracts;
import ma.commune.portal.procurement.boundary.PublicTenders;
import ma.commune.portal.procurement.entity.Award;
import ma.commune.portal.procurement.entity.Tender;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.PublicList;
import ma.commune.portal.shared.web.Suppliers;
import ma.commune.portal.spending.boundary.ContractSpending;
import ma.commune.portal.spending.boundary.ContractTrace;
import ma.commune.portal.spending.entity.Commitment;
import org.omnifaces.cdi.Param;

/**
 * {@code /contracts?year=&page=}: the contracts awarded, newest approval first; {@code /contracts/{id}}: one
 * contract traced from its call for tenders to its commitments and payments, with the amount paid so far.
 * (Contract numbers hold slashes, {@code 12/2026/CBG}: the address uses the award's id.)
 */
@Named
@RequestScoped
public class ContractsPage {

    public static final int PAGE_SIZE = 20;

    @EJB
    PublicContracts contracts;

    @EJB
    PublicTenders tenders;

    @EJB
    ContractSpending spending;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String contractId;

    @Inject
    @Param(name = "year")
    String year;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private Award contract;
    private Tender tender;
    private ContractTrace trace;
    private List<Award> items;
    private PublicList list;

    /** {@code f:viewAction}: loads what the address asks for, or answers 404. */
    public void load() throws IOException {
        if (contractId != null) {
            contract = PublicList.itemOr404(contractId, contracts::find);
            if (contract != null) {
                tender = tenders.byReference(contract.getTenderReference()).orElse(null);
                trace = spending.trace(contract.getContractNumber());
            }
            return;
        }
        list = new PublicList("/contracts", pageParameter, PAGE_SIZE);
        Integer y = list.year("year", year);
        if (list.total(contracts.count(y))) {
            items = contracts.page(y, list.getFirst(), PAGE_SIZE);
        }
    }

    public Award getContract() {
        return contract;
    }

    public Tender getTender() {
        return tender;
    }

    public ContractTrace getTrace() {
        return trace;
    }

    public List<Award> getItems() {
        return items;
    }

    public PublicList getList() {
        return list;
    }

    public List<Integer> getYears() {
        return contracts.years();
    }

    public String supplier(Award award) {
        return Suppliers.shown(award.getSupplierName(), award.getSupplierIce());
    }

    public String beneficiary(Commitment commitment) {
        return Suppliers.shown(commitment.getSupplierName(), commitment.getSupplierIce());
    }

    public LocalizedText.Localized subject(Tender t) {
        return language.of(LocalizedText.of(t.getSubjectAr(), t.getSubjectFr()));
    }
}
