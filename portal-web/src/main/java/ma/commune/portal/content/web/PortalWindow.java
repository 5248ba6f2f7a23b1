package ma.commune.portal.content.web;

/**
 * The windows of the portal (DESIGN.md, "The windows"), as the home page lists them. Every window is open
 * today; one listed before it opens ({@code available} false) would be shown as coming, not linked.
 */
public enum PortalWindow {
    CITY("/city", true),
    COUNCIL("/council", true),
    LEGAL("/legal", true),
    PARTNERSHIPS("/partnerships", true),
    PROJECTS("/projects", true),
    REPORTS("/reports", true),
    // Where the money goes (issue 6): the budget's execution in the navigation; its tenders and contracts on
    // the home page (each of the three pages links the others).
    TRANSPARENCY("/budget", true),
    TENDERS("/tenders", true, false),
    CONTRACTS("/contracts", true, false),
    SERVICES("/services", true),
    ALLO("/allo", true),
    // The residents' other forms and the tracking page: on the home page, not in the main navigation
    // (the Allo Citizen page links to them).
    COMPLAINT("/complaint", true, false),
    INFORMATION_REQUEST("/information-request", true, false),
    TRACK("/track", true, false);

    private final String path;
    private final boolean available;
    private final boolean inNavigation;

    PortalWindow(String path, boolean available) {
        this(path, available, true);
    }

    PortalWindow(String path, boolean available, boolean inNavigation) {
        this.path = path;
        this.available = available;
        this.inNavigation = inNavigation;
    }

    /** Listed in every page's main navigation (the city has its own link there). */
    public boolean isInNavigation() {
        return inNavigation && available && this != CITY;
    }

    public String getPath() {
        return path;
    }

    public boolean isAvailable() {
        return available;
    }

    /** The key of its name in the interface texts ({@code window.city}, ...). */
    public String getKey() {
        return "window." + name().toLowerCase();
    }
}
