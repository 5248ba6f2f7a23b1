package ma.commune.portal.content.entity;

/** Where a project of the commune stands (not whether it is public: see PublicationStatus). */
public enum ProjectStage {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
