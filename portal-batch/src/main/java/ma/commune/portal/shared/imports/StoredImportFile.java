package ma.commune.portal.shared.imports;

import java.io.Serializable;
import java.nio.charset.Charset;

/** A file received for import, stored in the shared database: the job is given its id, never a local path. */
public record StoredImportFile(long id, ImportKind kind, String fileName, String sha256, long size, Charset charset)
        implements Serializable {
}
