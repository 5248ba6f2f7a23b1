package ma.commune.portal.shared;

/** What a person typed into a field, as the portal keeps it. */
public final class Texts {

    private Texts() {
    }

    /**
     * Null when nothing was typed (null, empty or only white space, Unicode spaces included), otherwise the text
     * without the white space around it: an empty field means "absent", never an empty value.
     */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
