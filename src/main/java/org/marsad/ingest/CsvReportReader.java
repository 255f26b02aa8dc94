package org.marsad.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.marsad.report.Origin;

/**
 * Reads CSV whose header names a {@code text} column, and optionally {@code id, url, source,
 * published, language, title, html} (any case, any order, other columns ignored): one report
 * per row, origin {@code file:line} of the row's first line, raw bytes the header line and the
 * row as written. A bad row is rejected and the rows after it still read; a quoting error that
 * leaves the rest of the file unreadable is rejected at the row where it starts.
 */
final class CsvReportReader implements WholeFileReader {
    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true).setTrim(true).get();

    private static final Pattern START_LINE = Pattern.compile("\\((?:start)?line ([\\d,]+)\\)");

    @Override
    public void read(Origin file, byte[] bytes, String text, Intake intake) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), HEADED)) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            if (!columns.contains("text") && !columns.contains("html")) {
                intake.reject(file.toString(), "CSV header has no \"text\" column", String.join(",", parser.getHeaderNames()));
                return;
            }
            readRows(file, new CsvText(text), parser, intake);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            intake.reject(file.toString(), "invalid CSV header: " + e.getMessage());
        }
    }

    private void readRows(Origin file, CsvText text, CSVParser parser, Intake intake) {
        Iterator<CSVRecord> rows = parser.iterator();
        List<CSVRecord> read = new ArrayList<>();
        String failure = null;
        while (failure == null) {
            try {
                if (!rows.hasNext()) {
                    break;
                }
                read.add(rows.next());
            } catch (UncheckedIOException | IllegalStateException e) {
                failure = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            }
        }
        for (int i = 0; i < read.size(); i++) {
            long end = i + 1 < read.size() ? read.get(i + 1).getCharacterPosition() : text.length();
            readRow(file, text, read.get(i), end, parser.getHeaderNames().size(), intake);
        }
        if (failure != null) {
            rejectUnreadableRest(file, failure, intake);
        }
    }

    /** Commons CSV names the line where the broken row starts as "(startline N)" in its message. */
    private static void rejectUnreadableRest(Origin file, String failure, Intake intake) {
        Matcher start = START_LINE.matcher(failure == null ? "" : failure);
        int line = start.find() ? Integer.parseInt(start.group(1).replace(",", "")) : 0;
        String reason = start.replaceFirst("").strip();
        intake.reject(new Origin(file.location(), line).toString(), "invalid CSV: " + reason);
    }

    private void readRow(Origin file, CsvText text, CSVRecord row, long end, int columns, Intake intake) {
        Origin where = new Origin(file.location(), text.lineAt(row.getCharacterPosition()));
        if (row.size() != columns) {
            intake.reject(where.toString(), "row has " + row.size() + " fields, header has " + columns);
            return;
        }
        byte[] bytes = (text.header() + "\n" + text.slice(row.getCharacterPosition(), end)).getBytes(StandardCharsets.UTF_8);
        if (!intake.fits(where, bytes.length)) {
            return;
        }
        try {
            String body = field(row, "text");
            String html = field(row, "html");
            if (body == null && html == null) {
                throw new InputRefused("neither \"text\" nor \"html\" given");
            }
            String published = field(row, "published");
            intake.accept(intake.raw(where, Format.CSV, bytes), new ReportFields(field(row, "id"), field(row, "url"),
                    field(row, "source"), published == null ? null : PublishedTime.parse(published),
                    field(row, "language"), field(row, "title"), body, body == null ? html : null));
        } catch (InputRefused refused) {
            intake.reject(where, refused);
        }
    }

    private static String field(CSVRecord row, String name) {
        if (!row.isMapped(name)) {
            return null;
        }
        String value = row.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The decoded file, with line numbers for character positions. */
    private static final class CsvText {
        private final String text;
        private final int[] lineStarts;

        CsvText(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(lineStarts, (int) Math.min(position, text.length()));
            return found >= 0 ? found + 1 : -found - 1;
        }

        long length() {
            return text.length();
        }

        String header() {
            return slice(0, headerEnd());
        }

        long headerEnd() {
            return lineStarts.length > 1 ? lineStarts[1] : text.length();
        }

        String slice(long start, long end) {
            return text.substring((int) start, (int) end).replaceAll("[\\r\\n]+$", "");
        }
    }
}
