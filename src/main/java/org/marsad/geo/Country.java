package org.marsad.geo;

/** The countries of the bundled gazetteer, with the ISO 3166-1 numeric codes ACLED uses. */
enum Country {
    SY("Syria", 760), IQ("Iraq", 368), TR("Turkey", 792), JO("Jordan", 400), LB("Lebanon", 422), UNKNOWN(null, 0);

    private final String displayName;
    private final int iso;

    Country(String displayName, int iso) {
        this.displayName = displayName;
        this.iso = iso;
    }

    /** The country of an ISO alpha-2 code; {@link #UNKNOWN} for any other code. */
    static Country of(String alpha2) {
        for (Country c : values()) {
            if (c.name().equals(alpha2)) {
                return c;
            }
        }
        return UNKNOWN;
    }

    String displayName() {
        return displayName;
    }

    int iso() {
        return iso;
    }
}
