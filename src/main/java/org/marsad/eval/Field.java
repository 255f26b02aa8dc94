package org.marsad.eval;

import java.util.function.Function;

/** The fields the extraction eval scores; {@link #EVENT} scores the claims themselves (event detection). */
public enum Field {
    EVENT("event detection", c -> "event"),
    EVENT_TYPE("eventType", ClaimFields::eventType),
    SUB_EVENT_TYPE("subEventType", ClaimFields::subEventType),
    ACTOR1("actor1", ClaimFields::actor1),
    ACTOR2("actor2", ClaimFields::actor2),
    LOCATION("location name", ClaimFields::location),
    DATE("date", ClaimFields::date),
    FATALITIES("fatalities", ClaimFields::fatalities),
    CIVILIAN_FATALITIES("civilianFatalities", ClaimFields::civilianFatalities),
    INJURED("injured", ClaimFields::injured),
    ATTRIBUTED_TO("attributedTo", ClaimFields::attributedTo),
    STANCE("stance", ClaimFields::stance);

    private final String label;
    private final Function<ClaimFields, Object> value;

    Field(String label, Function<ClaimFields, Object> value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    /** The field's value in a claim, or null when the claim does not say (or there is no claim). */
    public Object of(ClaimFields claim) {
        return claim == null ? null : value.apply(claim);
    }
}
