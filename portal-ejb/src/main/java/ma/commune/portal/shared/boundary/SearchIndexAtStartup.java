package ma.commune.portal.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the search index in step with what is published when the server starts: migrations (the
 * seed and the demo content) write items directly, and an index could have been left behind by a
 * version that indexed differently. Each window's {@link SearchSource} says what it publishes.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class SearchIndexAtStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexAtStartup.class.getName());

    @Inject
    @Any
    Instance<SearchSource> sources;

    @EJB
    Publication publication;

    @PostConstruct
    void rebuild() {
        Map<String, List<SearchDocument>> byKind = new LinkedHashMap<>();
        for (SearchSource source : sources) {
            for (SearchDocument document : source.publishedDocuments()) {
                byKind.computeIfAbsent(document.kind(), kind -> new java.util.ArrayList<>()).add(document);
            }
        }
        byKind.forEach(publication::reindex);
        LOG.info(() -> "search index: " + byKind.entrySet().stream()
                .map(kind -> kind.getValue().size() + " " + kind.getKey()).toList());
    }
}
