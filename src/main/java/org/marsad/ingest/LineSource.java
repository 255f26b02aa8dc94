package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line of at most
 * {@code maxLineBytes}: a longer line is skipped to its end, counted but not kept. Lines end at
 * "\n"; a "\r" before it is dropped.
 */
final class LineSource {
    /** One line: its 1-based number, its bytes (empty when too long) and its full length in bytes. */
    record Line(int number, byte[] bytes, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;
    private boolean ended;

    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!fill()) {
            return null;
        }
        byte[] line = new byte[Math.min(maxLineBytes + 1, 256)];
        int kept = 0;
        long length = 0;
        while (fill()) {
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length < maxLineBytes + 1L) {
                if (kept == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes + 1L, line.length * 2L));
                }
                line[kept++] = b;
            }
            length++;
        }
        if (length > 0 && length <= maxLineBytes + 1L && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        number++;
        boolean tooLong = length > maxLineBytes;
        return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(line, kept), length, tooLong);
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (ended) {
            return false;
        }
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
            ended = true;
            limit = 0;
            return false;
        }
        return true;
    }
}
