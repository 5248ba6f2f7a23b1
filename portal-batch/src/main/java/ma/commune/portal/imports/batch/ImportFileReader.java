package ma.commune.portal.imports.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.commune.portal.imports.control.DelimitedReader;
import ma.commune.portal.imports.control.Encodings;
import ma.commune.portal.imports.control.FileCheck;
import ma.commune.portal.imports.control.Header;
import ma.commune.portal.imports.control.ImportFiles;
import ma.commune.portal.imports.control.StoredImportFile;

/**
 * Reads the records of the stored file, one item each, and checkpoints how many it has read: a
 * restart after a crash opens the file again and skips the records of the chunks already committed,
 * so every record is applied exactly once.
 */
@Named
@Dependent
class ImportFileReader extends AbstractItemReader {

    @Inject
    ImportJob job;

    @EJB
    ImportFiles files;

    private DelimitedReader reader;
    private Header header;
    private long read;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        StoredImportFile file = files.find(job.fileId()).orElseThrow(() -> new IllegalStateException("no import file " + job.fileId()));
        reader = new DelimitedReader(Encodings.reader(files.open(file.id()), file.charset()));
        header = FileCheck.header(reader, job.plan().format());
        long committed = checkpoint == null ? 0 : (Long) checkpoint;
        while (read < committed && reader.next() != null) {
            read++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        DelimitedReader.Record record = reader.next();
        if (record == null || record.isTrailer()) {
            return null;
        }
        read++;
        return new ImportRecord(header, record);
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
