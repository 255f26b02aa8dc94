package org.marsad.extract;

import java.util.List;
import org.marsad.report.Report;

/** Finds every claim a report makes about a conflict event; never throws on any text. */
public interface Extractor {
    List<EventClaim> extract(Report report);
}
