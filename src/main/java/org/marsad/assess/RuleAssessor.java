package org.marsad.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Stance;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * Grades an incident by rules a verifier can check: who said it, whom they cite, whether they copy
 * one another, whether the accused confirms or denies. A report that cites an origin counts as that
 * origin; a near-copy of an earlier report counts once; a belligerent's outlet is partisan about its
 * own side. Estimates keep one figure per independent origin and span them low to high.
 */
public final class RuleAssessor implements Assessor {
    private final SourceProfiles profiles;
    private final Reliability reliability;

    public RuleAssessor(SourceProfiles profiles) {
        this(profiles, Reliability.NEUTRAL);
    }

    /** An assessor that weighs each origin's figures by its learned reliability. */
    public RuleAssessor(SourceProfiles profiles, Reliability reliability) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.reliability = Objects.requireNonNull(reliability, "reliability");
    }

    @Override
    public Assessment assess(Incident incident, Function<ReportId, Report> reports) {
        List<Statement> statements = statements(incident, reports);
        List<SourceCredit> credits = statements.stream().map(Statement::credit).toList();
        List<Statement> independent = statements.stream().filter(s -> s.credit().independent()).toList();
        List<Conflict> conflicts = new Conflicts(statements).find();
        List<String> reasons = new ArrayList<>();
        Grade grade = grade(statements, independent, conflicts, reasons);
        reasons.addAll(sourceReasons(statements));
        return new Assessment(grade, reasons,
                Estimates.of(independent, EventClaim::fatalities, reliability),
                Estimates.of(independent, EventClaim::civilianFatalities, reliability),
                credits, conflicts);
    }

    /** One report's claim with the credit it earns, oldest report first. */
    record Statement(EventClaim claim, Report report, SourceCredit credit, boolean copy) {
        /**
         * The source's side takes part: it is named; or the event is a battle or a strategic move, and a
         * role is left unnamed — a belligerent's outlet writes of its own side as "our forces" (قواتنا).
         */
        boolean partisan() {
            String side = credit.affiliation();
            if (side == null) {
                return false;
            }
            return isActor(claim.actor1(), side) || isActor(claim.actor2(), side)
                    || (twoSided(claim) && (claim.actor1() == null || claim.actor2() == null));
        }

        /** The source speaks for the acting party: the attacker in one-sided violence, either side otherwise. */
        boolean accusedSpeaks() {
            return twoSided(claim) ? partisan()
                    : credit.affiliation() != null && isActor(claim.actor1(), credit.affiliation());
        }

        private static boolean twoSided(EventClaim claim) {
            return claim.eventType() == EventType.BATTLES || claim.eventType() == EventType.STRATEGIC_DEVELOPMENTS;
        }

        private static boolean isActor(ActorId actor, String id) {
            return actor != null && actor.value().equals(id);
        }
    }

    private List<Statement> statements(Incident incident, Function<ReportId, Report> reports) {
        List<LocatedClaim> ordered = new ArrayList<>(incident.claims());
        Map<ReportId, Report> byId = new LinkedHashMap<>();
        ordered.forEach(c -> byId.computeIfAbsent(c.claim().report(), reports));
        ordered.sort(Comparator.comparing((LocatedClaim c) -> published(byId.get(c.claim().report())))
                .thenComparing(c -> c.claim().report().value()).thenComparingInt(c -> c.claim().index()));
        List<Statement> out = new ArrayList<>();
        Set<String> originsSeen = new LinkedHashSet<>();
        List<Shingles> earlier = new ArrayList<>();
        for (LocatedClaim located : ordered) {
            EventClaim claim = located.claim();
            Report report = byId.get(claim.report());
            String source = profiles.canonical(report.source() == null ? "unknown source" : report.source());
            String origin = claim.attributedTo() == null ? source : profiles.canonical(claim.attributedTo());
            Shingles shingles = Shingles.of(report.text());
            boolean copy = earlier.stream().anyMatch(e -> e.similarity(shingles) > Shingles.COPY_THRESHOLD);
            earlier.add(shingles);
            boolean independent = !copy && claim.stance() == Stance.ASSERTED && originsSeen.add(origin);
            out.add(new Statement(claim, report,
                    new SourceCredit(source, origin, independent, profiles.affiliation(origin),
                            claim.report().value(), claim.index()), copy));
        }
        return out;
    }

    private static String published(Report report) {
        return report.published() == null ? "~" : report.published().toString();
    }

    private static Grade grade(List<Statement> all, List<Statement> independent, List<Conflict> conflicts,
                               List<String> reasons) {
        for (Conflict c : conflicts) {
            if (c.kind() == Conflict.Kind.DENIAL || c.kind() == Conflict.Kind.BLAME) {
                reasons.add("Contested: " + c.description());
            }
        }
        if (!reasons.isEmpty()) {
            return Grade.CONTESTED;
        }
        Optional<String> combatants = combatantsNotCivilians(independent);
        if (combatants.isPresent()) {
            reasons.add(combatants.get());
            return Grade.DISCOUNTED;
        }
        long credible = independent.stream().filter(s -> !s.partisan()).count();
        boolean accused = all.stream().anyMatch(s -> s.claim().stance() == Stance.ASSERTED && s.accusedSpeaks());
        if (accused && credible >= 1) {
            reasons.add("Confirmed: the acting party's own source (" + all.stream().filter(Statement::accusedSpeaks)
                    .findFirst().orElseThrow().credit().origin() + ") reports it, and " + credible
                    + " independent source(s) not aligned with it agree");
            return Grade.CONFIRMED;
        }
        if (credible >= 2) {
            reasons.add("Fair: " + credible + " independent sources not aligned with a party report it ("
                    + String.join(", ", independent.stream().filter(s -> !s.partisan())
                    .map(s -> s.credit().origin()).toList()) + ")");
            return Grade.FAIR;
        }
        reasons.add(credible == 1 ? "Weak: a single independent source ("
                + independent.stream().filter(s -> !s.partisan()).findFirst().orElseThrow().credit().origin() + ")"
                : "Weak: only sources aligned with a party to the event report it");
        return Grade.WEAK;
    }

    /**
     * Civilian harm claimed only by outlets aligned with an armed group, while a source aligned with no
     * party reports the dead as that group's own fighters: the claim of civilian harm is discounted.
     */
    private static Optional<String> combatantsNotCivilians(List<Statement> independent) {
        if (independent.stream().anyMatch(s -> s.credit().affiliation() == null && civilianHarm(s.claim()))) {
            return Optional.empty();
        }
        for (Statement claimant : independent) {
            String side = claimant.credit().affiliation();
            if (side == null || !civilianHarm(claimant.claim())) {
                continue;
            }
            for (Statement witness : independent) {
                EventClaim w = witness.claim();
                if (witness.credit().affiliation() == null && w.actor2() != null && w.actor2().value().equals(side)
                        && w.fatalities() != null && w.civilianFatalities() == null) {
                    return Optional.of("Discounted: " + claimant.credit().origin() + " (aligned with " + side
                            + ") reports civilians killed, but " + witness.credit().origin()
                            + ", aligned with no party, reports the dead as " + side + " fighters");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean civilianHarm(EventClaim claim) {
        return (claim.civilianFatalities() != null && claim.civilianFatalities().high() > 0)
                || (claim.actor2() != null && claim.actor2().value().equals("civilians"));
    }

    private static List<String> sourceReasons(List<Statement> statements) {
        List<String> reasons = new ArrayList<>();
        for (Statement s : statements) {
            SourceCredit c = s.credit();
            if (s.copy()) {
                reasons.add(c.source() + " repeats the text of an earlier report and counts once");
            } else if (!c.origin().equals(c.source()) && !c.independent() && s.claim().stance() == Stance.ASSERTED) {
                reasons.add(c.source() + " cites " + c.origin() + ", already counted");
            } else if (!c.origin().equals(c.source())) {
                reasons.add(c.source() + " cites " + c.origin() + " and counts as " + c.origin());
            }
            if (s.partisan()) {
                reasons.add(c.origin() + " is aligned with " + c.affiliation() + ", a party to the event");
            }
        }
        return reasons.stream().distinct().toList();
    }
}
