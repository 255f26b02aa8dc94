package org.marsad.pipeline;

import java.time.Duration;

/**
 * What one ingest run did, in the figures the CLI prints and the audit log keeps.
 *
 * @param reportsRead   reports parsed from the input
 * @param reportsNew    of those, reports whose bytes were not stored before
 * @param duplicates    reports whose exact bytes were already stored (nothing new stored)
 * @param rejections    input refused, each recorded with its reason
 * @param claims        claims extracted from the new reports
 * @param incidentsNew  incidents created
 * @param incidentsUpdated existing incidents that gained claims and were re-assessed
 * @param took          wall-clock time of the run
 */
public record IngestSummary(int reportsRead, int reportsNew, int duplicates, int rejections, int claims,
                            int incidentsNew, int incidentsUpdated, Duration took) {

    /** One line for the terminal and the audit log. */
    public String line() {
        return String.format("%d reports read: %d new, %d already stored; %d rejected; %d claims; "
                        + "%d incidents created, %d updated (%.1f s)",
                reportsRead, reportsNew, duplicates, rejections, claims, incidentsNew, incidentsUpdated,
                took.toMillis() / 1000.0);
    }
}
