package org.marsad.geo;

import java.util.List;
import org.marsad.report.Language;

/**
 * One sentence of the place gold set with the places it names, in text order.
 *
 * @param id     a short id, e.g. "en-017"
 * @param split  "dev" (tune on it) or "test" (held aside)
 * @param lang   the sentence's language
 * @param text   the sentence
 * @param places the places it names; may be empty for a sentence that names none
 */
public record GoldSentence(String id, String split, Language lang, String text, List<GoldPlace> places) {
    public GoldSentence {
        if (id == null || id.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("gold sentence needs an id and a text: " + id);
        }
        if (!"dev".equals(split) && !"test".equals(split)) {
            throw new IllegalArgumentException("gold split must be dev or test: '" + split + "'");
        }
        if (lang != Language.AR && lang != Language.EN) {
            throw new IllegalArgumentException("gold language must be ar or en: " + lang);
        }
        places = List.copyOf(places);
        for (GoldPlace p : places) {
            if (!text.contains(p.mention())) {
                throw new IllegalArgumentException("mention '" + p.mention() + "' is not in the text of " + id);
            }
        }
    }
}
