package org.marsad.geo;

import org.marsad.extract.EventClaim;
import org.marsad.report.Report;

/** Resolves the place a claim mentions, using the whole report as context; never throws on any text. */
public interface Locator {
    LocatedClaim locate(EventClaim claim, Report report);
}
