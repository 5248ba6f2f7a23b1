package ma.commune.portal.content.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ma.commune.portal.shared.boundary.FileStore;

/**
 * The keys of the files an edit form holds by id (an article's image, a text's PDF...), for its links to
 * {@code /admin/content/files/{key}}: a file is never addressed by its sequential id (issue 12, finding 1).
 */
@Named
@RequestScoped
public class EditorFiles {

    @EJB
    FileStore files;

    private final Map<Long, String> keys = new HashMap<>();

    /** The key of a file of the form being edited (empty when it has none). */
    public String key(Long fileId) {
        if (fileId == null) {
            return "";
        }
        return keys.computeIfAbsent(fileId, id -> files.keyOf(id).orElse(""));
    }
}
