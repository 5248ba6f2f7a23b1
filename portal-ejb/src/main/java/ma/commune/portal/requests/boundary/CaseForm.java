package ma.commune.portal.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.requests.entity.CaseChannel;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.Language;

/**
 * What a resident submits, or what staff type in for a resident who called, came or wrote.
 *
 * @param categoryCode the Allo Citizen category's code (reports only)
 * @param receivedAt   registrations only: the day the resident contacted the commune (never in the future)
 */
public record CaseForm(CaseKind kind, CaseChannel channel, String categoryCode, Language language, String description,
                       CitizenCase.Requester requester, CitizenCase.Location location, boolean consent, boolean urgent,
                       Instant receivedAt) implements Serializable {
}
