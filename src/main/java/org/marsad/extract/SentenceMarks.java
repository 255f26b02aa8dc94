package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.Phrases;

/**
 * The first cue of each kind that marks what a sentence is rather than what happened (cues.tsv): a
 * denial, an opinion, history, a report of calm, an allegation, displacement, a turn to another incident.
 * Read in one pass over the sentence's cue words.
 */
record SentenceMarks(Phrases.Hit denial, Phrases.Hit opinion, Phrases.Hit history, Phrases.Hit calm,
                     Phrases.Hit allegation, Phrases.Hit displacement, Phrases.Hit separately) {

    static SentenceMarks of(List<Phrases.Hit> hits) {
        Phrases.Hit[] first = new Phrases.Hit[7];
        for (Phrases.Hit h : hits) {
            int kind = switch (h.entry().key()) {
                case "denial" -> 0;
                case "opinion" -> 1;
                case "history" -> 2;
                case "calm" -> 3;
                case "allegation" -> 4;
                case "displacement" -> 5;
                case "separately" -> 6;
                default -> -1;
            };
            if (kind >= 0 && first[kind] == null) {
                first[kind] = h;
            }
        }
        return new SentenceMarks(first[0], first[1], first[2], first[3], first[4], first[5], first[6]);
    }

    /**
     * What makes the sentence no report of an event: opinion, else history, else calm unless it denies
     * ("had carried out no strikes" in a denial denies; it reports no calm).
     */
    Phrases.Hit aside() {
        return opinion != null ? opinion : history != null ? history : denial == null ? calm : null;
    }
}
