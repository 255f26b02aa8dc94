package org.marsad.extract;

/** A half-open range [start, end) of character offsets in a report's original text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end: [" + start + ", " + end + ")");
        }
    }

    public boolean within(String text) {
        return end <= text.length();
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
