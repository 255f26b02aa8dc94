package org.marsad.ingest;

import org.marsad.report.Origin;

/** Reads the reports in one file that was read whole and decoded; bad input goes to the intake as rejections. */
interface WholeFileReader {
    void read(Origin file, byte[] bytes, String text, Intake intake);
}
