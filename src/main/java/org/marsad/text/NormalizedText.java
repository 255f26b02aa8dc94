package org.marsad.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for matching, with a map back to the original so that every match can be
 * reported as a span of the text the user sees.
 *
 * <p>Folding: Unicode NFKC; lower case; Arabic tatweel and diacritics removed; alef variants
 * (آ أ إ ٱ) to ا, alef maksura ى to ي, teh marbuta ة to ه (the same folds as Lucene's
 * ArabicNormalizationFilter); Arabic-Indic and Persian digits to ASCII digits. Names are
 * never stemmed.
 */
public final class NormalizedText {
    private final String original;
    private final String folded;
    /** Where each folded character came from; null when folding kept every offset (character i from i). */
    private final int[] originalStart;
    private final boolean plain;

    private NormalizedText(String original, String folded, int[] originalStart, boolean plain) {
        this.original = original;
        this.folded = folded;
        this.originalStart = originalStart;
        this.plain = plain;
    }

    /** Folds {@code text}; never throws, whatever the input. */
    public static NormalizedText of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        // An array, not the string: a string's characters are read one way for Latin-1 text and another
        // for Arabic, and the JIT, speculating on the script of the first texts it saw, recompiled the loop.
        char[] in = text.toCharArray();
        Folding out = new Folding(in);
        int i = out.length();
        while (i < in.length) {
            char c = in[i];
            char simple = simpleFold(c);
            if (simple != 0) {
                out.add(simple, i);
                i++;
            } else if (isArabicMark(c)) {
                out.dropMark();
                i++;
            } else {
                int cp = text.codePointAt(i);
                out.addUnplain(fold(cp), i);
                i += Character.charCount(cp);
            }
        }
        return out.done(text);
    }

    /** The folded characters made so far, each with the offset in the original it came from. */
    private static final class Folding {
        private char[] chars;
        /** Null while every character so far folded to one character at its own offset. */
        private int[] starts;
        private int length;
        private boolean plain = true;
        private boolean afterArabicLetter;

        /**
         * Starts by folding the text's leading run of characters the fast path takes one for one
         * (all of most English texts), writing no offsets: there each character comes from its own.
         */
        Folding(char[] text) {
            chars = new char[text.length];
            int i = 0;
            for (char c; i < text.length && (c = simpleFold(text[i])) != 0; i++) {
                chars[i] = c;
            }
            length = i;
            afterArabicLetter = i > 0 && isArabicLetter(chars[i - 1]);
        }

        int length() {
            return length;
        }

        void add(char c, int originalStart) {
            writeOffsets();
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2 + 1);
                starts = Arrays.copyOf(starts, chars.length + 1);
            }
            chars[length] = c;
            starts[length++] = originalStart;
            afterArabicLetter = isArabicLetter(c);
        }

        /** From here on offsets are written; those of the characters so far are their own. */
        private void writeOffsets() {
            if (starts == null) {
                starts = new int[chars.length + 1];
                for (int k = 0; k < length; k++) {
                    starts[k] = k;
                }
            }
        }

        /** A diacritic or tatweel, which folding drops: the text stays plain only when it sits on an Arabic letter. */
        void dropMark() {
            plain &= afterArabicLetter;
        }

        /** A character folded by the general path (NFKC): the text is no longer plain. */
        void addUnplain(String piece, int originalStart) {
            for (int k = 0; k < piece.length(); k++) {
                add(piece.charAt(k), originalStart);
            }
            plain = false;
        }

        NormalizedText done(String original) {
            if (starts == null && length == original.length()) {
                return new NormalizedText(original, new String(chars, 0, length), null, plain);
            }
            writeOffsets();
            starts[length] = original.length();
            int[] map = starts.length == length + 1 ? starts : Arrays.copyOf(starts, length + 1);
            return new NormalizedText(original, new String(chars, 0, length), map, plain);
        }
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0621 && c <= 0x064A;
    }

    /**
     * The fold of the characters most text is made of (ASCII, Arabic letters that NFKC leaves
     * alone, and the punctuation of news text), without allocating; 0 when the character needs
     * the general path. Package-private so that a test can hold it to the general path.
     */
    static char simpleFold(char c) {
        if (c < SIMPLE_FOLDS.length) {
            return SIMPLE_FOLDS[c];
        }
        return switch (c) {
            case '–', '—', '‘', '’', '“', '”' -> c;
            default -> 0;
        };
    }

    /** {@link #simpleFold} of ASCII, Latin-1 and the Arabic block, looked up rather than decided. */
    private static final char[] SIMPLE_FOLDS = simpleFolds();

    private static char[] simpleFolds() {
        char[] folds = new char[0x0700];
        for (char c = 1; c < 0x80; c++) {
            folds[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        for (char c = 0x0621; c <= 0x064A; c++) {
            folds[c] = switch (c) {
                case 'آ', 'أ', 'إ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                case 0x0640 -> 0;
                default -> c;
            };
        }
        for (char c : new char[] {'،', '؛', '؟', '«', '»'}) {
            folds[c] = c;
        }
        folds[0x00A0] = ' ';
        return folds;
    }

    /** Tatweel and the Arabic diacritics, which folding drops. */
    private static boolean isArabicMark(char c) {
        return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    /** Folds a single word or phrase, for building lexicon and gazetteer keys. */
    public static String fold(String text) {
        return of(text).folded();
    }

    /**
     * The folds of the BMP characters met so far: the general path runs NFKC, which is slow, and the
     * characters outside ASCII and Arabic letters that a corpus uses (Arabic punctuation, no-break
     * spaces, dashes) are few. Entries are immutable strings, so threads may share the table.
     */
    private static final String[] BMP_FOLDS = new String[Character.MAX_VALUE + 1];

    /** The fold of one code point by the general path. Package-private so that a test can compare the fast path with it. */
    static String fold(int cp) {
        if (cp > Character.MAX_VALUE) {
            return foldNow(cp);
        }
        String f = BMP_FOLDS[cp];
        if (f == null) {
            f = foldNow(cp);
            BMP_FOLDS[cp] = f;
        }
        return f;
    }

    private static String foldNow(int cp) {
        if (cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x200C
                || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0xFEFF) {
            return "";
        }
        if (cp == 'آ' || cp == 'أ' || cp == 'إ' || cp == 'ٱ') {
            return "ا";
        }
        if (cp == 'ى') {
            return "ي";
        }
        if (cp == 'ة') {
            return "ه";
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return String.valueOf((char) ('0' + cp - 0x0660));
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return String.valueOf((char) ('0' + cp - 0x06F0));
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (s.length() == 1 || s.codePointCount(0, s.length()) > 1) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(c -> b.append(fold1(c)));
            return b.toString();
        }
        return fold1(s.codePointAt(0));
    }

    private static String fold1(int cp) {
        if (cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670) {
            return "";
        }
        if (cp == 'آ' || cp == 'أ' || cp == 'إ' || cp == 'ٱ') {
            return "ا";
        }
        if (cp == 'ى') {
            return "ي";
        }
        if (cp == 'ة') {
            return "ه";
        }
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    public String original() {
        return original;
    }

    /**
     * Whether the text holds only ASCII, Arabic letters with the diacritics and tatweel on them,
     * and the punctuation of news text (Arabic comma, semicolon and question mark, quotes, dashes,
     * no-break space): each character folds to one character, the marks to none. In a plain text
     * each run of letters and digits of the folded text spans, in the original, a run of letters
     * and digits with the marks on them, so a reader of written words may take the folded words.
     */
    public boolean plain() {
        return plain;
    }

    /** The folded text that lexicons and gazetteers are matched against. */
    public String folded() {
        return folded;
    }

    /** The offset in the original text where the folded character at {@code foldedIndex} came from. */
    public int toOriginal(int foldedIndex) {
        if (foldedIndex < 0 || foldedIndex > folded.length()) {
            throw new IllegalArgumentException("folded index out of range 0.." + folded.length() + ": " + foldedIndex);
        }
        return originalStart == null ? foldedIndex : originalStart[foldedIndex];
    }

    /** The original end offset (exclusive) of a folded span ending at {@code foldedEnd} (exclusive). */
    public int toOriginalEnd(int foldedEnd) {
        if (foldedEnd <= 0) {
            return toOriginal(0);
        }
        int lastStart = toOriginal(foldedEnd - 1);
        int cp = original.codePointAt(lastStart);
        int end = lastStart + Character.charCount(cp);
        // swallow trailing marks (diacritics, tatweel) that folding dropped, up to the next kept
        // character or, after the last one, to the end of the text
        if (foldedEnd >= folded.length()) {
            return original.length();
        }
        return Math.min(Math.max(end, toOriginal(foldedEnd)), original.length());
    }

    @Override
    public String toString() {
        return "NormalizedText[NFKC → lower case → Arabic fold (tatweel, diacritics, alef, yeh, teh marbuta) → ASCII digits]";
    }
}
