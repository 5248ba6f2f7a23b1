package ma.commune.portal.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.entity.AttachedDocument;

/**
 * A technical or financial report of the commune (an administrative account, a budget execution
 * report, an audit, ...) for one year, published with its documents; the first document is the report itself.
 */
@Entity
@Table(name = "report")
public class Report extends TitledContent {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportCategory category;

    /** The year the report is about (the financial year of an account), not the year it was written. */
    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "report_date")
    private LocalDate date;

    @ElementCollection
    @CollectionTable(name = "report_document", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    private List<AttachedDocument> documents = new ArrayList<>();

    protected Report() {
    }

    public Report(ReportCategory category, int year) {
        this.category = category;
        this.year = year;
    }

    /** A report is public with its title in both languages and at least one document to read. */
    @Override
    protected void checkPublishable() {
        if (!getTitle().isComplete()) {
            throw new DomainRuleViolation("report.rule.titleInBothLanguages");
        }
        if (documents.isEmpty()) {
            throw new DomainRuleViolation("report.rule.documentRequired");
        }
    }

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<AttachedDocument> getDocuments() {
        return documents;
    }

    public void setDocuments(List<AttachedDocument> documents) {
        this.documents.clear();
        this.documents.addAll(documents);
    }
}
