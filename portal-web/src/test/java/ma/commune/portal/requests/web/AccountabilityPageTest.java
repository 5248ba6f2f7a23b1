package ma.commune.portal.requests.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccountabilityPageTest {

    @Test
    void theScaleTopIsFourRoundSteps() {
        assertEquals(4, AccountabilityPage.niceCeiling(1));
        assertEquals(4, AccountabilityPage.niceCeiling(4));
        assertEquals(8, AccountabilityPage.niceCeiling(5));
        assertEquals(20, AccountabilityPage.niceCeiling(9));
        assertEquals(40, AccountabilityPage.niceCeiling(37));
        assertEquals(80, AccountabilityPage.niceCeiling(41));
        assertEquals(200, AccountabilityPage.niceCeiling(81));
    }
}
