package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decides whether bytes are UTF-8 text and decodes them strictly; nothing is ever guessed or replaced. */
final class TextBytes {
    private TextBytes() {
    }

    /**
     * Why {@code head}, the first bytes of an input, cannot be text, or null when it may be:
     * NUL bytes or a UTF-16 byte order mark.
     */
    static String binaryReason(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return "UTF-16 encoded, save it as UTF-8";
        }
        for (byte b : head) {
            if (b == 0) {
                return "contains NUL bytes";
            }
        }
        return null;
    }

    /**
     * The text of {@code bytes} as strict UTF-8 without a leading byte order mark.
     *
     * @throws InputRefused "contains NUL bytes" or "invalid UTF-8 at byte N" (0-based offset)
     */
    static String decode(byte[] bytes) {
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new InputRefused(binary);
        }
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputRefused("invalid UTF-8 at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InputRefused("invalid UTF-8 at byte " + in.position());
        }
        return out.flip().toString();
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
