package ma.commune.portal.content.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.AttachedDocument;

/**
 * One administrative service of the commune as residents look it up before coming to the counter:
 * what to bring, what it costs, how long it takes, where and when to go, and the forms to fill in.
 * The fee is an amount in dirhams (zero: free) or, when it varies (a tax by the square metre), a text.
 */
@Entity
@Table(name = "admin_service")
public class AdministrativeService extends PublishedContent {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    private ServiceCategory category;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "summary_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "summary_fr"))})
    private LocalizedText summary = new LocalizedText();

    /** One required document a line. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "documents_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "documents_fr"))})
    private LocalizedText requiredDocuments = new LocalizedText();

    /** In MAD; zero is free; none when the fee varies and {@link #feeNote} says how. */
    @Column(name = "fee_amount", precision = 19, scale = 2)
    private BigDecimal feeAmount;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "fee_note_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "fee_note_fr"))})
    private LocalizedText feeNote = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "delay_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "delay_fr"))})
    private LocalizedText delay = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "office_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "office_fr"))})
    private LocalizedText office = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "hours_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "hours_fr"))})
    private LocalizedText hours = new LocalizedText();

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "admin_service_form", joinColumns = @JoinColumn(name = "service_id"))
    @OrderBy("position")
    private List<AttachedDocument> forms = new ArrayList<>();

    public AdministrativeService() {
    }

    /**
     * Residents read the catalogue in Arabic and French and come to the counter with what it says:
     * a public service names itself, its group, its documents and its office in both languages, and
     * says what it costs.
     */
    @Override
    protected void checkPublishable() {
        if (category == null) {
            throw new DomainRuleViolation("service.rule.categoryRequired");
        }
        if (!name.isComplete()) {
            throw new DomainRuleViolation("service.rule.nameInBothLanguages");
        }
        if (!requiredDocuments.isComplete()) {
            throw new DomainRuleViolation("service.rule.documentsInBothLanguages");
        }
        if (feeAmount == null && !feeNote.isComplete()) {
            throw new DomainRuleViolation("service.rule.feeRequired");
        }
        if (!office.isComplete()) {
            throw new DomainRuleViolation("service.rule.officeInBothLanguages");
        }
    }

    /** Sets the fee: an amount in MAD (never negative, two decimals) or none when it varies. */
    public void setFee(BigDecimal amount, LocalizedText note) {
        if (amount != null && amount.signum() < 0) {
            throw new DomainRuleViolation("service.rule.feeNegative");
        }
        this.feeAmount = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        this.feeNote = note == null ? new LocalizedText() : note;
    }

    public boolean isFree() {
        return feeAmount != null && feeAmount.signum() == 0;
    }

    /** The required documents of one language's text, one a line, blank lines left out. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", ""))
                .filter(l -> !l.isEmpty()).toList();
    }

    public void replaceForms(List<AttachedDocument> documents) {
        forms.clear();
        forms.addAll(documents);
    }

    /** EclipseLink reads an embedded text whose columns are all empty as null; residents see an empty text. */
    private static LocalizedText present(LocalizedText text) {
        return text == null ? new LocalizedText() : text;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public LocalizedText getName() {
        return present(name);
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getSummary() {
        return present(summary);
    }

    public void setSummary(LocalizedText summary) {
        this.summary = summary;
    }

    public LocalizedText getRequiredDocuments() {
        return present(requiredDocuments);
    }

    public void setRequiredDocuments(LocalizedText requiredDocuments) {
        this.requiredDocuments = requiredDocuments;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public LocalizedText getFeeNote() {
        return present(feeNote);
    }

    public LocalizedText getDelay() {
        return present(delay);
    }

    public void setDelay(LocalizedText delay) {
        this.delay = delay;
    }

    public LocalizedText getOffice() {
        return present(office);
    }

    public void setOffice(LocalizedText office) {
        this.office = office;
    }

    public LocalizedText getHours() {
        return present(hours);
    }

    public void setHours(LocalizedText hours) {
        this.hours = hours;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<AttachedDocument> getForms() {
        return forms;
    }
}
