package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.content.boundary.NewsForm;
import ma.commune.portal.content.boundary.NewsService;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/** Writing one news article in both languages, with its image; saving, publishing, withdrawing. */
@Named
@ViewScoped
public class NewsEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NewsService news;

    @EJB
    FileStore files;

    @EJB
    NewsCategories newsCategories;

    private java.util.List<NewsCategory> categories;

    /** Where each rule's message is shown: next to the field it is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "news.rule.titleRequired", "article:languages:titleAr",
            "news.rule.titleInBothLanguages", "article:languages:titleFr",
            "news.rule.summaryInBothLanguages", "article:languages:summaryFr",
            "news.rule.bodyRequired", "article:languages:bodyAr",
            "file.rule.notAnImage", "article:image",
            "file.rule.tooLarge", "article:image",
            "file.rule.empty", "article:image");

    private Long id;
    private NewsForm form;
    private boolean published;

    /** {@code f:viewAction}: a new article, or the one of {@code ?id=}. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new NewsForm();
            return;
        }
        try {
            NewsArticle article = news.find(id);
            form = NewsForm.of(article);
            published = article.isPublished();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false);
    }

    public String saveAndPublish() {
        return store(true);
    }

    private String store(boolean publish) {
        try {
            if (publish) {
                news.saveAndPublish(form);
            } else {
                news.save(form);
            }
            Messages.info(publish ? "news.published" : "news.saved");
            Faces.getFlash().setKeepMessages(true);
            return "/admin/content/news?faces-redirect=true";
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            form.setImageId(files.storeImage(event.getFile().getFileName(), event.getFile().getContent()).getId());
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void removeImage() {
        form.setImageId(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NewsForm getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    public java.util.List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = newsCategories.all();
        }
        return categories;
    }

    public long getMaxImageBytes() {
        return FileStore.MAX_IMAGE_BYTES;
    }
}
