package ma.commune.portal.content.web;

/**
 * The windows of the portal (DESIGN.md, "The windows"), as the home page lists them. A window that is
 * not built yet is shown as coming, not linked.
 */
public enum PortalWindow {
    CITY("/city", true),
    COUNCIL("/council", true),
    LEGAL("/legal", true),
    PARTNERSHIPS("/partnerships", true),
    PROJECTS("/projects", true),
    REPORTS("/reports", true),
    TRANSPARENCY("/budget", false),
    SERVICES("/services", true),
    ALLO("/allo", false);

    private final String path;
    private final boolean available;

    PortalWindow(String path, boolean available) {
        this.path = path;
        this.available = available;
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
