package org.marsad.extract;

import java.time.LocalDate;
import java.util.List;
import org.marsad.report.ReportId;

/**
 * What one report says about one incident, with the evidence and the reason for each field.
 * Fields the report does not settle are null (eventType and subEventType included: a claim
 * whose type cannot be decided says so rather than guessing).
 *
 * @param report             the report it came from
 * @param index              its position among that report's claims, from 0
 * @param eventType          ACLED event type, or null when undecided
 * @param subEventType       ACLED sub-event type, or null when undecided
 * @param actor1             the actor who acted (attacker), or null
 * @param actor2             the actor acted upon (target), or null
 * @param place              the place named, or null
 * @param date               the date of the event, resolved against publication; null when unknown
 * @param timePrecision      how exactly {@code date} is known; null when date is null
 * @param fatalities         people killed, all kinds; null when not stated
 * @param civilianFatalities civilians killed; null when not stated
 * @param injured            people injured; null when not stated
 * @param attributedTo       the origin the report cites (canonical, e.g. "SOHR"); null when it cites none
 * @param stance             asserted or denied
 * @param span               the text span the claim came from
 * @param evidence           the sentence(s) of that span
 * @param why                the rules and lexicon entries that decided each field
 */
public record EventClaim(ReportId report, int index, EventType eventType, SubEventType subEventType,
                         ActorId actor1, ActorId actor2, PlaceMention place, LocalDate date,
                         TimePrecision timePrecision, Figure fatalities, Figure civilianFatalities,
                         Figure injured, String attributedTo, Stance stance, Span span,
                         String evidence, List<Reason> why) {
    public EventClaim {
        if (report == null) {
            throw new IllegalArgumentException("claim report must not be null");
        }
        if (index < 0) {
            throw new IllegalArgumentException("claim index must be >= 0: " + index);
        }
        if (subEventType != null && eventType != subEventType.eventType()) {
            throw new IllegalArgumentException("sub-event type " + subEventType.acledName()
                    + " does not belong to event type " + (eventType == null ? "null" : eventType.acledName()));
        }
        if (date != null && timePrecision == null) {
            throw new IllegalArgumentException("a dated claim needs a time precision: " + report + "#" + index);
        }
        if (stance == null) {
            throw new IllegalArgumentException("claim stance must not be null: " + report + "#" + index);
        }
        if (span == null) {
            throw new IllegalArgumentException("claim span must not be null: " + report + "#" + index);
        }
        evidence = evidence == null ? "" : evidence;
        why = List.copyOf(why == null ? List.of() : why);
    }
}
