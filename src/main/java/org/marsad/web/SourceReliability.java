package org.marsad.web;

import java.util.function.Supplier;
import org.marsad.assess.Reliability;

/** The reliability learned from reviews, read afresh for each page that shows it. */
record SourceReliability(Supplier<Reliability> learned) {
    Reliability current() {
        return learned.get();
    }
}
