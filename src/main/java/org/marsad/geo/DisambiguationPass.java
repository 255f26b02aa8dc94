package org.marsad.geo;

import java.util.List;

/** One named step of place disambiguation: narrows the candidates for a mention and says why, or keeps them all. */
interface DisambiguationPass {
    /** A short name shown in the reasons, e.g. "governorate". */
    String name();

    /** A new narrowing of {@code candidates} (two or more); never mutates them. */
    Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context);
}
