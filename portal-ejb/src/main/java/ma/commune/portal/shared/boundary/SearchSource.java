package ma.commune.portal.shared.boundary;

import java.util.List;

/**
 * A window's published items, for the search index to rebuild itself at start-up (demo and seed data
 * are written by migrations, which do not go through {@link Publication}). One CDI bean per window.
 */
public interface SearchSource {

    /** Every published item of the window, as search documents. */
    List<SearchDocument> publishedDocuments();
}
