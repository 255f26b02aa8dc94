package org.marsad.extract;

/** ACLED event types, with their exact ACLED names. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String acledName;

    EventType(String acledName) {
        this.acledName = acledName;
    }

    /** The name as ACLED writes it, e.g. "Explosions/Remote violence". */
    public String acledName() {
        return acledName;
    }

    /** The ACLED disorder type this event type belongs to. */
    public String disorderType() {
        return switch (this) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
        };
    }

    /** Reads an ACLED name or an enum constant name; throws naming the value when it is neither. */
    public static EventType parse(String name) {
        for (EventType t : values()) {
            if (t.acledName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown ACLED event type: '" + name + "'");
    }
}
