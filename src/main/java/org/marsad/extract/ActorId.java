package org.marsad.extract;

/** A canonical actor id from the actor lexicon, e.g. "isis", "coalition", "sdf", "civilians". */
public record ActorId(String value) {
    public ActorId {
        if (value == null || !value.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("actor id must be lower_snake_case: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
