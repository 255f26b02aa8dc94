package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Lexicon;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

/**
 * Reads counts in both languages: digits (Arabic-Indic digits are folded already), number words
 * ("twenty-three", "خمسة عشر", "ثلاثة وعشرون", "ألف وخمسمائة"), duals ("قتيلان") and vague counts
 * coded as ACLED does (dozens 12, tens 10, hundreds 100).
 */
final class Numbers {
    private final Phrases words;
    /**
     * The words read lately after number words and their values as a unit or scale, so that a word met
     * again ("twenty" "three", "a" "car") is not tokenized and looked up again. Direct-mapped by the
     * word's hash; entries are immutable, so threads may share the table without locks.
     */
    private final PlainValue[] plainValues = new PlainValue[1 << 12];

    /** A word and its value read alone as a unit or scale, or null. */
    private record PlainValue(String word, Integer value) {
    }

    /**
     * A count read from words [from, to) of the text: {@code word} is the lexicon phrase or digits it
     * was read from, {@code dual} when that word itself names the thing counted ("قتيلان"), and
     * {@code conjoined} when it carries the conjunction و ("و15").
     */
    record Count(int value, int from, int to, String rule, String word, boolean vague, boolean dual, boolean conjoined) {
    }

    Numbers(Lexicon lexicon) {
        this.words = lexicon.phrases("numbers.tsv");
    }

    List<Count> find(Tokens tokens, int from, int to) {
        List<Count> counts = new ArrayList<>();
        int i = from;
        while (i < to) {
            Count c = countAt(tokens, i, to);
            if (c == null) {
                i++;
            } else {
                counts.add(c);
                i = c.to();
            }
        }
        return counts;
    }

    /** The largest count read, as six digits are. */
    private static final int MAX_COUNT = 999_999;

    private Count countAt(Tokens tokens, int i, int to) {
        String w = tokens.get(i).folded();
        boolean conjoined = w.length() > 1 && w.charAt(0) == 'و' && Character.isDigit(w.charAt(1));
        String digits = conjoined ? w.substring(1) : w;
        if (allDigits(digits) && digits.length() <= 6) {
            return new Count(Integer.parseInt(digits), i, i + 1, "digits '" + digits + "'", digits, false, false,
                    conjoined);
        }
        Phrases.Hit first = words.at(tokens, i, Math.min(to, i + 3));
        if (first == null) {
            return null;
        }
        Entry e = first.entry();
        int value = Integer.parseInt(e.key());
        String kind = e.value();
        if (kind.equals("vague") || kind.equals("dual")) {
            return new Count(value, i, first.to(), e.rule(), String.join(" ", e.tokens()), kind.equals("vague"),
                    kind.equals("dual"), false);
        }
        return compound(tokens, value, i, first.to(), to, e);
    }

    private static boolean allDigits(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < '0' || w.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Extends a number word with what follows: "twenty three", "خمسة عشر", "ثلاثة وعشرون", "two hundred", "ألف وخمسمائة". */
    private Count compound(Tokens tokens, int value, int from, int next, int to, Entry first) {
        int total = value;
        int j = next;
        while (j < to) {
            String w = tokens.get(j).folded();
            if (w.equals("عشر") || w.equals("عشره")) {
                total += 10;
                j++;
                continue;
            }
            boolean joined = w.equals("and") || w.equals("و");
            String candidate = joined && j + 1 < to ? tokens.get(j + 1).folded()
                    : w.startsWith("و") && w.length() > 2 ? w.substring(1) : w;
            int step = joined ? 2 : 1;
            Integer more = plainValue(tokens, candidate);
            if (more == null) {
                break;
            }
            long grown = more == 100 || more == 1000 ? (long) Math.max(total, 1) * more : (long) total + more;
            if (grown > MAX_COUNT) {
                break; // "thousand thousand thousand …" is no count of people
            }
            total = (int) grown;
            j += step;
        }
        return new Count(total, from, j, first.rule(), String.join(" ", first.tokens()), false, false, false);
    }

    private Integer plainValue(Tokens tokens, String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (plainValues.length - 1);
        PlainValue known = plainValues[slot];
        if (known == null || !known.word().equals(word)) {
            known = new PlainValue(word, plainValueNow(word).orElse(null));
            plainValues[slot] = known;
        }
        return known.value();
    }

    /** The value of a word read alone, as {@link #plainValue} gives it. */
    private Optional<Integer> plainValueNow(String word) {
        Tokens single = Tokens.of(word);
        if (single.size() != 1) {
            return Optional.empty();
        }
        List<Phrases.Hit> hits = words.find(single);
        if (hits.isEmpty() || hits.get(0).to() != 1) {
            return Optional.empty();
        }
        String kind = hits.get(0).entry().value();
        return kind.equals("unit") || kind.equals("scale") ? Optional.of(Integer.parseInt(hits.get(0).entry().key()))
                : Optional.empty();
    }
}
