package ma.commune.portal.requests.entity;

/**
 * How a case reached the commune: residents submit on the web or through the Open311 API themselves;
 * staff register the cases that come by phone (Allo Citizen is a phone line too), at the counter or by
 * letter, on the resident's behalf, with the day the resident contacted the commune.
 */
public enum CaseChannel {
    WEB, PHONE, COUNTER, LETTER, API;

    /** The resident typed the case in themselves (and must leave a way to be told: an email or a phone). */
    public boolean isSelfService() {
        return this == WEB || this == API;
    }
}
