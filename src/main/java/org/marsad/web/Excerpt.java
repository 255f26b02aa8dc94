package org.marsad.web;

import org.marsad.extract.Span;

/**
 * A piece of a report's text around a claim's evidence, split so that the page can highlight the
 * evidence with a {@code <mark>} while every piece stays escaped text.
 *
 * @param before      the text just before the evidence
 * @param evidence    the evidence itself; empty when it could not be found in the text
 * @param after       the text just after it
 * @param cutBefore   whether text before {@code before} was left out
 * @param cutAfter    whether text after {@code after} was left out
 */
record Excerpt(String before, String evidence, String after, boolean cutBefore, boolean cutAfter) {
    /** How many characters of context to keep on each side of the evidence. */
    static final int CONTEXT = 280;

    Excerpt {
        if (before == null || evidence == null || after == null) {
            throw new IllegalArgumentException("excerpt pieces must not be null");
        }
    }

    /**
     * The evidence at {@code span} of {@code text} with context; when the span does not fit the
     * text, the first occurrence of {@code evidence}; failing both, the start of the text.
     */
    static Excerpt around(String text, Span span, String evidence) {
        int start;
        int end;
        if (span != null && span.end() > span.start() && span.within(text)) {
            start = span.start();
            end = span.end();
        } else if (evidence != null && !evidence.isBlank() && text.contains(evidence.strip())) {
            start = text.indexOf(evidence.strip());
            end = start + evidence.strip().length();
        } else {
            int cut = boundaryBefore(text, Math.min(text.length(), 2 * CONTEXT));
            return new Excerpt(text.substring(0, cut), "", "", false, cut < text.length());
        }
        int from = start == 0 ? 0 : boundaryAfter(text, Math.max(0, start - CONTEXT), start);
        int to = end == text.length() ? end : boundaryBefore(text, Math.min(text.length(), end + CONTEXT), end);
        return new Excerpt(text.substring(from, start), text.substring(start, end), text.substring(end, to),
                from > 0, to < text.length());
    }

    /** The first word start at or after {@code index} (and at most {@code limit}), so no word is cut. */
    private static int boundaryAfter(String text, int index, int limit) {
        if (index == 0) {
            return 0;
        }
        int i = index;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    /** The last word end at or before {@code index} (and at least {@code floor}), so no word is cut. */
    private static int boundaryBefore(String text, int index, int floor) {
        if (index >= text.length()) {
            return text.length();
        }
        int i = index;
        while (i > floor && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > floor || Character.isWhitespace(text.charAt(i)) ? i : safe(text, index);
    }

    private static int boundaryBefore(String text, int index) {
        return boundaryBefore(text, index, 0);
    }

    /** Moves an index off the middle of a surrogate pair. */
    private static int safe(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
