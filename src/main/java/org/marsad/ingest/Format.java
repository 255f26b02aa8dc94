package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file formats Marsad reads reports from, each known by its extensions and its media type. */
public enum Format {
    /** Plain text: the whole file is one report. */
    TEXT("text/plain", "txt", "text"),
    /** A web page: its main article text, boilerplate removed, is one report. */
    HTML("text/html", "html", "htm", "xhtml"),
    /** Report JSON Lines: one report object per line. */
    JSON_LINES("application/x-ndjson", "jsonl", "ndjson"),
    /** A Telegram Desktop chat or channel export ({@code result.json}): one report per message. */
    TELEGRAM_JSON("application/json", "json"),
    /** CSV with a header naming at least a {@code text} column: one report per row. */
    CSV("text/csv", "csv");

    /** Extensions of files that are surely not reports Marsad can read. */
    private static final Set<String> UNSUPPORTED = Set.of(
            "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx",
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "svg",
            "mp3", "mp4", "m4a", "ogg", "oga", "opus", "wav", "webm", "mov", "avi", "mkv",
            "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "dll", "so", "jar", "class");

    /** Extensions of the notes that travel with a folder of reports (read-me files, answer keys, logs). */
    private static final Set<String> COMPANIONS = Set.of("md", "markdown", "rst", "tsv", "log");

    private final String mediaType;
    private final Set<String> extensions;

    Format(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    /** The media type recorded on raw reports of this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension names, case-insensitively; empty for unknown or no extension. */
    public static Optional<Format> forFileName(String fileName) {
        String extension = extension(fileName);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether the extension names a kind of file (PDF, image, archive…) that is never read. */
    static boolean isUnsupported(String fileName) {
        return UNSUPPORTED.contains(extension(fileName));
    }

    /**
     * Whether a file found in a folder is a note about the reports rather than a report: a
     * Markdown, reStructuredText, TSV or log file, or a README, LICENSE, NOTICE or ATTRIBUTION file.
     * Folder walks skip these; a file named on its own is still read.
     */
    static boolean isCompanion(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .toUpperCase(Locale.ROOT);
        return COMPANIONS.contains(extension(fileName)) || base.startsWith("README") || base.startsWith("LICENSE")
                || base.startsWith("NOTICE") || base.startsWith("ATTRIBUTION");
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Guesses the format from the first bytes of a text input: markup is HTML, an object per
     * line is JSON Lines, any other JSON object is a Telegram export, a comma-separated first
     * line naming a {@code text} column is CSV, anything else plain text.
     */
    static Format sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int newline = text.indexOf('\n');
        String firstLine = (newline < 0 ? text : text.substring(0, newline)).strip();
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || (lower.startsWith("<") && containsAny(lower, "<body", "<head", "<p>", "<div", "<article"))) {
            return HTML;
        }
        if (firstLine.startsWith("{") && firstLine.endsWith("}") && !firstLine.contains("\"messages\"")) {
            return JSON_LINES;
        }
        if (text.startsWith("{")) {
            return TELEGRAM_JSON;
        }
        if (firstLine.contains(",") && isCsvHeader(firstLine)) {
            return CSV;
        }
        return TEXT;
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCsvHeader(String line) {
        for (String name : line.split(",")) {
            String column = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (column.equals("text")) {
                return true;
            }
        }
        return false;
    }
}
