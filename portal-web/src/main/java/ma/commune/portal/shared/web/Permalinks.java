package ma.commune.portal.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import ma.commune.portal.shared.control.PublicAddress;

/** The absolute address of a public page, on the portal's configured public address (for open data and feeds). */
public final class Permalinks {

    private Permalinks() {
    }

    public static String of(String path) {
        return CDI.current().select(PublicAddress.class).get().of(path);
    }
}
