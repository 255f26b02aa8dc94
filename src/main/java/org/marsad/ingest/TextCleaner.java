package org.marsad.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans report text for display and extraction: Unicode NFC, control and bidi-override
 * characters removed, whitespace within a paragraph collapsed to one space, paragraphs (text
 * separated by a blank line) joined by exactly "\n\n", ends trimmed.
 *
 * <p>Spelling is never changed: Arabic letter variants, diacritics and digits stay as written
 * (folding for matching is {@code text.NormalizedText}'s job).
 */
final class TextCleaner {
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;
    private TextCleaner() {
    }

    /** The cleaned form of {@code text}; empty when nothing but whitespace and controls remain. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == LINE_SEPARATOR || cp == PARAGRAPH_SEPARATOR) {
                newlines += cp == PARAGRAPH_SEPARATOR ? 2 : 1;
                space = true;
            } else if (isSpace(cp)) {
                space = true;
            } else if (!isDropped(cp)) {
                if (newlines >= 2 && paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                } else if (space && paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.appendCodePoint(cp);
                newlines = 0;
                space = false;
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean isSpace(int cp) {
        return cp == '\r' || cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0x85
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Controls and invisible direction overrides carry no text; joiners (ZWJ, ZWNJ) do. */
    private static boolean isDropped(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0xFEFF || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0x061C
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || Character.getType(cp) == Character.SURROGATE;
    }
}
