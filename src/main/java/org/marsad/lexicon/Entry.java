package org.marsad.lexicon;

import java.util.List;

/**
 * One phrase of a lexicon file and what it stands for.
 *
 * @param file          the lexicon file, e.g. "actors.tsv"
 * @param line          its line, from 1
 * @param key           what the phrase means: an actor id, a sub-event type, a cue kind, a number
 * @param value         a second value when the file has one (an actor's inter code, a number's kind), else ""
 * @param phrase        the phrase as written in the file
 * @param tokens        the phrase folded and split into words, as it is matched
 * @param caseSensitive true for short capitalised abbreviations ("IS", "SDF") that must match as written
 * @param rule          "actors.tsv:12 'Daesh'", the form used in every claim's reasons: made once, as
 *                      claims cite their entries many times
 */
public record Entry(String file, int line, String key, String value, String phrase, List<String> tokens,
                    boolean caseSensitive, String rule) {
    public Entry {
        if (tokens == null || tokens.isEmpty()) {
            throw new IllegalArgumentException("entry must have at least one word: " + file + ":" + line);
        }
        tokens = List.copyOf(tokens);
        if (!rule(file, line, phrase).equals(rule)) {
            throw new IllegalArgumentException("entry's rule must read " + rule(file, line, phrase) + ": " + rule);
        }
    }

    public Entry(String file, int line, String key, String value, String phrase, List<String> tokens,
                 boolean caseSensitive) {
        this(file, line, key, value, phrase, tokens, caseSensitive, rule(file, line, phrase));
    }

    private static String rule(String file, int line, String phrase) {
        return file + ":" + line + " '" + phrase + "'";
    }
}
