package ma.commune.portal.procurement.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The years from the first date to the last, newest first (no date function shared by H2 and MariaDB needed). */
final class YearRange {

    private YearRange() {
    }

    static List<Integer> of(LocalDate first, LocalDate last) {
        List<Integer> years = new ArrayList<>();
        if (first != null && last != null) {
            for (int y = last.getYear(); y >= first.getYear(); y--) {
                years.add(y);
            }
        }
        return years;
    }
}
