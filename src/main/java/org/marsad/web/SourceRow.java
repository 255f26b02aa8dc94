package org.marsad.web;

import org.marsad.assess.SourceCredit;
import org.marsad.extract.EventClaim;
import org.marsad.report.Report;

/**
 * One line of an incident's sources table: how the assessor credited one report's claim, and the
 * figures that report gave.
 *
 * @param credit the credit the assessor gave
 * @param report the report credited; null when it is not in the store any more
 * @param claim  the claim credited; null when it could not be matched
 */
record SourceRow(SourceCredit credit, Report report, EventClaim claim) {
    SourceRow {
        if (credit == null) {
            throw new IllegalArgumentException("source row needs a credit");
        }
    }

    public String fatalities() {
        return claim == null ? "—" : ClaimView.figure(claim.fatalities());
    }

    public String civilianFatalities() {
        return claim == null ? "—" : ClaimView.figure(claim.civilianFatalities());
    }

    /** Whether the source relays another origin rather than speaking for itself. */
    public boolean relays() {
        return !credit.origin().equals(credit.source());
    }
}
