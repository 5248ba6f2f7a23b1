package ma.commune.portal.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.shared.DomainRuleViolation;

/**
 * The commune's legal clocks and where the cases that have no category go (DESIGN.md, "Legal clocks
 * (configurable; these are the defaults)"): one row, seeded with the law's defaults, that administrators
 * change on the legal calendar page. Departments are named by their code: complaints and suggestions go to
 * one (the general directorate in Ben Guerir), information requests to the information officer's.
 */
@Entity
@Table(name = "request_settings")
public class RequestSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The one row. */
    public static final long THE_SETTINGS = 1L;

    @Id
    private Long id;

    @Column(name = "information_days", nullable = false)
    private int informationDays;

    @Column(name = "information_extension_days", nullable = false)
    private int informationExtensionDays;

    @Column(name = "urgent_information_days", nullable = false)
    private int urgentInformationDays;

    @Column(name = "complaint_days", nullable = false)
    private int complaintDays;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays;

    @Column(name = "complaints_department_code", nullable = false, length = 40)
    private String complaintsDepartmentCode;

    @Column(name = "information_department_code", nullable = false, length = 40)
    private String informationDepartmentCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RequestSettings() {
    }

    /** Settings as given (the row is the database's; this serves tests and the demo generator). */
    public static RequestSettings of(Deadlines deadlines, String complaintsDepartmentCode, String informationDepartmentCode, Instant now) {
        RequestSettings settings = new RequestSettings();
        settings.id = THE_SETTINGS;
        settings.change(deadlines, complaintsDepartmentCode, informationDepartmentCode, now);
        return settings;
    }

    /**
     * New clocks and routing. The clocks are checked by {@link Deadlines}; a department must be named (that
     * it exists is the service's to check, against the database). Open cases' due dates follow (recomputed
     * by the caller).
     */
    public void change(Deadlines deadlines, String complaintsDepartment, String informationDepartment, Instant now) {
        if (deadlines == null) {
            throw new DomainRuleViolation("requests.rule.required");
        }
        String complaints = code(complaintsDepartment);
        String information = code(informationDepartment);
        this.informationDays = deadlines.informationDays();
        this.informationExtensionDays = deadlines.informationExtensionDays();
        this.urgentInformationDays = deadlines.urgentInformationDays();
        this.complaintDays = deadlines.complaintDays();
        this.appealDays = deadlines.appealDays();
        this.complaintsDepartmentCode = complaints;
        this.informationDepartmentCode = information;
        this.updatedAt = now;
    }

    private static String code(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainRuleViolation("requests.settings.rule.departmentRequired");
        }
        return typed.strip();
    }

    /** The clocks, as the cases count them. */
    public Deadlines deadlines() {
        return new Deadlines(informationDays, informationExtensionDays, urgentInformationDays, complaintDays, appealDays);
    }

    /** The department a new case of this kind goes to, when it has no category (reports go to their category's). */
    public String departmentCodeFor(CaseKind kind) {
        return switch (kind) {
            case INFORMATION -> informationDepartmentCode;
            case COMPLAINT, SUGGESTION -> complaintsDepartmentCode;
            case REPORT -> null;
        };
    }

    public Long getId() {
        return id;
    }

    public int getInformationDays() {
        return informationDays;
    }

    public int getInformationExtensionDays() {
        return informationExtensionDays;
    }

    public int getUrgentInformationDays() {
        return urgentInformationDays;
    }

    public int getComplaintDays() {
        return complaintDays;
    }

    public int getAppealDays() {
        return appealDays;
    }

    public String getComplaintsDepartmentCode() {
        return complaintsDepartmentCode;
    }

    public String getInformationDepartmentCode() {
        return informationDepartmentCode;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
