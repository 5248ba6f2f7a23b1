package ma.commune.portal.imports.web;

import jakarta.ejb.EJBAccessException;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.ImportRefused;
import ma.commune.portal.shared.web.Messages;

/** The refusals of the imports ({@code Imports}) as messages in the reader's language. */
final class ImportRefusals {

    private ImportRefusals() {
    }

    static void show(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportRefused refused) {
                Messages.error(refused.key());
                return;
            }
            if (t instanceof FileRefused file) {
                Messages.error("imports.reason." + file.reason().name());
                return;
            }
            if (t instanceof EJBAccessException) {
                Messages.error("imports.refused.forbidden");
                return;
            }
        }
        throw e;
    }
}
