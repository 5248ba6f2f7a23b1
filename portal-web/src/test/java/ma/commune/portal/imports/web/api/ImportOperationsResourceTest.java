package ma.commune.portal.imports.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import ma.commune.portal.imports.boundary.ImportKind;
import org.junit.jupiter.api.Test;

class ImportOperationsResourceTest {

    @Test
    void theKindIsReadWhateverItsCase() {
        assertEquals(Optional.of(ImportKind.ENGAGEMENTS), ImportOperationsResource.kind("engagements"));
        assertEquals(Optional.empty(), ImportOperationsResource.kind("SALAIRES"));
    }

    @Test
    void theFileNameComesFromContentDisposition() {
        assertEquals(Optional.of("CREDITS_2026_20261127.csv"),
                ImportOperationsResource.fileNameOf("attachment; filename=\"CREDITS_2026_20261127.csv\""));
        assertEquals(Optional.of("PAIEMENTS_2026_20261127.csv"), ImportOperationsResource.fileNameOf("inline; filename=PAIEMENTS_2026_20261127.csv"));
        assertEquals(Optional.empty(), ImportOperationsResource.fileNameOf("attachment"));
        assertEquals(Optional.empty(), ImportOperationsResource.fileNameOf(null));
    }
}
