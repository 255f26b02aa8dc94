package org.marsad.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.marsad.report.Origin;

/**
 * Reads files, folders and streams into parsed reports; everything wrong with the input becomes a
 * one-line rejection and the read goes on, so a bad file never costs the good ones.
 *
 * <p>The format comes from the extension ({@link Format}), or from the content when the
 * extension is unknown or absent. JSON Lines are streamed, so a JSON Lines file of any size is
 * read one line at a time; every other format is read whole, up to
 * {@link IngestSettings#maxFileBytes()}, a limit checked from the file's size before reading.
 * Reports read in one call share the retrieval time the clock gave at its start.
 */
public final class Ingestor {
    private static final int HEAD_BYTES = 8 * 1024;

    private final IngestSettings settings;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Map<Format, WholeFileReader> readers = Map.of(
            Format.TEXT, new PlainTextReader(),
            Format.HTML, new HtmlReader(),
            Format.TELEGRAM_JSON, new TelegramExportReader(json),
            Format.CSV, new CsvReportReader());

    public Ingestor(IngestSettings settings, Clock clock) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Reads a file, or every file under a folder recursively in sorted path order, hidden files
     * and folders (names starting with ".") skipped. A missing or unreadable path is a rejection.
     */
    public IngestBatch read(Path fileOrFolder) {
        if (fileOrFolder == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        Intake intake = new Intake(settings, clock.instant());
        if (Files.isDirectory(fileOrFolder)) {
            FolderWalk.of(fileOrFolder).forEach((file, failure) -> {
                if (failure.isEmpty()) {
                    readFile(file, intake);
                } else {
                    intake.reject(file.toString(), failure.get(), "");
                }
            });
        } else {
            readFile(fileOrFolder, intake);
        }
        return intake.toBatch();
    }

    /**
     * Reads a stream such as standard input in the given format; {@code name} is the origin
     * shown in rejections (e.g. "stdin"). The stream is read to its end but not closed.
     */
    public IngestBatch read(String name, InputStream in, Format format) {
        if (format == null) {
            throw new IllegalArgumentException("format must not be null for " + name + "; use read(name, in) to sniff it");
        }
        return readNamed(name, in, Optional.of(format));
    }

    /** Reads a stream such as standard input, its format sniffed from its first bytes. */
    public IngestBatch read(String name, InputStream in) {
        return readNamed(name, in, Optional.empty());
    }

    private IngestBatch readNamed(String name, InputStream in, Optional<Format> format) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("stream name must not be blank: '" + name + "'");
        }
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null: " + name);
        }
        Intake intake = new Intake(settings, clock.instant());
        try {
            readStream(name, new BufferedInputStream(in, HEAD_BYTES * 2), -1, format, intake);
        } catch (IOException e) {
            intake.reject(name, "cannot read: " + e.getMessage(), "");
        } catch (RuntimeException | StackOverflowError e) {
            rejectUnexpected(name, e, intake);
        }
        return intake.toBatch();
    }

    private void readFile(Path file, Intake intake) {
        String where = file.toString();
        String fileName = file.getFileName() == null ? where : file.getFileName().toString();
        Optional<Format> format = Format.forFileName(fileName);
        try {
            if (format.isEmpty() && Format.isUnsupported(fileName)) {
                intake.reject(where, "unsupported file type: ." + Format.extension(fileName), "");
                return;
            }
            long size = Files.size(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD_BYTES * 2)) {
                readStream(where, in, size, format, intake);
            }
        } catch (NoSuchFileException e) {
            intake.reject(where, "no such file", "");
        } catch (AccessDeniedException e) {
            intake.reject(where, "cannot read file: permission denied", "");
        } catch (IOException e) {
            intake.reject(where, "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage(), "");
        } catch (RuntimeException | StackOverflowError e) {
            rejectUnexpected(where, e, intake);
        }
    }

    /** Reads one input whose size is {@code size} bytes, or -1 when not known beforehand. */
    private void readStream(String where, InputStream in, long size, Optional<Format> given, Intake intake)
            throws IOException {
        if (given.isPresent() && given.get() != Format.JSON_LINES && size > settings.maxFileBytes()) {
            intake.reject(where, "file too large: " + size + " bytes, limit " + settings.maxFileBytes(), "");
            return;
        }
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            intake.reject(where, "empty file", "");
            return;
        }
        String binary = TextBytes.binaryReason(head);
        if (binary != null) {
            intake.reject(where, "not a text file: " + binary, "");
            return;
        }
        Format format = given.orElseGet(() -> Format.sniff(head));
        if (format == Format.JSON_LINES) {
            new JsonLinesReader(json).read(where, in, intake);
            return;
        }
        byte[] bytes = readWhole(where, in, size, intake);
        if (bytes != null) {
            decodeAndRead(Origin.file(where), bytes, format, intake);
        }
    }

    /** The whole input, or null after rejecting it as too large. */
    private byte[] readWhole(String where, InputStream in, long size, Intake intake) throws IOException {
        long limit = settings.maxFileBytes();
        if (size > limit) {
            intake.reject(where, "file too large: " + size + " bytes, limit " + limit, "");
            return null;
        }
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            intake.reject(where, "file too large: more than " + limit + " bytes, limit " + limit, "");
            return null;
        }
        return bytes;
    }

    private void decodeAndRead(Origin file, byte[] bytes, Format format, Intake intake) {
        String text;
        try {
            text = format == Format.HTML ? TextBytes.decodeHtml(bytes) : TextBytes.decode(bytes);
        } catch (InputRefused refused) {
            intake.reject(file.toString(), "not a text file: " + refused.reason(), "");
            return;
        }
        if (text.isBlank()) {
            intake.reject(file.toString(), "empty file", "");
            return;
        }
        readers.get(format).read(file, bytes, text, intake);
    }

    /**
     * A parser failing in a way no check foresaw is a defect here, not in the input; it is still
     * recorded against the file so that one file cannot end a run over thousands.
     */
    private static void rejectUnexpected(String where, Throwable e, Intake intake) {
        intake.reject(where, "could not be parsed (please report this): " + e.getClass().getName(), String.valueOf(e.getMessage()));
    }

    @Override
    public String toString() {
        return "Ingestor[" + settings + "]";
    }
}
