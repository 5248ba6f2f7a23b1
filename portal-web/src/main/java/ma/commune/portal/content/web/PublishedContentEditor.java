package ma.commune.portal.content.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * Editing one item of a window: a new one, or the one of {@code ?id=}; saving it as it stands,
 * saving and previewing it as residents would see it, or saving and publishing it in one go.
 * A refusal by a rule is shown next to the field it is about.
 */
public abstract class PublishedContentEditor<F> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private F form;
    private boolean published;

    protected abstract F newForm();

    /** The form of an existing item; throws {@code error.notFound} when there is none. */
    protected abstract F read(long id);

    protected abstract boolean isPublished(long id);

    /** Saves (and publishes when asked) in one transaction; returns the item's id. */
    protected abstract long save(F form, boolean publish);

    /** The back-office list, e.g. {@code /admin/content/projects}. */
    protected abstract String listPath();

    /** The preview page, e.g. {@code /admin/content/project-preview}. */
    protected abstract String previewPath();

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
            form = read(id);
            published = isPublished(id);
        } catch (DomainRuleViolation notFound) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        return store(false, listPath());
    }

    public String saveAndPublish() {
        return store(true, listPath());
    }

    public String saveAndPreview() {
        return store(false, previewPath());
    }

    private String store(boolean publish, String next) {
        try {
            long saved = save(form, publish);
            Messages.info(publish ? "content.published" : "content.saved");
            Faces.getFlash().setKeepMessages(true);
            return next + "?faces-redirect=true" + (next.equals(previewPath()) ? "&id=" + saved : "");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, fieldOfRule());
            return null;
        }
    }

    /** Runs an upload's storing; a refused file shows its reason and changes nothing. */
    protected void upload(Runnable storing) {
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
}
