package org.marsad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Dates a sentence names, resolved against the publication date: explicit dates in both
 * languages (Levantine and Egyptian month names), weekdays ("on Sunday", "يوم الأحد": the most
 * recent such day on or before publication), relative days ("yesterday", "فجر اليوم") and months.
 */
final class Dates {
    /** Verbs of speaking whose day is the report's, not the event's. */
    private static final java.util.Set<String> SPEAKING = java.util.Set.of("said", "says", "reported", "told",
            "announced", "added", "stated", "claimed", "denied", "rejected", "dismissed");
    /** The word between a day and its month in "the seventh of October", "السابع من أكتوبر". */
    private static final java.util.Set<String> OF = java.util.Set.of("of", "من");
    private final Phrases calendar;

    /** A date read from the text, with the words it used. */
    record Reading(LocalDate date, TimePrecision precision, String why, Set<Integer> words) {
    }

    Dates(Lexicon lexicon) {
        this.calendar = lexicon.phrases("calendar.tsv");
    }

    /**
     * The first date the sentence names, passing over the day a source spoke or denied ("a monitor said on
     * Sunday that strikes on Saturday killed…", "the coalition on Sunday denied that…") when the sentence names another.
     */
    Optional<Reading> find(Tokens tokens, int from, int to, LocalDate published) {
        Optional<Reading> spoken = Optional.empty();
        for (Phrases.Hit hit : calendar.find(tokens, from, to)) {
            Optional<Reading> reading = read(tokens, hit, from, to, published);
            if (reading.isPresent() && spoken.isEmpty() && saidOn(tokens, hit, from)) {
                spoken = reading;
            } else if (reading.isPresent()) {
                return reading;
            }
        }
        return spoken.isPresent() || published == null ? spoken : DaysOfMonth.find(tokens, from, to, published);
    }

    /** Whether a verb of speaking stands just before the date ("said on Sunday") or right after it ("on Sunday denied"). */
    private static boolean saidOn(Tokens tokens, Phrases.Hit hit, int from) {
        for (int k = hit.from() - 1; k >= Math.max(from, hit.from() - 2); k--) {
            if (SPEAKING.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return hit.to() < tokens.size() && SPEAKING.contains(tokens.get(hit.to()).folded());
    }

    private Optional<Reading> read(Tokens tokens, Phrases.Hit hit, int from, int to, LocalDate published) {
        if (!written(tokens, hit)) {
            return Optional.empty();
        }
        return switch (hit.entry().key()) {
            case "month" -> month(tokens, hit, from, to, published);
            case "weekday" -> published == null ? Optional.empty() : Optional.of(weekday(hit, published));
            case "relative" -> published == null ? Optional.empty() : Optional.of(relative(hit, published));
            default -> Optional.empty();
        };
    }

    /**
     * The words of every month name in words [from, to) with the day and year written beside it,
     * whichever date the sentence is read as: "١٨ آذار" is a date even after "يوم الاثنين", never a toll.
     */
    Set<Integer> monthWords(Tokens tokens, int from, int to) {
        Set<Integer> used = new HashSet<>();
        for (Phrases.Hit hit : calendar.find(tokens, from, to)) {
            if (!hit.entry().key().equals("month") || !written(tokens, hit)) {
                continue;
            }
            used.addAll(words(hit.from(), hit.to()));
            if (number(tokens, hit.from() - 1, from, to, 1, 31) != null) {
                used.add(hit.from() - 1);
            }
            int yearAt = hit.to();
            if (number(tokens, hit.to(), from, to, 1, 31) != null) {
                used.add(hit.to());
                yearAt++;
            }
            if (number(tokens, yearAt, from, to, 1900, 2100) != null) {
                used.add(yearAt);
            }
        }
        return used;
    }

    /** English month and weekday names count only when capitalised ("May 5", not "may"); "today" is any case. */
    private static boolean written(Tokens tokens, Phrases.Hit hit) {
        if (hit.entry().key().equals("relative")) {
            return true;
        }
        char first = tokens.original().charAt(hit.start());
        return !(first >= 'a' && first <= 'z');
    }

    private Reading weekday(Phrases.Hit hit, LocalDate published) {
        java.time.DayOfWeek day = java.time.DayOfWeek.of(Integer.parseInt(hit.entry().value()));
        LocalDate date = published.with(TemporalAdjusters.previousOrSame(day));
        return new Reading(date, TimePrecision.DAY, hit.entry().rule() + " = the " + day
                + " on or before publication", words(hit.from(), hit.to()));
    }

    private Reading relative(Phrases.Hit hit, LocalDate published) {
        int days = Integer.parseInt(hit.entry().value());
        TimePrecision precision = days >= 7 ? TimePrecision.WEEK : TimePrecision.DAY;
        return new Reading(published.minusDays(days), precision, hit.entry().rule() + " = publication date minus "
                + days + " day" + (days == 1 ? "" : "s"), words(hit.from(), hit.to()));
    }

    private Optional<Reading> month(Tokens tokens, Phrases.Hit hit, int from, int to, LocalDate published) {
        int month = Integer.parseInt(hit.entry().value());
        Integer ordinal = ordinalDay(tokens, hit, from, to);
        Integer dayBefore = ordinal != null ? ordinal : number(tokens, hit.from() - 1, from, to, 1, 31);
        Integer dayAfter = dayBefore == null ? number(tokens, hit.to(), from, to, 1, 31) : null;
        Integer day = dayBefore != null ? dayBefore : dayAfter;
        int yearAt = dayAfter != null ? hit.to() + 1 : hit.to();
        Integer year = number(tokens, yearAt, from, to, 1900, 2100);
        if (day == null && year == null && !monthCue(tokens, hit.from() - 1, from)) {
            return Optional.empty();
        }
        if (year == null && published == null) {
            return Optional.empty();
        }
        try {
            int y = year != null ? year : published.getYear();
            LocalDate date = LocalDate.of(y, month, day == null ? 1 : day);
            if (year == null && date.isAfter(published.plusDays(1))) {
                date = date.minusYears(1);
            }
            Set<Integer> used = words(hit.from(), hit.to());
            if (dayBefore != null) {
                used.add(hit.from() - 1);
            }
            if (ordinal != null) {
                used.add(hit.from() - 2);
            }
            if (dayAfter != null) {
                used.add(hit.to());
            }
            if (year != null) {
                used.add(yearAt);
            }
            TimePrecision precision = day == null ? TimePrecision.MONTH : TimePrecision.DAY;
            return Optional.of(new Reading(date, precision, hit.entry().rule() + (day == null ? " (month only)" : " with day "
                    + day) + (year == null ? ", year of publication" : ", year " + year), used));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The day written before "of"/"من" and the month: a word ("the seventh of October", "السابع من
     * أكتوبر") or a figure ("the 7th of October"); null when there is none.
     */
    private Integer ordinalDay(Tokens tokens, Phrases.Hit month, int from, int to) {
        int of = month.from() - 1;
        if (of <= from || !OF.contains(tokens.get(of).folded())) {
            return null;
        }
        for (Phrases.Hit h : calendar.find(tokens, Math.max(from, of - 3), of)) {
            if (h.entry().key().equals("ordinal") && h.to() == of) {
                return Integer.parseInt(h.entry().value());
            }
        }
        return number(tokens, of - 1, from, to, 1, 31);
    }

    private static boolean monthCue(Tokens tokens, int at, int from) {
        if (at < from) {
            return false;
        }
        String w = tokens.get(at).folded();
        return List.of("in", "early", "late", "mid", "since", "في", "خلال", "مطلع", "أواخر", "اواخر", "منتصف").contains(w);
    }

    private static Integer number(Tokens tokens, int at, int from, int to, int min, int max) {
        if (at < from || at >= to) {
            return null;
        }
        String w = tokens.get(at).folded();
        if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.isEmpty() || w.length() > 4 || !w.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(w);
        return n >= min && n <= max ? n : null;
    }

    private static Set<Integer> words(int from, int to) {
        Set<Integer> s = new HashSet<>();
        for (int i = from; i < to; i++) {
            s.add(i);
        }
        return s;
    }
}
