package org.marsad.extract;

/** A canonical actor id from the actor lexicon, e.g. "isis", "coalition", "sdf", "civilians". */
public record ActorId(String value) {
    public ActorId {
        if (!snakeCase(value)) {
            throw new IllegalArgumentException("actor id must be lower_snake_case: '" + value + "'");
        }
    }

    /** "[a-z][a-z0-9_]*", checked without a regex: ids are made for every claim. */
    private static boolean snakeCase(String value) {
        if (value == null || value.isEmpty() || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
