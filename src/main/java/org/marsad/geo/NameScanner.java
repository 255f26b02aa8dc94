package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.lexicon.Tokens;
import org.marsad.text.NormalizedText;

/**
 * Finds every gazetteer name in a text, longest first, on word boundaries, in both scripts;
 * an Arabic word with proclitics (و ف ب ك ل) matches only when the word without them is a name.
 *
 * <p>Each word is keyed once ({@link WordLeads}); a window is widened only while some gazetteer
 * key still begins like it, so a word that starts no name costs one lookup.
 */
final class NameScanner {
    private static final int MIN_KEY_LENGTH = 3;
    /**
     * English words that, written in lower case, never open or close a name of several words: "in Deir"
     * is not Inder, "al-Susah on" not Shoshone, "al-Sur and" not Surandai. "The" never opens one in any case.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "of", "to", "from", "near", "by", "and",
            "or", "with", "into", "a", "the", "is", "was", "for", "as");
    private final Gazetteer gazetteer;
    private final WordLeads leads;

    NameScanner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.leads = new WordLeads(gazetteer.prefixes());
    }

    /** The names in {@code text}, in text order, never overlapping. */
    List<NameMatch> scan(String text) {
        return scan(WrittenWords.scan(text));
    }

    /** The names in a tokenized text, as {@link #scan(String)} finds them in its original. */
    List<NameMatch> scan(Tokens tokens) {
        return scan(WrittenWords.of(tokens));
    }

    private List<NameMatch> scan(WrittenWords words) {
        Window window = new Window(words, leads.of(words));
        List<NameMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < window.size()) {
            NameMatch match = longestAt(window, i);
            if (match != null) {
                matches.add(match);
                i = window.wordAfter(match.end(), i);
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The longest name starting at word {@code first}: the plain key wins a tie with a proclitic-stripped one. */
    private NameMatch longestAt(Window w, int first) {
        WordLeads.Lead lead = w.lead(first);
        if (!lead.opens() || !startsWell(w.text, w.end(first), lead.keyed())) {
            return null;
        }
        PlaceName.Keyed keyed = lead.keyed();
        int end = first + Math.min(gazetteer.maxWords(), w.size() - first);
        int bestLast = longestLast(w, keyed.key(), lead.hashes()[0], first, end);
        int bestForm = -1;
        for (int f = 0; f < keyed.strippedForms().size(); f++) {
            int last = longestLast(w, keyed.strippedKeys().get(f), lead.hashes()[f + 1], first, end);
            if (last > bestLast) {
                bestLast = last;
                bestForm = f;
            }
        }
        if (bestLast < 0) {
            return null;
        }
        if (bestForm < 0) {
            return w.match(first, bestLast, gazetteer.byKey(w.key(first, bestLast, keyed.key())), "");
        }
        String head = keyed.strippedKeys().get(bestForm);
        return w.strippedMatch(first, bestLast, keyed.strippedForms().get(bestForm),
                gazetteer.byKey(w.key(first, bestLast, head)));
    }

    /**
     * The last word of the longest window of words [first, end) from {@code first} whose key (opening
     * with {@code head}, whose prefix hash is {@code headHash}) is a name; -1 if none.
     */
    private int longestLast(Window w, String head, long headHash, int first, int end) {
        KeyPrefixes prefixes = gazetteer.prefixes();
        long hash = headHash;
        int best = -1;
        for (int last = first; last < end; last++) {
            if (last > first && !w.joined(last - 1)) {
                break;
            }
            if (last > first) {
                hash = KeyPrefixes.extend(hash, w.key(last));
            }
            if (!prefixes.contains(hash)) {
                break;
            }
            if (!w.key(last).isEmpty() && (last == first || !FUNCTION_WORDS.contains(w.lead(last).keyed().word()))) {
                String k = w.key(first, last, head);
                if (k.length() >= MIN_KEY_LENGTH && !gazetteer.byKey(k).isEmpty()) {
                    best = last;
                }
            }
        }
        return best;
    }

    /**
     * An article word may open a name only as "al"/"el" or hyphenated ("ash-Shafa"), never English "at"/"an";
     * nor may a lower-case English function word or "the".
     */
    private static boolean startsWell(String text, int end, PlaceName.Keyed keyed) {
        String word = keyed.word();
        if (!keyed.key().isEmpty()) {
            return !FUNCTION_WORDS.contains(word) && !word.equalsIgnoreCase("the");
        }
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("al") || w.equals("el") || (end < text.length() && text.charAt(end) == '-');
    }

    /** A text's words with their leads. */
    private static final class Window {
        private final String text;
        /** Word i spans [bounds[2i], bounds[2i+1]). */
        private final int[] bounds;
        private final WordLeads.Lead[] leads;

        Window(WrittenWords words, WordLeads.Lead[] leads) {
            this.text = words.text;
            this.bounds = words.bounds;
            this.leads = leads;
        }

        int size() {
            return leads.length;
        }

        String key(int i) {
            return leads[i].keyed().key();
        }

        WordLeads.Lead lead(int i) {
            return leads[i];
        }

        /** The key of words [first, last] with the first word keyed as {@code head}. */
        String key(int first, int last, String head) {
            if (last == first) {
                return head;
            }
            StringBuilder b = new StringBuilder(head);
            for (int k = first + 1, end = last + 1; k < end; k++) {
                b.append(key(k));
            }
            return b.toString();
        }

        String word(int i) {
            return text.substring(start(i), end(i));
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        /** True when only spaces or hyphens separate word {@code k} from the next. */
        boolean joined(int k) {
            int from = end(k);
            int to = start(k + 1);
            if (to - from > 2) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (" \u00A0-‐–".indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        int wordAfter(int offset, int from) {
            int i = from;
            while (i < size() && start(i) < offset) {
                i++;
            }
            return i;
        }

        NameMatch match(int first, int last, List<GazetteerEntry> entries, String proclitic) {
            int start = start(first);
            int end = end(last);
            return new NameMatch(start, end, text.substring(start, end), entries, proclitic);
        }

        NameMatch strippedMatch(int first, int last, String form, List<GazetteerEntry> entries) {
            String folded = NormalizedText.fold(word(first));
            String proclitic = folded.substring(0, folded.length() - form.length());
            int nameStart = skipLetters(text, start(first), proclitic.length());
            int end = end(last);
            return new NameMatch(nameStart, end, text.substring(nameStart, end), entries, proclitic);
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
}
