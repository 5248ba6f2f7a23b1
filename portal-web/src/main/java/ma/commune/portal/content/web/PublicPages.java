package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ma.commune.portal.content.boundary.CommuneProfileStore;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.shared.entity.CommuneProfile;
import ma.commune.portal.shared.entity.District;
import ma.commune.portal.content.entity.KeyFigure;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.shared.boundary.CommuneIdentity;

/** What the layout and the city window show: the commune's identity, its figures, districts, latest news. */
@Named("commune")
@RequestScoped
public class PublicPages {

    public static final int HOME_NEWS = 6;

    @EJB
    CommuneIdentity commune;

    @EJB
    CommuneProfileStore profiles;

    @EJB
    NewsArticles news;

    private CommuneProfile profile;
    private List<NewsArticle> latest;

    public CommuneProfile getProfile() {
        if (profile == null) {
            profile = commune.profile();
        }
        return profile;
    }

    public String getArmsUrl() {
        return getProfile().getArms() == null ? null : "/files/" + getProfile().getArms().getPublicKey();
    }

    public List<KeyFigure> getKeyFigures() {
        return profiles.keyFigures();
    }

    public List<District> getDistricts() {
        return commune.districts();
    }

    public List<NewsArticle> getLatestNews() {
        if (latest == null) {
            latest = news.latestPublished(0, HOME_NEWS);
        }
        return latest;
    }

    public PortalWindow[] getWindows() {
        return PortalWindow.values();
    }
}
