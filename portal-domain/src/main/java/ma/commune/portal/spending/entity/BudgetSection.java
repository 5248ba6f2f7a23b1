package ma.commune.portal.spending.entity;

/** The two sections of a commune's budget: operating and investment. */
public enum BudgetSection {
    FONCTIONNEMENT, INVESTISSEMENT;
}
