package ma.commune.portal.procurement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OcidTest {

    private static final String PREFIX = "ocds-bgcommune";

    @Test
    void aTenderReferenceBecomesAReadableUrlSafeOcid() {
        assertEquals("ocds-bgcommune-AO_07-2026-CBG", Ocid.of(PREFIX, "AO 07/2026/CBG"));
        assertEquals("ocds-bgcommune-BC_45-2026", Ocid.of(PREFIX, "BC 45/2026"));
    }

    @Test
    void everyReferenceComesBackFromItsOcid() {
        for (String reference : new String[]{"AO 07/2026/CBG", "AO-07-2026-CBG", "AO_07", "N° 3/2026", "طلب 1/2026", "A~B", "X.Y"}) {
            String ocid = Ocid.of(PREFIX, reference);
            assertEquals(Optional.of(reference), Ocid.reference(PREFIX, ocid), ocid);
            assertEquals(true, ocid.substring(PREFIX.length() + 1).matches("[A-Z0-9._~-]+"), ocid);
        }
    }

    @Test
    void referencesThatDifferOnlyInTheirSeparatorsGetDifferentOcids() {
        assertEquals(false, Ocid.of(PREFIX, "AO 07/2026").equals(Ocid.of(PREFIX, "AO-07-2026")));
    }

    @Test
    void onlyTheCanonicalWritingWithThisPrefixIsAccepted() {
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-other-AO_07"));
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-bgcommune-"));
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-bgcommune-~41O"), "A written as ~41");
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-bgcommune-ao_07"), "lower case");
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-bgcommune-A~4"), "a cut escape");
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, "ocds-bgcommune-~FF"), "not UTF-8");
        assertEquals(Optional.empty(), Ocid.reference(PREFIX, null));
    }
}
