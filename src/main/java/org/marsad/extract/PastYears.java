package org.marsad.extract;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.lexicon.Tokens;

/**
 * Finds a year before the year of publication named alone as when something happened ("in 2017",
 * "back in 2014", "في عام 2017", "منذ 2015"): such a sentence is history, not a report of the battle.
 * A year written with a month or day ("on 30 December 2018") is a date, read by {@link Dates}.
 */
final class PastYears {
    /** Words that set a year as the time of what is told. */
    private static final Set<String> TIME_OF = Set.of("in", "since", "during", "by", "في", "عام", "العام", "منذ",
            "خلال", "بعام", "وفي");

    private PastYears() {
    }

    /** The word index of such a year in words [from, to), or -1; {@code dateWords} are the words of dates read. */
    static int find(Tokens tokens, int from, int to, LocalDate published, Set<Integer> dateWords) {
        if (published == null) {
            return -1;
        }
        for (int k = Math.max(from, 1); k < to; k++) {
            String w = tokens.get(k).folded();
            if (w.length() == 4 && (w.charAt(0) == '1' || w.charAt(0) == '2') && year(w) < published.getYear()
                    && !dateWords.contains(k) && TIME_OF.contains(tokens.get(k - 1).folded())) {
                return k;
            }
        }
        return -1;
    }

    private static int year(String w) {
        int y = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MAX_VALUE;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }
}
