package org.marsad.extract;

import java.util.List;

/**
 * Finds the places a text names, as written, with spans in the original text; the extractor
 * attaches the nearest one to each claim. Implementations: cue-based (no gazetteer) and
 * gazetteer-based (in {@code geo}).
 */
public interface PlaceSpotter {
    List<PlaceMention> spot(String text);
}
