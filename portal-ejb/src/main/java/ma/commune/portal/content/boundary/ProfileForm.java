package ma.commune.portal.content.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import ma.commune.portal.shared.entity.CommuneProfile;

/** What an editor changes of the commune's profile. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    @NotBlank
    @Size(max = 200)
    private String nameAr;
    @NotBlank
    @Size(max = 200)
    private String nameFr;
    @Size(max = 300)
    private String taglineAr;
    @Size(max = 300)
    private String taglineFr;
    private String presentationAr;
    private String presentationFr;
    private String historyAr;
    private String historyFr;
    @Size(max = 300)
    private String addressAr;
    @Size(max = 300)
    private String addressFr;
    @Size(max = 40)
    private String phone;
    @Email
    @Size(max = 190)
    private String email;
    private Long armsId;

    public static ProfileForm of(CommuneProfile profile) {
        ProfileForm form = new ProfileForm();
        form.version = profile.getVersion();
        form.nameAr = profile.getName().getAr();
        form.nameFr = profile.getName().getFr();
        form.taglineAr = profile.getTagline().getAr();
        form.taglineFr = profile.getTagline().getFr();
        form.presentationAr = profile.getPresentation().getAr();
        form.presentationFr = profile.getPresentation().getFr();
        form.historyAr = profile.getHistory().getAr();
        form.historyFr = profile.getHistory().getFr();
        form.addressAr = profile.getAddress().getAr();
        form.addressFr = profile.getAddress().getFr();
        form.phone = profile.getPhone();
        form.email = profile.getEmail();
        form.armsId = profile.getArms() == null ? null : profile.getArms().getId();
        return form;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getTaglineAr() { return taglineAr; }
    public void setTaglineAr(String taglineAr) { this.taglineAr = taglineAr; }
    public String getTaglineFr() { return taglineFr; }
    public void setTaglineFr(String taglineFr) { this.taglineFr = taglineFr; }
    public String getPresentationAr() { return presentationAr; }
    public void setPresentationAr(String presentationAr) { this.presentationAr = presentationAr; }
    public String getPresentationFr() { return presentationFr; }
    public void setPresentationFr(String presentationFr) { this.presentationFr = presentationFr; }
    public String getHistoryAr() { return historyAr; }
    public void setHistoryAr(String historyAr) { this.historyAr = historyAr; }
    public String getHistoryFr() { return historyFr; }
    public void setHistoryFr(String historyFr) { this.historyFr = historyFr; }
    public String getAddressAr() { return addressAr; }
    public void setAddressAr(String addressAr) { this.addressAr = addressAr; }
    public String getAddressFr() { return addressFr; }
    public void setAddressFr(String addressFr) { this.addressFr = addressFr; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    public Long getArmsId() { return armsId; }
    public void setArmsId(Long armsId) { this.armsId = armsId; }
}
