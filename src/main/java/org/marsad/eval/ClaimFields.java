package org.marsad.eval;

import java.util.Locale;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Figure;

/**
 * The scored fields of one claim, gold or extracted, as the output schema writes them: ACLED names,
 * actor ids, the place as written, ISO dates, figures, the canonical origin and the stance.
 * Null means the claim does not say.
 */
public record ClaimFields(String eventType, String subEventType, String actor1, String actor2, String location,
                          String date, Figure fatalities, Figure civilianFatalities, Figure injured,
                          String attributedTo, String stance) {
    public ClaimFields {
        if (stance == null || !(stance.equals("asserted") || stance.equals("denied"))) {
            throw new IllegalArgumentException("stance must be asserted or denied: " + stance);
        }
    }

    /** The fields of an extracted claim. */
    public static ClaimFields of(EventClaim c) {
        return new ClaimFields(c.eventType() == null ? null : c.eventType().acledName(),
                c.subEventType() == null ? null : c.subEventType().acledName(),
                c.actor1() == null ? null : c.actor1().value(), c.actor2() == null ? null : c.actor2().value(),
                c.place() == null ? null : c.place().text(), c.date() == null ? null : c.date().toString(),
                c.fatalities(), c.civilianFatalities(), c.injured(), c.attributedTo(),
                c.stance().name().toLowerCase(Locale.ROOT));
    }
}
