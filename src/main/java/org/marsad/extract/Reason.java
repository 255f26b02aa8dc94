package org.marsad.extract;

/**
 * Why a field of a claim has its value: the field, the rule or lexicon entry that fired
 * (e.g. "event_cues.tsv:41 'airstrike'"), and the text it matched.
 */
public record Reason(String field, String rule, String matched) {
    public Reason {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("reason field must not be blank");
        }
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("reason rule must not be blank for field " + field);
        }
        matched = matched == null ? "" : matched;
    }
}
