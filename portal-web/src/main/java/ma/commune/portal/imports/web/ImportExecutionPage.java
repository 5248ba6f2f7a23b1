package ma.commune.portal.imports.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.web.api.ImportOperationsResource;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One import execution in the back office ({@code /admin/imports/execution?id=}): its counts and step
 * metrics, the reject report a page at a time and as CSV, and stop / restart.
 */
@Named
@ViewScoped
public class ImportExecutionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Imports imports;

    private Long id;
    private ImportExecutionView execution;
    private PagedModel<Rejection> rejections;

    /** The view parameter's action: a missing or unknown id answers 404. */
    public void load() throws IOException {
        execution = id == null ? null : imports.execution(id).orElse(null);
        if (execution == null) {
            Faces.responseSendError(404, "no such import execution");
            return;
        }
        Imports service = imports;
        long executionId = id;
        rejections = new PagedModel<>(page -> service.rejections(executionId, page.first(), page.size()),
                page -> service.countRejections(executionId), r -> r.line() + ":" + r.column());
    }

    public void refresh() {
        execution = imports.execution(id).orElse(execution);
    }

    public void stop() {
        try {
            imports.stop(id);
            Messages.info("imports.execution.stopping");
        } catch (RuntimeException e) {
            ImportRefusals.show(e);
        }
        refresh();
    }

    public String restart() {
        try {
            long restarted = imports.restart(id);
            Messages.info("imports.execution.restarted", restarted);
            Faces.getFlash().setKeepMessages(true);
            return "/admin/imports/execution?faces-redirect=true&id=" + restarted;
        } catch (RuntimeException e) {
            ImportRefusals.show(e);
            refresh();
            return null;
        }
    }

    /** The reject report as CSV, as the operations API gives it. */
    public StreamedContent getRejectionsCsv() {
        long executionId = id;
        Imports service = imports;
        return DefaultStreamedContent.builder().name("import-" + executionId + "-rejections.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        ImportOperationsResource.writeRejections(service, executionId, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new ByteArrayInputStream(bytes.toByteArray());
                }).build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportExecutionView getExecution() {
        return execution;
    }

    public PagedModel<Rejection> getRejections() {
        return rejections;
    }
}
