package ma.commune.portal.imports.control;

import java.io.Serializable;
import java.nio.charset.Charset;
import ma.commune.portal.imports.boundary.ImportKind;

/** A file received for import, stored in the shared database: the job is given its id, never a local path. */
public record StoredImportFile(long id, ImportKind kind, String fileName, String sha256, long size, Charset charset)
        implements Serializable {
}
