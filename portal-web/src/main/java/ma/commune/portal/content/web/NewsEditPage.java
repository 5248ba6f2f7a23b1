package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.commune.portal.content.boundary.NewsCategories;
import ma.commune.portal.content.boundary.NewsForm;
import ma.commune.portal.content.boundary.NewsArticles;
import ma.commune.portal.content.entity.NewsArticle;
import ma.commune.portal.content.entity.NewsCategory;
import ma.commune.portal.shared.boundary.FileStore;
import org.primefaces.event.FileUploadEvent;

/** Writing one news article in both languages, with its image; saving, publishing. */
@Named
@ViewScoped
public class NewsEditPage extends PublishedContentEditor<NewsArticle, NewsForm> {

    private static final long serialVersionUID = 1L;

    /** Where each rule's message is shown: next to the field it is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "news.rule.titleRequired", "article:languages:titleAr",
            "news.rule.titleInBothLanguages", "article:languages:titleFr",
            "news.rule.summaryInBothLanguages", "article:languages:summaryFr",
            "news.rule.bodyRequired", "article:languages:bodyAr",
            "file.rule.notAnImage", "article:image",
            "file.rule.tooLarge", "article:image",
            "file.rule.empty", "article:image");

    @EJB
    NewsArticles news;

    @EJB
    FileStore files;

    @EJB
    NewsCategories newsCategories;

    private List<NewsCategory> categories;

    @Override
    protected NewsForm newForm() {
        return new NewsForm();
    }

    @Override
    protected NewsArticle find(long id) {
        return news.find(id);
    }

    @Override
    protected NewsForm formOf(NewsArticle article) {
        return NewsForm.of(article);
    }

    @Override
    protected NewsArticle save(NewsForm form, boolean publish) {
        return publish ? news.saveAndPublish(form) : news.save(form);
    }

    @Override
    protected String listPath() {
        return "/admin/content/news";
    }

    @Override
    protected String messages() {
        return "news";
    }

    @Override
    protected Map<String, String> fieldOfRule() {
        return FIELD_OF_RULE;
    }

    public void upload(FileUploadEvent event) {
        storeUpload(() -> getForm().setImageId(files.storeImage(event.getFile().getFileName(), event.getFile().getContent()).getId()));
    }

    public void removeImage() {
        getForm().setImageId(null);
    }

    public List<NewsCategory> getCategories() {
        if (categories == null) {
            categories = newsCategories.all();
        }
        return categories;
    }

    public long getMaxImageBytes() {
        return FileStore.MAX_IMAGE_BYTES;
    }
}
