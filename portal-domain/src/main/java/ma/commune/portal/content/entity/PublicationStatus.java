package ma.commune.portal.content.entity;

/** Whether residents can see a piece of content. Only published content is ever public. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED
}
