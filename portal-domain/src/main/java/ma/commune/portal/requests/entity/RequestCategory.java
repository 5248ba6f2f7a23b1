package ma.commune.portal.requests.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;

/**
 * An Allo Citizen category (lighting, cleanliness, ambulance, ...): the department its reports go to and
 * the delay the commune commits to, in working days or, for the urgent services, in hours around the
 * clock (their pages show the emergency numbers). Seeded for Ben Guerir; admins set the targets.
 */
@Entity
@Table(name = "request_category")
public class RequestCategory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))})
    private LocalizedText description = new LocalizedText();

    @Column(nullable = false, length = 40)
    private String icon;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "target_value", nullable = false)
    private int targetValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_unit", nullable = false, length = 20)
    private TargetUnit targetUnit;

    @Column(name = "emergency_numbers", length = 200)
    private String emergencyNumbers;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * A category whose requests say something about a person's health or a death (the ambulance, the
     * transport of the deceased, dialysis transport): its requests are never public in any form (Open311,
     * feeds, statistics by place, maps), only counted in the accountability figures (issue 12, finding 5).
     * Data of the category, seeded per commune.
     */
    @Column(name = "never_public", nullable = false)
    private boolean sensitive;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected RequestCategory() {
    }

    /**
     * A category as given, outside the database (the categories are seeded; this serves the demo generator,
     * which computes due dates before it writes the cases).
     */
    public static RequestCategory of(String code, LocalizedText name, Department department, int target, TargetUnit unit) {
        RequestCategory category = new RequestCategory();
        category.code = code;
        category.name = name;
        category.icon = "none";
        category.department = department;
        category.target(target, unit, Instant.now());
        return category;
    }

    /** Sets the delay the commune commits to; open cases' due dates follow (recomputed by the caller). */
    public void target(int value, TargetUnit unit, Instant now) {
        if (value <= 0 || unit == null) {
            throw new DomainRuleViolation("requests.rule.targetPositive");
        }
        this.targetValue = value;
        this.targetUnit = unit;
        this.updatedAt = now;
    }

    /** An urgent service, counted in hours around the clock. */
    public boolean isUrgent() {
        return targetUnit == TargetUnit.HOURS;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name == null ? new LocalizedText() : name;
    }

    public LocalizedText getDescription() {
        return description == null ? new LocalizedText() : description;
    }

    public String getIcon() {
        return icon;
    }

    public Department getDepartment() {
        return department;
    }

    public int getTargetValue() {
        return targetValue;
    }

    public TargetUnit getTargetUnit() {
        return targetUnit;
    }

    public String getEmergencyNumbers() {
        return emergencyNumbers;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public long getVersion() {
        return version;
    }
}
