package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.report.Rejection;

/**
 * Reads files, folders and streams into parsed reports; everything wrong with the input becomes a
 * one-line rejection and the read goes on, so a bad file never costs the good ones.
 *
 * <p>The format comes from the extension ({@link Format}), or from the content when the
 * extension is unknown or absent. JSON Lines are streamed, so a JSON Lines file of any size is
 * read one line at a time; every other format is read whole, up to
 * {@link IngestSettings#maxFileBytes()}, a limit checked from the file's size before reading.
 * Reports read in one call share the retrieval time the clock gave at its start. An ingestor
 * holds no state between calls and may be shared by threads.
 */
public final class Ingestor {
    private final IngestSettings settings;
    private final Clock clock;
    private final InputReader inputs = new InputReader();

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
        List<ParsedReport> reports = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(fileOrFolder, reports::add, rejections::add);
        return new IngestBatch(reports, rejections);
    }

    /**
     * Reads as {@link #read(Path)} does, handing each report and rejection over as soon as it is
     * read, so that memory does not grow with the input (a JSON Lines file of millions of
     * lines). An exception thrown by a consumer ends the read and reaches the caller unchanged.
     */
    public void read(Path fileOrFolder, Consumer<ParsedReport> reports, Consumer<Rejection> rejections) {
        if (fileOrFolder == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        Intake intake = intake(reports, rejections);
        if (Files.isDirectory(fileOrFolder)) {
            FolderWalk.of(fileOrFolder).forEach((file, failure) -> {
                if (failure.isEmpty()) {
                    readFile(file, intake);
                } else {
                    intake.reject(file.toString(), failure.get());
                }
            });
        } else {
            readFile(fileOrFolder, intake);
        }
    }

    /**
     * Reads a stream such as standard input in the given format; {@code name} is the origin
     * shown in rejections (e.g. "stdin"). The stream is read to its end but not closed.
     */
    public IngestBatch read(String name, InputStream in, Format format) {
        if (format == null) {
            throw new IllegalArgumentException("format must not be null for " + name + "; use read(name, in) to sniff it");
        }
        return collect(name, in, Optional.of(format));
    }

    /** Reads a stream such as standard input, its format sniffed from its first bytes. */
    public IngestBatch read(String name, InputStream in) {
        return collect(name, in, Optional.empty());
    }

    /**
     * Reads a stream as {@link #read(String, InputStream, Format)} does, handing each report and
     * rejection over as soon as it is read; {@code format} null means sniff it.
     */
    public void read(String name, InputStream in, Format format,
                     Consumer<ParsedReport> reports, Consumer<Rejection> rejections) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("stream name must not be blank: '" + name + "'");
        }
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null: " + name);
        }
        Intake intake = intake(reports, rejections);
        try {
            inputs.read(name, in, -1, Optional.ofNullable(format), false, intake);
        } catch (IOException e) {
            intake.reject(name, "cannot read: " + e.getMessage());
        } catch (Intake.DeliveryFailed e) {
            throw e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            rejectUnexpected(name, e, intake);
        }
    }

    private IngestBatch collect(String name, InputStream in, Optional<Format> format) {
        List<ParsedReport> reports = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(name, in, format.orElse(null), reports::add, rejections::add);
        return new IngestBatch(reports, rejections);
    }

    private Intake intake(Consumer<ParsedReport> reports, Consumer<Rejection> rejections) {
        if (reports == null || rejections == null) {
            throw new IllegalArgumentException("report and rejection consumers must not be null");
        }
        return new Intake(settings, clock.instant(), reports, rejections);
    }

    private void readFile(Path file, Intake intake) {
        String where = file.toString();
        String fileName = file.getFileName() == null ? where : file.getFileName().toString();
        Optional<Format> format = Format.forFileName(fileName);
        try {
            if (format.isEmpty() && Format.isUnsupported(fileName)) {
                intake.reject(where, "unsupported file type: ." + Format.extension(fileName));
                return;
            }
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                inputs.read(where, in, size, format, true, intake);
            }
        } catch (NoSuchFileException e) {
            intake.reject(where, "no such file");
        } catch (AccessDeniedException e) {
            intake.reject(where, "cannot read file: permission denied");
        } catch (IOException e) {
            intake.reject(where, "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (Intake.DeliveryFailed e) {
            throw e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            rejectUnexpected(where, e, intake);
        }
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
