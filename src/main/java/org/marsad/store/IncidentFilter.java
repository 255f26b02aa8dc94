package org.marsad.store;

import java.time.LocalDate;
import org.marsad.extract.EventType;

/**
 * What the incident list is narrowed to; every field is optional (null = no restriction).
 *
 * @param from      first event date, inclusive
 * @param to        last event date, inclusive
 * @param eventType ACLED event type
 * @param actor     canonical actor id, matching actor1 or actor2 of any claim
 * @param place     part of the place name, English or Arabic, case-insensitive
 * @param text      words that must occur in a report's title or text, case-insensitive
 */
public record IncidentFilter(LocalDate from, LocalDate to, EventType eventType, String actor, String place,
                             String text) {
    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null);

    public IncidentFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range 'to' " + to + " is before 'from' " + from);
        }
        actor = blankToNull(actor);
        place = blankToNull(place);
        text = blankToNull(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
