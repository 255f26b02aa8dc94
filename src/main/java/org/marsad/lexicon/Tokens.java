package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.NormalizedText;

/** A text split into words (runs of letters and digits) over its folded form, each word mapped back to the original. */
public final class Tokens {
    private final NormalizedText text;
    private final List<Word> words;
    /** Each word's proclitic-stripped forms, made once and shared by every phrase matcher. */
    private final String[][] forms;
    /** For each word, the matchers of {@link #bitsOf} with a phrase starting with one of its forms. */
    private final int[] firstWordBits;
    private FirstWords bitsOf;
    /**
     * The last words [from, to) each matcher searched and what it found, by the matcher's place in its
     * index of first words: a sentence is searched by several stages.
     */
    private final Found[] found = new Found[FirstWords.MATCHERS];

    private record Found(Phrases phrases, int from, int to, List<Phrases.Hit> hits) {
    }

    /** A word: its folded form and its span in the original text. */
    public record Word(String folded, int start, int end) {
    }

    private Tokens(NormalizedText text, List<Word> words) {
        this.text = text;
        this.words = words;
        this.forms = new String[words.size()][];
        this.firstWordBits = new int[words.size()];
    }

    public static Tokens of(String original) {
        NormalizedText text = NormalizedText.of(original);
        String f = text.folded();
        char[] fc = f.toCharArray(); // read as an array for the reason NormalizedText.of gives
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < fc.length) {
            if (!wordChar(fc[i])) {
                i++;
                continue;
            }
            int j = i;
            int hash = 0;
            while (j < fc.length && wordChar(fc[j])) {
                hash = 31 * hash + fc[j];
                j++;
            }
            words.add(new Word(word(f, i, j, hash), text.toOriginal(i), text.toOriginalEnd(j)));
            i = j;
        }
        return new Tokens(text, words);
    }

    /**
     * The folded words seen lately: a corpus repeats its vocabulary, and a word met again is the same
     * string, its hash already known to every set and map it is looked up in. Direct-mapped by the
     * word's {@link String#hashCode}; strings are immutable, so threads may share the table.
     */
    private static final String[] VOCABULARY = new String[1 << 16];

    /** The word {@code f[start, end)} whose {@link String#hashCode} is {@code hash}, from the vocabulary when seen lately. */
    private static String word(String f, int start, int end, int hash) {
        int slot = (hash ^ (hash >>> 16)) & (VOCABULARY.length - 1);
        String known = VOCABULARY[slot];
        int length = end - start;
        if (known != null && known.length() == length && f.regionMatches(start, known, 0, length)) {
            return known;
        }
        String word = f.substring(start, end);
        VOCABULARY[slot] = word;
        return word;
    }

    /** A letter or digit, with the common cases (ASCII, Arabic letters) decided without Character's tables. */
    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return (c >= 0x0621 && c <= 0x064A) || Character.isLetterOrDigit(c);
    }

    /** The folded words of a phrase, as lexicon entries are matched. */
    public static List<String> words(String phrase) {
        return of(phrase).words.stream().map(Word::folded).toList();
    }

    public List<Word> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word get(int i) {
        return words.get(i);
    }

    /** Word {@code i} and the forms left after removing each Arabic proclitic it starts with. */
    String[] forms(int i) {
        String[] f = forms[i];
        if (f == null) {
            f = Phrases.forms(words.get(i).folded()).toArray(String[]::new);
            forms[i] = f;
        }
        return f;
    }

    /**
     * For each word, the bits of the matchers of {@code index} that have a phrase starting with the
     * word in any of its forms, and {@link FirstWords#WHOLE_ENTRY} when the word as written is a one-word
     * entry; made for every word at the first ask, since every stage searches every sentence.
     */
    int[] firstWordBits(FirstWords index) {
        if (bitsOf != index) {
            for (int i = 0; i < words.size(); i++) {
                FirstWords.Known known = index.known(words.get(i).folded());
                if (forms[i] == null) {
                    forms[i] = known.forms();
                }
                firstWordBits[i] = known.bits();
            }
            bitsOf = index;
        }
        return firstWordBits;
    }

    List<Phrases.Hit> found(Phrases phrases, int from, int to) {
        Found f = found[phrases.slot()];
        return f != null && f.phrases() == phrases && f.from() == from && f.to() == to ? f.hits() : null;
    }

    List<Phrases.Hit> remember(Phrases phrases, int from, int to, List<Phrases.Hit> hits) {
        List<Phrases.Hit> kept = java.util.Collections.unmodifiableList(hits);
        found[phrases.slot()] = new Found(phrases, from, to, kept);
        return kept;
    }

    public String original() {
        return text.original();
    }

    /** Whether the text is {@link NormalizedText#plain plain}: each word spans the written letters and digits it folds. */
    public boolean plain() {
        return text.plain();
    }

    /** The original text from word {@code from} to word {@code to} (exclusive). */
    public String originalText(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.original().substring(words.get(from).start(), words.get(to - 1).end());
    }
}
