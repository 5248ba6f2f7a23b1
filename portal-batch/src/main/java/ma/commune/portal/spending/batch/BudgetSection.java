package ma.commune.portal.spending.batch;

import java.util.Map;

/** The two sections of a commune's budget: operating and investment. */
public enum BudgetSection {
    FONCTIONNEMENT, INVESTISSEMENT;

    /** The spellings the exports use (normalised as column names are): full, one letter, Arabic. */
    static final Map<String, BudgetSection> SPELLINGS = Map.of(
            "fonctionnement", FONCTIONNEMENT, "f", FONCTIONNEMENT, "التسيير", FONCTIONNEMENT,
            "investissement", INVESTISSEMENT, "i", INVESTISSEMENT, "التجهيز", INVESTISSEMENT);
}
