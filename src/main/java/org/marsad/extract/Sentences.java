package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into sentences at . ! ? ؟ ; and line breaks, keeping the paragraph of each. */
final class Sentences {
    private static final java.util.Set<String> MONTHS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    /** A sentence: its span in the text and the paragraph (counted from 0) it belongs to. */
    record Sentence(int start, int end, int paragraph) {
    }

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n';
            boolean stop = c == '!' || c == '?' || c == '؟' || c == ';' || c == '؛'
                    || (c == '.' && endsSentence(text, i));
            if (lineBreak || stop) {
                add(out, text, start, stop ? i + 1 : i, paragraph);
                start = i + 1;
                if (lineBreak && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    paragraph++;
                }
            }
            i++;
        }
        add(out, text, start, text.length(), paragraph);
        return out;
    }

    /**
     * A full stop ends a sentence unless it sits inside a number (3.5), closes a one-letter
     * abbreviation glued to what follows ("U.S.-led", "U.S.-backed"), closes an abbreviated month
     * before its day ("on Nov. 17"), or is followed by a word in lower case ("the U.S. forces").
     */
    private static boolean endsSentence(String text, int i) {
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if ((digitBefore && digitAfter) || (abbreviatedMonth(text, i) && digitNext(text, i + 1))) {
            return false;
        }
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isLetter(after) || (after == '-' && initial(text, i))) {
            return false;
        }
        return !(initial(text, i) && after == ' ' && lowerCaseNext(text, i + 1));
    }

    /** Whether the full stop at {@code i} closes a single capital letter ("U." or the "S." of "U.S."). */
    private static boolean initial(String text, int i) {
        return i > 0 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    }

    private static boolean abbreviatedMonth(String text, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return MONTHS.contains(text.substring(start, i));
    }

    private static boolean digitNext(String text, int from) {
        int j = from;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && Character.isDigit(text.charAt(j));
    }

    private static boolean lowerCaseNext(String text, int from) {
        int j = from;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
        }
    }
}
