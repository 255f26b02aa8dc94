package org.marsad.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.text.NormalizedText;

/**
 * The matching key of a place name: spellings that differ only by transliteration habit
 * share one key, different names keep different keys. Explicit rules, no edit distance.
 *
 * <p>Latin script: diacritics, apostrophes, ʿ and ʾ removed; articles (al-, el-, ash-, as-,
 * ad-, ar-, az-, at-, an- ...) dropped, also when glued with a doubled sun letter
 * ("Ezzor", "Ashshafa"); ee → i, oo/ou/o → u; ei/ey/ai/ay → e and aw → u before a consonant;
 * doubled letters single; final -h after a vowel, then final -a/-e, dropped; final -iy → -i.
 * Arabic script: {@link NormalizedText#fold} and the article ال dropped. Words are keyed
 * one by one and joined without spaces, so "Al-Bukamal" and "Bu Kamal" meet.
 */
public final class PlaceName {
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "l", "ash", "esh", "as", "es", "ad",
            "ed", "ar", "er", "az", "ez", "at", "et", "an", "en", "ath", "adh", "dh");
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^[ae]l?(sh|th|dh|[tdrzsn])(?=\\1)");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻʼ]");
    private static final Pattern DIPHTHONG_E = Pattern.compile("(ei|ey|ai|ay)(?=[^aeiou]|$)");
    private static final Pattern DIPHTHONG_U = Pattern.compile("aw(?=[^aeiouy]|$)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern NOT_LATIN = Pattern.compile("[^a-z0-9]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

    private PlaceName() {
    }

    /** The key of a whole name, e.g. "Deir ez-Zor" → "derzur", "الشعفة" → "شعفه". */
    public static String key(String name) {
        if (name == null) {
            throw new IllegalArgumentException("place name must not be null");
        }
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) {
            key.append(wordKey(word));
        }
        return key.toString();
    }

    /**
     * The key of a name being indexed, as {@link #key} makes it but without the table of words seen
     * lately: an index keys each of its names once, while the table is for the words of texts, which
     * repeat. Kept apart also so that the table's lookup is not compiled for a load where every word misses.
     */
    static String indexKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) {
            key.append(wordKeyNow(word));
        }
        return key.toString();
    }

    /** The words of a name or text, split on anything that is not a letter, digit, mark or inner apostrophe. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (int[] range : wordRanges(text)) {
            words.add(text.substring(range[0], range[1]));
        }
        return words;
    }

    /** The [start, end) offsets of each word of {@code text}. */
    static List<int[]> wordRanges(String text) {
        int[] bounds = wordBounds(text);
        List<int[]> ranges = new ArrayList<>(bounds.length / 2);
        for (int k = 0; k + 1 < bounds.length; k += 2) {
            ranges.add(new int[] {bounds[k], bounds[k + 1]});
        }
        return ranges;
    }

    /** The offsets of each word of {@code text} as one array: word i spans [bounds[2i], bounds[2i+1]). */
    static int[] wordBounds(String text) {
        int[] bounds = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text, i)) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text, i)) {
                i++;
            }
            if (i > start) {
                if (n + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = start;
                bounds[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(bounds, n);
    }

    /** Whether {@code text.charAt(i)} belongs to a word: a letter, digit, mark or tatweel, or an apostrophe between letters. */
    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 'ء' && c <= 'ي')) {
            return true;
        }
        if (c == ' ' || c == ',' || c == '.') {
            return false;
        }
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ') {
            return true;
        }
        boolean apostrophe = "'’‘`´ʿʾʻʼ".indexOf(c) >= 0;
        return apostrophe && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** Words seen recently and their keys; a report's vocabulary repeats, and the key costs several regex passes. */
    private static final int CACHE_SLOTS = 1 << 16;
    /**
     * A direct-mapped cache: a word goes to the slot of its hash, replacing whatever was there. Slots
     * are immutable records, so threads may share the table without locks.
     */
    private static final Keyed[] KEYS = new Keyed[CACHE_SLOTS];

    /**
     * A word's key, and for an Arabic word each form left without its proclitics with that form's key.
     *
     * @param word          the word as written
     * @param strippedForms as {@link #withoutProclitics} gives them
     * @param strippedKeys  the key of each of those forms
     */
    record Keyed(String word, String key, List<String> strippedForms, List<String> strippedKeys) {
    }

    /** The key of one word: empty for an article on its own. */
    static String wordKey(String word) {
        return keyed(word).key();
    }

    /** The key and proclitic-stripped forms of the word {@code text[start, end)}, made once for each word seen. */
    static Keyed keyed(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return keyed(text, start, end, h);
    }

    /** As {@link #keyed(String, int, int)} for a whole word, whose hash the string knows. */
    static Keyed keyed(String word) {
        return keyed(word, 0, word.length(), word.hashCode());
    }

    private static Keyed keyed(String text, int start, int end, int h) {
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        Keyed keyed = KEYS[slot];
        int length = end - start;
        if (keyed != null && keyed.word().length() == length && text.regionMatches(start, keyed.word(), 0, length)) {
            return keyed;
        }
        keyed = keyedNow(text.substring(start, end));
        KEYS[slot] = keyed;
        return keyed;
    }

    private static Keyed keyedNow(String word) {
        List<String> forms = withoutProclitics(word);
        List<String> formKeys = new ArrayList<>(forms.size());
        for (String form : forms) {
            formKeys.add(wordKeyNow(form));
        }
        return new Keyed(word, wordKeyNow(word), List.copyOf(forms), List.copyOf(formKeys));
    }

    private static String wordKeyNow(String word) {
        return isArabic(word) ? arabicKey(word) : latinKey(word);
    }

    static boolean isArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                return true;
            }
        }
        return false;
    }

    private static String arabicKey(String word) {
        String folded = NOT_LETTER.matcher(NormalizedText.fold(word)).replaceAll("");
        return folded.startsWith("ال") && folded.length() > 3 ? folded.substring(2) : folded;
    }

    private static String latinKey(String word) {
        if (plainDigits(word)) {
            return word; // no rule below changes digits
        }
        String s = plainAscii(word) ? word.toLowerCase(Locale.ROOT) : lettersOnly(word);
        if (ARTICLES.contains(s)) {
            return "";
        }
        s = GLUED_ARTICLE.matcher(s).replaceFirst("");
        s = s.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace('o', 'u');
        s = DIPHTHONG_E.matcher(s).replaceAll("e");
        s = DIPHTHONG_U.matcher(s).replaceAll("u");
        s = DOUBLED.matcher(s).replaceAll("$1");
        return trimEnding(s);
    }

    /** The word without marks, possessive, apostrophes and anything not a Latin letter or digit, in lower case. */
    private static String lettersOnly(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        return NOT_LATIN.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll("");
    }

    private static boolean plainDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** Letters and digits of ASCII only: no marks, apostrophes or possessive to remove. */
    private static boolean plainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static String trimEnding(String s) {
        if (s.length() > 3 && s.endsWith("h") && "aeiu".indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && (s.endsWith("a") || s.endsWith("e"))) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.endsWith("iy")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * The forms an Arabic word may take once its proclitics are removed, longest removal
     * last: و ف, then ب ك ل, with لل read as ل + ال ("للشعفة" → "شعفة"). Each form is only a
     * candidate: a caller keeps it only when it is a known name, so nothing is stemmed.
     */
    static List<String> withoutProclitics(String word) {
        List<String> forms = new ArrayList<>();
        if (!isArabic(word)) {
            return forms;
        }
        String w = NormalizedText.fold(word);
        String afterConjunction = w.length() > 3 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w;
        if (!afterConjunction.equals(w)) {
            forms.add(afterConjunction);
        }
        String p = afterConjunction;
        if (p.length() > 3 && (p.startsWith("ب") || p.startsWith("ك") || p.startsWith("ل"))) {
            String rest = p.substring(1);
            forms.add(rest);
            if (p.startsWith("لل") && rest.length() > 2) {
                forms.add("ال" + rest.substring(1));
            }
        }
        return forms;
    }
}
