package ma.commune.portal.imports.boundary;

/** How a file reached the portal: the nightly inbox, an upload in the back office, the operations API. */
public enum ImportSource {
    INBOX, UPLOAD, API
}
