package org.marsad.incident;

import org.marsad.geo.LocatedClaim;
import org.marsad.report.ReportId;

/** Names one claim across runs: its report and its position among that report's claims. */
public record ClaimKey(ReportId report, int index) {
    public ClaimKey {
        if (report == null || index < 0) {
            throw new IllegalArgumentException("a claim key needs a report and an index >= 0: " + report + "#" + index);
        }
    }

    public static ClaimKey of(LocatedClaim claim) {
        return new ClaimKey(claim.claim().report(), claim.claim().index());
    }

    @Override
    public String toString() {
        return report.value() + "#" + index;
    }
}
