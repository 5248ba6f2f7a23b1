package ma.commune.portal.shared.entity;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.entity.StoredFile;

/**
 * The commune's identity and presentation: names, arms, contacts, presentation text and history.
 * One row: the deployment serves one commune, and nothing about that commune is in the code.
 */
@Entity
@Table(name = "commune_profile")
public class CommuneProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long THE_COMMUNE = 1L;

    @Id
    private Long id;

    /** Short code used in tracking codes and identifiers (e.g. BG). */
    @Column(nullable = false, length = 10)
    private String code;

    /** The ocid prefix of its OCDS publication, registered with the OCDS Helpdesk (e.g. ocds-bgcommune). */
    @Column(name = "ocds_prefix", length = 60)
    private String ocdsPrefix;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "name_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))})
    private LocalizedText name = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "tagline_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "tagline_fr"))})
    private LocalizedText tagline = new LocalizedText();

    /** Sanitized HTML. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "presentation_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "presentation_fr"))})
    private LocalizedText presentation = new LocalizedText();

    /** Sanitized HTML. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "history_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "history_fr"))})
    private LocalizedText history = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "address_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "address_fr"))})
    private LocalizedText address = new LocalizedText();

    @Size(max = 40)
    @Column(length = 40)
    private String phone;

    @Email
    @Size(max = 190)
    @Column(length = 190)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "arms_id")
    private StoredFile arms;

    /** The centre of the residents' maps (Allo Citizen); data, seeded for each commune. */
    @Column(name = "map_center_lat")
    private Double mapCenterLatitude;

    @Column(name = "map_center_lon")
    private Double mapCenterLongitude;

    @Column(name = "map_zoom")
    private Integer mapZoom;

    /**
     * The commune's territory as a polygon, "latitude longitude" pairs separated by ";" (read by
     * {@code requests.entity.CommuneBoundary}); a case located outside is refused.
     */
    @Column(name = "boundary", length = 4000)
    private String boundary;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CommuneProfile() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getOcdsPrefix() {
        return ocdsPrefix;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getTagline() {
        return tagline;
    }

    public void setTagline(LocalizedText tagline) {
        this.tagline = tagline;
    }

    public LocalizedText getPresentation() {
        return presentation;
    }

    public void setPresentation(LocalizedText presentation) {
        this.presentation = presentation;
    }

    public LocalizedText getHistory() {
        return history;
    }

    public void setHistory(LocalizedText history) {
        this.history = history;
    }

    public LocalizedText getAddress() {
        return address;
    }

    public void setAddress(LocalizedText address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StoredFile getArms() {
        return arms;
    }

    public void setArms(StoredFile arms) {
        this.arms = arms;
    }

    public Double getMapCenterLatitude() {
        return mapCenterLatitude;
    }

    public Double getMapCenterLongitude() {
        return mapCenterLongitude;
    }

    public Integer getMapZoom() {
        return mapZoom;
    }

    public String getBoundary() {
        return boundary;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
