package ma.commune.portal.shared.web;

import java.io.IOException;

/**
 * One open-data download, {@code /api/opendata/{name}.csv}: published data only, never personal data.
 * One CDI bean per data set; {@link OpenDataResource} lists them all.
 */
public interface OpenDataSet {

    /** The file name without {@code .csv}, e.g. {@code projects}. */
    String name();

    /** The key of its title in the interface texts, e.g. {@code opendata.projects}. */
    String titleKey();

    /** The column names of the header line. */
    String[] header();

    /** Writes every row, reading the database a page at a time (a data set can be large). */
    void writeRows(Csv csv) throws IOException;
}
