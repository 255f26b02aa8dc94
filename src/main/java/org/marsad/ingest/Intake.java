package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Rejection;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.marsad.report.Stage;

/**
 * Receives what one read produces, in input order: turns a raw report and its fields into a
 * parsed report, or records why it could not, and hands each over to the caller's consumers.
 */
final class Intake {
    static final int MAX_ID_LENGTH = 200;

    private final IngestSettings settings;
    private final Instant retrievedAt;
    private final LanguageDetector languages = new LanguageDetector();
    private final Consumer<ParsedReport> reports;
    private final Consumer<Rejection> rejections;

    Intake(IngestSettings settings, Instant retrievedAt, Consumer<ParsedReport> reports, Consumer<Rejection> rejections) {
        this.settings = settings;
        this.retrievedAt = retrievedAt;
        this.reports = reports;
        this.rejections = rejections;
    }

    IngestSettings settings() {
        return settings;
    }

    /** A raw report of {@code bytes} taken now from {@code origin}. */
    RawReport raw(Origin origin, Format format, byte[] bytes) {
        return RawReport.of(origin, format.mediaType(), bytes, retrievedAt);
    }

    void reject(String where, String reason) {
        reject(where, reason, "");
    }

    void reject(String where, String reason, String value) {
        Rejection rejection = new Rejection(Stage.INGEST, where, reason, value);
        deliver(() -> rejections.accept(rejection));
    }

    void reject(Origin where, InputRefused refused) {
        reject(where.toString(), refused.reason(), refused.value());
    }

    /** Whether one report of {@code size} bytes is within the limit; records a rejection when not. */
    boolean fits(Origin where, long size) {
        if (size <= settings.maxReportBytes()) {
            return true;
        }
        reject(where.toString(), "report too large: " + size + " bytes, limit " + settings.maxReportBytes());
        return false;
    }

    /** Parses {@code fields} into a report of {@code raw}, or records why it is refused. */
    void accept(RawReport raw, ReportFields fields) {
        ParsedReport parsed;
        try {
            parsed = new ParsedReport(raw, report(raw, fields));
        } catch (InputRefused refused) {
            reject(raw.origin(), refused);
            return;
        }
        deliver(() -> reports.accept(parsed));
    }

    private Report report(RawReport raw, ReportFields fields) {
        HtmlArticle page = fields.text() == null ? HtmlArticle.of(fields.html()) : null;
        String text = page == null ? TextCleaner.clean(fields.text()) : page.text();
        if (text.isEmpty()) {
            throw new InputRefused(page == null ? "no text" : "no article text found in the HTML");
        }
        int textBytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > settings.maxReportBytes()) {
            throw new InputRefused("report text too large: " + textBytes + " bytes, limit " + settings.maxReportBytes());
        }
        return new Report(id(raw, fields.id()), raw.sha256(),
                either(oneLine(fields.source()), page == null ? null : page.source()),
                either(oneLine(fields.url()), page == null ? null : page.url()),
                fields.published() != null || page == null ? fields.published() : page.published(),
                language(fields.language(), page, text),
                either(oneLine(fields.title()), page == null ? null : page.title()),
                text, raw.origin());
    }

    private static ReportId id(RawReport raw, String given) {
        String id = oneLine(given);
        if (id == null) {
            return new ReportId("sha256:" + raw.sha256().substring(0, 16));
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InputRefused("id longer than " + MAX_ID_LENGTH + " characters: " + id.length(), id);
        }
        return new ReportId(id);
    }

    /**
     * The language a source gives wins. A page's {@code <html lang>} only settles text whose
     * script does not: site templates keep lang="en" over Arabic articles, and the script of the
     * extracted text is what extraction will read.
     */
    private Language language(String given, HtmlArticle page, String text) {
        if (given != null && !given.isBlank()) {
            return Language.ofCode(given);
        }
        Language detected = languages.detect(text);
        if (detected == Language.UNKNOWN && page != null && page.language() != null) {
            return page.language();
        }
        return detected;
    }

    private static String either(String given, String fromPage) {
        return given != null ? given : fromPage;
    }

    /** The cleaned value on one line, or null when blank. */
    private static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        String clean = TextCleaner.clean(value).replace("\n\n", " ");
        return clean.isEmpty() ? null : clean;
    }

    /** A consumer's failure is the caller's (a full disk, a closed store), never the input's: it is marked so to pass through. */
    private static void deliver(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            throw new DeliveryFailed(e);
        }
    }

    /** A caller's consumer failed; {@link Ingestor} rethrows the cause rather than blame the input. */
    static final class DeliveryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeliveryFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
