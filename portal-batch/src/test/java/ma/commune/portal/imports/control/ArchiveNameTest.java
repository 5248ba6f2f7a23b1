package ma.commune.portal.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file filed in done/ or failed/ never overwrites one already there, nor its report. */
class ArchiveNameTest {

    @TempDir
    Path folder;

    @Test
    void aNewNameIsTheFileName() {
        assertEquals(folder.resolve("CREDITS_2026_20261130.csv"), NightlyImports.archiveName(folder, "CREDITS_2026_20261130.csv"));
    }

    @Test
    void theSameExportDroppedAgainIsNumberedBeforeItsExtension() throws IOException {
        Files.writeString(folder.resolve("CREDITS_2026_20261130.csv"), "first");
        assertEquals(folder.resolve("CREDITS_2026_20261130.2.csv"), NightlyImports.archiveName(folder, "CREDITS_2026_20261130.csv"));
        Files.writeString(folder.resolve("CREDITS_2026_20261130.2.csv"), "second");
        assertEquals(folder.resolve("CREDITS_2026_20261130.3.csv"), NightlyImports.archiveName(folder, "CREDITS_2026_20261130.csv"));
    }

    @Test
    void aReportLeftAloneAlsoKeepsItsName() throws IOException {
        Files.writeString(folder.resolve("notes.csv.report.csv"), "file;reason");
        assertEquals(folder.resolve("notes.2.csv"), NightlyImports.archiveName(folder, "notes.csv"));
    }
}
