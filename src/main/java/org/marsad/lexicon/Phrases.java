package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a set of lexicon phrases in tokenized text: longest match first, whole words only,
 * Arabic proclitics (و ف ب ل ك, ال, لل and their combinations) allowed before the first word.
 */
public final class Phrases {
    /** Words the article changes: "اليوم" is today, "يوم" just a day ("يوم الأحد"). */
    private static final java.util.Set<String> ARTICLE_MATTERS = java.util.Set.of("اليوم");
    private static final String[] PROCLITICS = {"وال", "بال", "فال", "كال", "وبال", "لل", "ولل", "ال",
        "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"};

    /** The entries by first word, then (for phrases of two words or more) by second word, longest first. */
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final String name;
    private final FirstWords firstWords;
    private final int bit;

    /** A phrase found: the entry and the words [from, to) it covers. */
    public record Hit(Entry entry, int from, int to, int start, int end) {
    }

    /** The entries of one first word: one-word entries, and longer ones keyed by their second word. */
    private record Bucket(List<Entry> single, Map<String, List<Entry>> bySecond) {
    }

    public Phrases(String name, List<Entry> entries) {
        this(name, entries, new FirstWords());
    }

    /** A matcher that shares its index of first words with the other matchers of its lexicon. */
    Phrases(String name, List<Entry> entries, FirstWords firstWords) {
        this.name = name;
        this.firstWords = firstWords;
        this.bit = firstWords.register();
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        for (Entry e : entries) {
            String first = e.tokens().get(0);
            if (e.tokens().size() == 1) {
                firstWords.addWholeEntry(first);
            }
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            if (first.startsWith("ال") && first.length() > 3 && !ARTICLE_MATTERS.contains(first)) {
                byFirstWord.computeIfAbsent(first.substring(2), k -> new ArrayList<>()).add(e);
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.tokens().size())));
        byFirstWord.forEach((first, list) -> {
            Bucket b = new Bucket(new ArrayList<>(), new HashMap<>());
            for (Entry e : list) {
                if (e.tokens().size() == 1) {
                    b.single().add(e);
                } else {
                    b.bySecond().computeIfAbsent(e.tokens().get(1), k -> new ArrayList<>()).add(e);
                }
            }
            buckets.put(first, b);
            firstWords.add(first, bit);
        });
    }

    /** This matcher's place among those sharing its index of first words, 0 to {@link FirstWords#MATCHERS} - 1. */
    int slot() {
        return Integer.numberOfTrailingZeros(bit);
    }

    /** Every non-overlapping hit in words [from, to), in text order. */
    public List<Hit> find(Tokens tokens, int from, int to) {
        List<Hit> found = tokens.found(this, from, to);
        if (found != null) {
            return found;
        }
        List<Hit> hits = new ArrayList<>();
        int[] starts = tokens.firstWordBits(firstWords);
        int i = from;
        while (i < to) {
            Hit hit = (starts[i] & bit) == 0 ? null : longestAt(tokens, i, to);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return tokens.remember(this, from, to, hits);
    }

    /** Whether {@code form} is {@code word} without its article alone: "الإعدام" is still "إعدام". */
    private static boolean articleOnly(String word, String form) {
        return word.length() == form.length() + 2 && word.startsWith("ال") && word.endsWith(form);
    }

    /** The longest hit starting exactly at word {@code i} and ending by word {@code to}, or null. */
    public Hit at(Tokens tokens, int i, int to) {
        return i < to && (tokens.firstWordBits(firstWords)[i] & bit) != 0 ? longestAt(tokens, i, to) : null;
    }

    public List<Hit> find(Tokens tokens) {
        return find(tokens, 0, tokens.size());
    }

    /** The longest hit at word {@code i}, which some phrase of this matcher may start. */
    private Hit longestAt(Tokens tokens, int i, int to) {
        int bits = tokens.firstWordBits(firstWords)[i];
        Hit best = null;
        String next = i + 1 < to ? tokens.get(i + 1).folded() : null;
        String[] forms = tokens.forms(i);
        boolean whole = (bits & FirstWords.WHOLE_ENTRY) != 0;
        for (String form : forms) {
            if (whole && form != forms[0] && !articleOnly(forms[0], form)) {
                continue; // "واحد" is one, not و + "احد" (Sunday)
            }
            Bucket bucket = buckets.get(form);
            if (bucket == null) {
                continue;
            }
            List<Entry> longer = next == null ? null : bucket.bySecond().get(next);
            Hit hit = longer == null ? null : firstMatch(longer, tokens, i, to, form);
            if (hit == null) {
                hit = firstMatch(bucket.single(), tokens, i, to, form);
            }
            if (hit != null && (best == null || hit.to() > best.to())) {
                best = hit;
            }
        }
        return best;
    }

    /** The first of {@code candidates} (longest first) that matches at word {@code i}, or null. */
    private static Hit firstMatch(List<Entry> candidates, Tokens tokens, int i, int to, String form) {
        for (Entry e : candidates) {
            if (matches(e, tokens, i, to, form)) {
                int n = e.tokens().size();
                return new Hit(e, i, i + n, tokens.get(i).start(), tokens.get(i + n - 1).end());
            }
        }
        return null;
    }

    private static boolean matches(Entry e, Tokens tokens, int i, int to, String firstForm) {
        int n = e.tokens().size();
        if (i + n > to) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (!e.tokens().get(k).equals(tokens.get(i + k).folded())) {
                return false;
            }
        }
        if (e.caseSensitive()) {
            int start = tokens.get(i).start();
            int length = tokens.get(i + n - 1).end() - start;
            return length == e.phrase().length() && tokens.original().regionMatches(start, e.phrase(), 0, length)
                    && firstForm.equals(tokens.get(i).folded());
        }
        return true;
    }

    /** The word and the forms left after removing each Arabic proclitic it starts with. */
    static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(3);
        forms.add(word);
        char c = word.isEmpty() ? ' ' : word.charAt(0);
        if (c >= 'ء' && c <= 'ي') {
            for (String p : PROCLITICS) {
                if (p.charAt(0) == c && word.length() > p.length() + 1 && word.startsWith(p)) {
                    forms.add(word.substring(p.length()));
                }
            }
        }
        return forms;
    }

    @Override
    public String toString() {
        return "Phrases[" + name + ", " + buckets.size() + " first words]";
    }
}
