package ma.commune.portal.identity.entity;

/**
 * The staff roles. What an account may see and do is decided by its roles and its department
 * together, on the server.
 */
public enum Role {
    /** Manages accounts, roles, reference data; browses the audit log. */
    ADMIN,
    /** Edits the public content: the commune profile, news, legal texts, partnerships, projects, reports and the services catalogue. */
    EDITOR,
    /** The council secretariat: sessions, agendas, decisions, minutes. */
    SECRETARIAT,
    /** Budget, procurement and the imports from the national spending system. */
    FINANCE,
    /** A department agent who handles residents' cases routed to the department. */
    AGENT,
    /** Handles access-to-information requests (law 31.13). */
    INFORMATION_OFFICER;

    /** The names as Jakarta Security and {@code @RolesAllowed} know them. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";
}
