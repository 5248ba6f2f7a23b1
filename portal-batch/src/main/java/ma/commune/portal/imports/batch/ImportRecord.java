package ma.commune.portal.imports.batch;

import ma.commune.portal.imports.control.DelimitedReader;
import ma.commune.portal.imports.control.Header;

/** A record read from a file with the header it is read through: the reader's item. */
record ImportRecord(Header header, DelimitedReader.Record record) {
}
