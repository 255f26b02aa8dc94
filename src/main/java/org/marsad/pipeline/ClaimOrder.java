package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.Comparator;
import org.marsad.geo.LocatedClaim;

/**
 * The order claims are clustered in: by event date, then report id, then position in the report.
 * Clustering a set of claims in this order gives the same incidents whatever order the files came in.
 */
final class ClaimOrder {
    static final Comparator<LocatedClaim> CANONICAL = Comparator
            .comparing((LocatedClaim c) -> c.claim().date() == null ? LocalDate.MAX : c.claim().date())
            .thenComparing(c -> c.claim().report().value())
            .thenComparingInt(c -> c.claim().index());

    private ClaimOrder() {
    }
}
