package org.marsad.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.marsad.report.Origin;

/**
 * Reads one input, a file's bytes or a stream's, into the intake: refuses empty, binary and
 * oversized input, picks the format (given, or sniffed from the first bytes), streams JSON Lines
 * and hands every other format, read whole and decoded, to its reader.
 */
final class InputReader {
    private static final int HEAD_BYTES = 8 * 1024;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Map<Format, WholeFileReader> readers = Map.of(
            Format.TEXT, new PlainTextReader(),
            Format.HTML, new HtmlReader(),
            Format.TELEGRAM_JSON, new TelegramExportReader(json),
            Format.CSV, new CsvReportReader());

    /**
     * Reads {@code source} of {@code size} bytes, or -1 when the size is not known beforehand, in
     * the {@code given} format or, when none is given, the one its first bytes show. A format known
     * only from a file's extension ({@code byExtension}) yields to JSON Lines found in a ".json" file.
     */
    void read(String where, InputStream source, long size, Optional<Format> given, boolean byExtension, Intake intake)
            throws IOException {
        long limit = intake.settings().maxFileBytes();
        if (given.isPresent() && given.get() != Format.JSON_LINES && size > limit) {
            intake.reject(where, "file too large: " + size + " bytes, limit " + limit);
            return;
        }
        InputStream in = new BufferedInputStream(source, HEAD_BYTES * 2);
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            intake.reject(where, "empty file");
            return;
        }
        String binary = TextBytes.binaryReason(head);
        if (binary != null) {
            intake.reject(where, "not a text file: " + binary);
            return;
        }
        Format format = format(given, byExtension, head);
        if (format == Format.JSON_LINES) {
            new JsonLinesReader(json).read(where, in, intake);
        } else {
            Optional<byte[]> bytes = readWhole(where, in, size, intake);
            bytes.ifPresent(whole -> decodeAndRead(Origin.file(where), whole, format, intake));
        }
    }

    private static Format format(Optional<Format> given, boolean byExtension, byte[] head) {
        Format sniffed = Format.sniff(head);
        if (given.isEmpty() || byExtension && given.get() == Format.TELEGRAM_JSON && sniffed == Format.JSON_LINES) {
            return sniffed;
        }
        return given.get();
    }

    /** The whole input, or empty after rejecting it as too large. */
    private static Optional<byte[]> readWhole(String where, InputStream in, long size, Intake intake) throws IOException {
        long limit = intake.settings().maxFileBytes();
        if (size > limit) {
            intake.reject(where, "file too large: " + size + " bytes, limit " + limit);
            return Optional.empty();
        }
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            intake.reject(where, "file too large: more than " + limit + " bytes, limit " + limit);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private void decodeAndRead(Origin file, byte[] bytes, Format format, Intake intake) {
        String text;
        try {
            text = format == Format.HTML ? TextBytes.decodeHtml(bytes) : TextBytes.decode(bytes);
        } catch (InputRefused refused) {
            intake.reject(file.toString(), "not a text file: " + refused.reason());
            return;
        }
        if (text.isBlank()) {
            intake.reject(file.toString(), "empty file");
            return;
        }
        readers.get(format).read(file, bytes, text, intake);
    }
}
