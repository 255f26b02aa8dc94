package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether bytes are UTF-8 text and decodes them strictly; nothing is ever guessed or replaced. */
final class TextBytes {
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{1,40})", Pattern.CASE_INSENSITIVE);

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
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The text of {@code bytes} in {@code charset}, decoded strictly; a UTF-8 byte order mark is
     * dropped, since it wins over a declared charset.
     *
     * @throws InputRefused "contains NUL bytes" or "invalid NAME at byte N" (0-based offset)
     */
    static String decode(byte[] bytes, Charset charset) {
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new InputRefused(binary);
        }
        boolean bom = hasBom(bytes);
        int start = bom ? 3 : 0;
        Charset used = bom ? StandardCharsets.UTF_8 : charset;
        CharsetDecoder decoder = used.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputRefused("invalid " + used.name() + " at byte " + in.position());
        }
        return out.flip().toString();
    }

    /**
     * The text of a web page: UTF-8 when its bytes are valid UTF-8 (which pages mislabelled as
     * ISO-8859-1 often are), otherwise the charset the page declares, such as windows-1256 on
     * older Arabic sites.
     *
     * @throws InputRefused as {@link #decode(byte[], Charset)}
     */
    static String decodeHtml(byte[] bytes) {
        try {
            return decode(bytes);
        } catch (InputRefused notUtf8) {
            Charset declared = declaredHtmlCharset(bytes);
            if (declared.equals(StandardCharsets.UTF_8)) {
                throw notUtf8;
            }
            return decode(bytes, declared);
        }
    }

    /**
     * The charset an HTML page declares in its first bytes ({@code <meta charset>} or the
     * http-equiv content type), or UTF-8 when it declares none this runtime knows.
     */
    static Charset declaredHtmlCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_CHARSET.matcher(head);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(declared.group(1));
            // a page that really is UTF-16 or UTF-32 has NUL bytes and never gets here
            return charset.name().startsWith("UTF-") ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
