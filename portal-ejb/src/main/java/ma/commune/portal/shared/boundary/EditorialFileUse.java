package ma.commune.portal.shared.boundary;

/**
 * Says whether a window's content that editors manage uses a stored file, published or not (an
 * article's image, a text's PDF, a service's forms): the editors open such a file in the back office
 * ({@link FileStore#findForEditors}). One CDI bean per editorial window; it runs inside the caller's
 * transaction and with the caller's roles.
 */
public interface EditorialFileUse {

    boolean isUsedByEditorialContent(long fileId);
}
