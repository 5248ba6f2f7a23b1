package ma.commune.portal.imports.boundary;

import java.io.Serializable;

/**
 * A line of the reject report: where in the file (the physical line a record starts on), which column,
 * the value as it was written (cut to a readable length), and why.
 */
public record Rejection(long line, String column, String value, Reason reason) implements Serializable {

    public static final int MAX_VALUE = 200;

    public Rejection {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }
}
