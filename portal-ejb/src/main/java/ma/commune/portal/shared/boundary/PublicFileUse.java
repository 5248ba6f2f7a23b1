package ma.commune.portal.shared.boundary;

/**
 * Says whether a window's published content uses a stored file (its PDF, a photo, an attached
 * document). A stored file is served to the public only when one of these says yes. One CDI bean per
 * window; it runs inside the caller's transaction.
 */
public interface PublicFileUse {

    boolean isUsedByPublishedContent(long fileId);
}
