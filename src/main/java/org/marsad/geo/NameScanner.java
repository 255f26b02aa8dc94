package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.text.NormalizedText;

/**
 * Finds every gazetteer name in a text, longest first, on word boundaries, in both scripts;
 * an Arabic word with proclitics (و ف ب ك ل) matches only when the word without them is a name.
 */
final class NameScanner {
    private static final int MIN_KEY_LENGTH = 3;
    private final Gazetteer gazetteer;

    NameScanner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names in {@code text}, in text order, never overlapping. */
    List<NameMatch> scan(String text) {
        List<int[]> words = PlaceName.wordRanges(text);
        List<String> keys = words.stream().map(r -> PlaceName.wordKey(text.substring(r[0], r[1]))).toList();
        List<NameMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int width = Math.min(gazetteer.maxWords(), words.size() - i);
            NameMatch match = matchAt(text, words, keys, i, width);
            while (match == null && width > 1) {
                width--;
                match = matchAt(text, words, keys, i, width);
            }
            if (match != null) {
                matches.add(match);
            }
            i += match != null ? width : 1;
        }
        return matches;
    }

    private NameMatch matchAt(String text, List<int[]> words, List<String> keys, int first, int width) {
        int last = first + width - 1;
        if (keys.get(last).isEmpty() || !startsWell(text, words.get(first), keys.get(first)) || !joined(text, words, first, last)) {
            return null;
        }
        String rest = String.join("", keys.subList(first + 1, last + 1));
        String key = keys.get(first) + rest;
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        if (key.length() >= MIN_KEY_LENGTH && !gazetteer.byKey(key).isEmpty()) {
            return new NameMatch(start, end, text.substring(start, end), gazetteer.byKey(key), "");
        }
        String word = text.substring(words.get(first)[0], words.get(first)[1]);
        for (String form : PlaceName.withoutProclitics(word)) {
            String stripped = PlaceName.wordKey(form) + rest;
            if (stripped.length() >= MIN_KEY_LENGTH && !gazetteer.byKey(stripped).isEmpty()) {
                String folded = NormalizedText.fold(word);
                String proclitic = folded.substring(0, folded.length() - form.length());
                int nameStart = skipLetters(text, start, proclitic.length());
                return new NameMatch(nameStart, end, text.substring(nameStart, end), gazetteer.byKey(stripped), proclitic);
            }
        }
        return null;
    }

    /** An article word may open a name only as "al"/"el" or hyphenated ("ash-Shafa"), never English "at"/"an". */
    private static boolean startsWell(String text, int[] word, String key) {
        if (!key.isEmpty()) {
            return true;
        }
        String w = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
        return w.equals("al") || w.equals("el") || (word[1] < text.length() && text.charAt(word[1]) == '-');
    }

    /** True when only spaces or hyphens separate the words of the window. */
    private static boolean joined(String text, List<int[]> words, int first, int last) {
        for (int k = first; k < last; k++) {
            int from = words.get(k)[1];
            int to = words.get(k + 1)[0];
            if (to - from > 2) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (" \u00A0-‐–".indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int skipLetters(String text, int from, int letters) {
        int i = from;
        int seen = 0;
        while (i < text.length() && seen < letters) {
            if (Character.isLetter(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
