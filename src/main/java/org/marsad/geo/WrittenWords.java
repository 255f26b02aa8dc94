package org.marsad.geo;

import java.util.Arrays;
import java.util.List;
import org.marsad.lexicon.Tokens;

/**
 * A text's words as {@link PlaceName#wordBounds} reads them, each with its folded form when the
 * lexicon's tokens already made it. Read off the tokens when that gives the same words, so that
 * a report is split into words once for the lexicon and the gazetteer; else scanned again.
 */
final class WrittenWords {
    final String text;
    /** Word i spans [bounds[2i], bounds[2i+1]) of the text. */
    final int[] bounds;
    /** Word i folded as {@link Tokens} folds it, or null when no single token is that word. */
    final String[] folded;

    private WrittenWords(String text, int[] bounds, String[] folded) {
        this.text = text;
        this.bounds = bounds;
        this.folded = folded;
    }

    static WrittenWords scan(String text) {
        int[] bounds = PlaceName.wordBounds(text);
        return new WrittenWords(text, bounds, new String[bounds.length / 2]);
    }

    /**
     * The words of a tokenized text. In a {@link Tokens#plain plain} text a token spans the letters
     * and digits of a written word and the marks on them; a written word may still join two tokens
     * over an inner apostrophe ("Sha'fah"). Any other word character between tokens means the two
     * readings differ, and the text is scanned.
     */
    static WrittenWords of(Tokens tokens) {
        String text = tokens.original();
        List<Tokens.Word> words = tokens.words();
        if (!tokens.plain()) {
            return scan(text);
        }
        int[] bounds = new int[2 * words.size()];
        String[] folded = new String[words.size()];
        int n = 0;
        int gapStart = 0;
        for (Tokens.Word w : words) {
            int wordChars = wordCharsIn(text, gapStart, w.start());
            if (wordChars > 0 && !(n > 0 && wordChars == 1 && w.start() - gapStart == 1)) {
                return scan(text);
            }
            if (wordChars == 1) {
                bounds[2 * n - 1] = w.end(); // "Sha'fah": one written word over two tokens
                folded[n - 1] = null;
            } else {
                bounds[2 * n] = w.start();
                bounds[2 * n + 1] = w.end();
                folded[n++] = w.folded();
            }
            gapStart = w.end();
        }
        if (wordCharsIn(text, gapStart, text.length()) > 0) {
            return scan(text);
        }
        return new WrittenWords(text, Arrays.copyOf(bounds, 2 * n), Arrays.copyOf(folded, n));
    }

    /** How many characters of {@code text[from, to)} {@link PlaceName} reads as word characters. */
    private static int wordCharsIn(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (PlaceName.isWordChar(text, i)) {
                count++;
            }
        }
        return count;
    }

    int size() {
        return folded.length;
    }

    int start(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }
}
