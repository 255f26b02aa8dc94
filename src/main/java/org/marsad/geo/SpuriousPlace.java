package org.marsad.geo;

import org.marsad.report.Language;

/** A place the geocoder found in a gold sentence where the gold names none: a false alarm. */
public record SpuriousPlace(String sentence, String split, Language lang, Location found) {
    public SpuriousPlace {
        if (sentence == null || split == null || lang == null || found == null) {
            throw new IllegalArgumentException("spurious place needs sentence, split, language and location");
        }
    }

    public String describe() {
        return sentence + " '" + found.mention() + "' taken for " + (found.resolved() ? found.gazetteerId() + " " + found.name() : "an unknown place");
    }
}
