package org.marsad.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.marsad.lexicon.Tokens;

/**
 * Reads a day of the month named without its month ("on the 12th"): the most recent such day on or
 * before publication, this month or the one before.
 */
final class DaysOfMonth {
    private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");

    private DaysOfMonth() {
    }

    static Optional<Dates.Reading> find(Tokens tokens, int from, int to, LocalDate published) {
        for (int k = from + 2; k < to; k++) {
            String w = tokens.get(k).folded();
            int day = day(w);
            if (day > 0 && tokens.get(k - 1).folded().equals("the") && tokens.get(k - 2).folded().equals("on")
                    && (k + 1 >= to || !tokens.get(k + 1).folded().equals("of"))) {
                LocalDate date = published.getDayOfMonth() >= day ? published.withDayOfMonth(day)
                        : published.minusMonths(1).withDayOfMonth(Math.min(day, published.minusMonths(1).lengthOfMonth()));
                return Optional.of(new Dates.Reading(date, TimePrecision.DAY, "'the " + w
                        + "': that day of the month on or before publication", new java.util.HashSet<>(Set.of(k))));
            }
        }
        return Optional.empty();
    }

    /** The day of "12th", "1st", else 0. */
    private static int day(String w) {
        if (w.length() < 3 || w.length() > 4 || w.charAt(0) < '0' || w.charAt(0) > '9'
                || !SUFFIXES.contains(w.substring(w.length() - 2))) {
            return 0;
        }
        int d = 0;
        for (int i = 0; i < w.length() - 2; i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            d = d * 10 + (c - '0');
        }
        return d >= 1 && d <= 31 ? d : 0;
    }
}
