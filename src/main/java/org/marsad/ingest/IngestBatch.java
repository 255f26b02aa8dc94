package org.marsad.ingest;

import java.util.List;
import org.marsad.report.Rejection;

/** What one read produced: the reports parsed and the input refused, in input order. */
public record IngestBatch(List<ParsedReport> reports, List<Rejection> rejections) {
    public IngestBatch {
        reports = List.copyOf(reports);
        rejections = List.copyOf(rejections);
    }
}
