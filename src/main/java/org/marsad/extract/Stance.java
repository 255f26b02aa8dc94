package org.marsad.extract;

/** Whether a report asserts that an event happened or denies it. */
public enum Stance {
    ASSERTED, DENIED
}
