package org.marsad.ingest;

import org.marsad.report.Origin;

/** Reads a web page as one report: its main article text with the page's metadata. */
final class HtmlReader implements WholeFileReader {
    @Override
    public void read(Origin file, byte[] bytes, String text, Intake intake) {
        intake.accept(intake.raw(file, Format.HTML, bytes), ReportFields.ofHtml(text));
    }
}
