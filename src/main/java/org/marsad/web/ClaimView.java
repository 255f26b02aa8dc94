package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Figure;
import org.marsad.extract.Stance;
import org.marsad.geo.Location;
import org.marsad.report.Report;

/**
 * One claim as a report card shows it: the fields extracted, in words, with the excerpt of the
 * report it came from and the place it was resolved to.
 *
 * @param claim    the claim
 * @param location where it was placed; null when the claim names no place
 * @param excerpt  the report's text around the claim's evidence
 */
record ClaimView(EventClaim claim, Location location, Excerpt excerpt) {
    ClaimView {
        if (claim == null || excerpt == null) {
            throw new IllegalArgumentException("a claim view needs a claim and an excerpt");
        }
    }

    static ClaimView of(EventClaim claim, Location location, Report report) {
        return new ClaimView(claim, location, Excerpt.around(report.text(), claim.span(), claim.evidence()));
    }

    /** "Explosions/Remote violence › Air/drone strike", or what is known of it. */
    public String type() {
        if (claim.eventType() == null) {
            return "undecided";
        }
        return claim.subEventType() == null ? claim.eventType().acledName()
                : claim.eventType().acledName() + " › " + claim.subEventType().acledName();
    }

    /** "coalition → civilians": who acted on whom, as far as the report says. */
    public String actors() {
        String one = claim.actor1() == null ? "?" : claim.actor1().value();
        String two = claim.actor2() == null ? "?" : claim.actor2().value();
        return claim.actor1() == null && claim.actor2() == null ? "—" : one + " → " + two;
    }

    /** The place as written and, when resolved, the gazetteer entry it was resolved to. */
    public String place() {
        if (claim.place() == null) {
            return "—";
        }
        String mention = claim.place().text();
        if (location == null || !location.resolved() || location.name().equals(mention)) {
            return mention;
        }
        return mention + " → " + location.name();
    }

    public String date() {
        if (claim.date() == null) {
            return "—";
        }
        return claim.date() + switch (claim.timePrecision()) {
            case DAY -> "";
            case WEEK -> " (week)";
            case MONTH -> " (month)";
        };
    }

    public String fatalities() {
        return figure(claim.fatalities());
    }

    public String civilianFatalities() {
        return figure(claim.civilianFatalities());
    }

    public String injured() {
        return figure(claim.injured());
    }

    public String attributedTo() {
        return claim.attributedTo() == null ? "—" : claim.attributedTo();
    }

    public boolean denied() {
        return claim.stance() == Stance.DENIED;
    }

    /** "12", "12–14" for a range, "—" when the report gives no figure. */
    static String figure(Figure f) {
        if (f == null) {
            return "—";
        }
        return f.low() == f.high() ? String.valueOf(f.low()) : f.low() + "–" + f.high();
    }

    /** Every figure of the claim in one short line, e.g. "12 killed (12 civilians), 3 injured". */
    public String figures() {
        List<String> parts = new ArrayList<>();
        if (claim.fatalities() != null) {
            parts.add(figure(claim.fatalities()) + " killed");
        }
        if (claim.civilianFatalities() != null) {
            parts.add(figure(claim.civilianFatalities()) + " civilians killed");
        }
        if (claim.injured() != null) {
            parts.add(figure(claim.injured()) + " injured");
        }
        return parts.isEmpty() ? "no figures" : String.join(", ", parts);
    }
}
