package ma.commune.portal.imports.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportFileName;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.boundary.InboxOutcome;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The back office's imports ({@code /admin/imports/executions}, FINANCE and ADMIN): upload a file of the national
 * spending system's exports, and the executions, newest first. Every call through {@link Imports},
 * which checks the roles again.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Imports imports;

    private PagedModel<ImportExecutionView> list;
    /** Null: taken from the file's name ({@code ENGAGEMENTS_2026_20261127.csv}). */
    private ImportKind kind;
    private boolean force;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        Imports service = imports;
        list = new PagedModel<>(page -> service.executions(page.first(), page.size()), page -> service.countExecutions(),
                e -> Long.toString(e.executionId()));
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Messages.fieldError("upload:file", "imports.upload.fileRequired");
            return;
        }
        Optional<ImportKind> chosen = Optional.ofNullable(kind).or(() -> ImportFileName.parse(file.getFileName()).map(ImportFileName::kind));
        if (chosen.isEmpty()) {
            Messages.fieldError("upload:kind", "imports.upload.kindUnknown");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            long id = imports.start(chosen.get(), file.getFileName(), content, ImportSource.UPLOAD, force);
            Messages.info("imports.upload.started", file.getFileName(), id);
            force = false;
        } catch (IOException e) {
            Messages.error("imports.upload.unreadable");
        } catch (RuntimeException e) {
            ImportRefusals.show(e);
        }
    }

    /** Administrators: the nightly run, now (files already imported are skipped as at night). */
    public void runInbox() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            Messages.error("imports.inbox.adminOnly");
            return;
        }
        List<InboxOutcome> outcomes = imports.runInbox();
        Messages.info("imports.inbox.done", outcomes.size());
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public PagedModel<ImportExecutionView> getList() {
        return list;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public boolean isForce() {
        return force;
    }

    public void setForce(boolean force) {
        this.force = force;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
