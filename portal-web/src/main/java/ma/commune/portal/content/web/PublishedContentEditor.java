package ma.commune.portal.content.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ma.commune.portal.content.entity.PublishedContent;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * Editing one item of a window: a new one, or the one of {@code ?id=}; saving it as it stands,
 * saving and previewing it as residents would see it, or saving and publishing it in one go.
 * A refusal by a rule is shown next to the field it is about.
 */
public abstract class PublishedContentEditor<T extends PublishedContent, F> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private F form;
    private boolean published;

    protected abstract F newForm();

    /** An existing item with what its form shows; throws {@code error.notFound} when there is none. */
    protected abstract T find(long id);

    protected abstract F formOf(T item);

    /** Saves (and publishes when asked) in one transaction. */
    protected abstract T save(F form, boolean publish);

    /** The back-office list, e.g. {@code /admin/content/projects}. */
    protected abstract String listPath();

    /** The preview page, e.g. {@code /admin/content/project-preview}; none for a window without one (news). */
    protected String previewPath() {
        return null;
    }

    /** The prefix of the confirmations ({@code .saved}, {@code .published}): the window's own, or {@code content}. */
    protected String messages() {
        return "content";
    }

    /** Where each rule's message goes: the client id of its field. */
    protected abstract Map<String, String> fieldOfRule();

    /** {@code f:viewAction}. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = newForm();
            return;
        }
        try {
            T item = find(id);
            form = formOf(item);
            published = item.isPublished();
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false, false);
    }

    public String saveAndPublish() {
        return store(true, false);
    }

    public String saveAndPreview() {
        return store(false, true);
    }

    private String store(boolean publish, boolean preview) {
        try {
            T saved = save(form, publish);
            Messages.info(messages() + (publish ? ".published" : ".saved"));
            Faces.getFlash().setKeepMessages(true);
            return preview ? previewPath() + "?faces-redirect=true&id=" + saved.getId() : listPath() + "?faces-redirect=true";
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, fieldOfRule());
            return null;
        }
    }

    /** Runs an upload's storing; a refused file shows its reason and changes nothing. */
    protected void storeUpload(Runnable storing) {
        try {
            storing.run();
            Messages.info("file.uploaded");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, fieldOfRule());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public F getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    /** For the page's toolbar: where cancel goes. */
    public String getListPath() {
        return listPath();
    }

    /** For the page's toolbar: whether the window has a preview to save and go to. */
    public boolean isPreviewable() {
        return previewPath() != null;
    }
}
