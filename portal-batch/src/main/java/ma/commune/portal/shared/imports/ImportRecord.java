package ma.commune.portal.shared.imports;


/** A record read from a file with the header it is read through: the reader's item. */
public record ImportRecord(Header header, DelimitedReader.Record record) {
}
