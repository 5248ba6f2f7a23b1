package ma.commune.portal.shared.web;


/**
 * How a supplier is published: by name when it has an ICE (a company); otherwise it may be a natural
 * person, who is never named publicly (IMPORTS.md, ENGAGEMENTS) — "personne physique / شخص ذاتي".
 */
public final class Suppliers {

    /** In the open data, which both languages read. */
    public static final String NATURAL_PERSON = "personne physique / شخص ذاتي";

    private Suppliers() {
    }

    /** The name to show on a page, in the page's language. */
    public static String shown(String name, String ice) {
        return ice == null ? Messages.text("money.naturalPerson") : name;
    }

    /** The name to write in the open data. */
    public static String published(String name, String ice) {
        return ice == null ? NATURAL_PERSON : name;
    }
}
