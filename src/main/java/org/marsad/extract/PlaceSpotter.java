package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.Tokens;

/**
 * Finds the places a text names, as written, with spans in the original text; the extractor
 * attaches the nearest one to each claim. Implementations: cue-based (no gazetteer) and
 * gazetteer-based (in {@code geo}).
 */
public interface PlaceSpotter {
    List<PlaceMention> spot(String text);

    /** The places of a text the extractor has tokenized already; a spotter may read the tokens instead of the text. */
    default List<PlaceMention> spot(Tokens tokens) {
        return spot(tokens.original());
    }
}
