package org.marsad.extract;

/** ACLED time precision: how exactly the date of an event is known. */
public enum TimePrecision {
    DAY(1), WEEK(2), MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    /** The ACLED code: 1 day, 2 week, 3 month. */
    public int code() {
        return code;
    }

    public static TimePrecision ofCode(int code) {
        for (TimePrecision p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("time precision must be 1, 2 or 3: " + code);
    }
}
