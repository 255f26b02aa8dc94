package org.marsad.ingest;

import org.marsad.report.Origin;

/**
 * Reads a plain-text file as one report; its first non-empty line is the title when it is
 * short and more text follows. The title line stays in the text, since headlines carry claims.
 */
final class PlainTextReader implements WholeFileReader {
    static final int MAX_TITLE_LENGTH = 150;

    @Override
    public void read(Origin file, byte[] bytes, String text, Intake intake) {
        if (intake.fits(file, bytes.length)) {
            intake.accept(intake.raw(file, Format.TEXT, bytes), ReportFields.ofText(text, title(text)));
        }
    }

    static String title(String text) {
        String body = text.strip();
        int newline = body.indexOf('\n');
        if (newline < 0) {
            return null;
        }
        String line = body.substring(0, newline).strip();
        return line.length() <= MAX_TITLE_LENGTH ? line : null;
    }
}
