package org.marsad.report;

/** The language a report is written in; Marsad treats Arabic and English as equals. */
public enum Language {
    AR("ar"), EN("en"), UNKNOWN("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, or "und" when unknown. */
    public String code() {
        return code;
    }

    /** Reads an ISO code such as "ar" or "en-GB"; anything else is {@link #UNKNOWN}. */
    public static Language ofCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String c = code.trim().toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("ar")) {
            return AR;
        }
        if (c.startsWith("en")) {
            return EN;
        }
        return UNKNOWN;
    }
}
