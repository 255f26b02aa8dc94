package org.marsad.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Figure;
import org.marsad.extract.Stance;
import org.marsad.extract.TimePrecision;

/** Finds where an incident's sources disagree: tolls, denials, blame and dates. */
final class Conflicts {
    /** Tolls differing by at most this many people, or this share of the higher one, agree. */
    private static final int FIGURE_SLACK = 2;
    private static final double FIGURE_SHARE = 0.2;
    private static final Set<String> NOT_BLAMED = Set.of("unknown", "civilians");

    private final List<RuleAssessor.Statement> statements;

    Conflicts(List<RuleAssessor.Statement> statements) {
        this.statements = statements;
    }

    List<Conflict> find() {
        List<Conflict> out = new ArrayList<>();
        denials(out);
        blame(out);
        figures(out);
        dates(out);
        return out;
    }

    private void denials(List<Conflict> out) {
        for (RuleAssessor.Statement s : statements) {
            if (s.claim().stance() == Stance.DENIED) {
                String who = s.credit().origin();
                String side = s.credit().affiliation() == null ? "" : " (aligned with " + s.credit().affiliation() + ")";
                out.add(new Conflict(Conflict.Kind.DENIAL, who + side + " denies it: \"" + excerpt(s.claim()) + "\""));
            }
        }
    }

    private void blame(List<Conflict> out) {
        Map<String, List<String>> byActor = new LinkedHashMap<>();
        for (RuleAssessor.Statement s : asserted()) {
            if (oneSided(s.claim()) && s.claim().actor1() != null && !NOT_BLAMED.contains(s.claim().actor1().value())) {
                byActor.computeIfAbsent(s.claim().actor1().value(), k -> new ArrayList<>()).add(s.credit().origin());
            }
        }
        if (byActor.size() > 1) {
            out.add(new Conflict(Conflict.Kind.BLAME, "sources blame different parties: " + byActor.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue().stream().distinct().toList()) + ")")
                    .collect(Collectors.joining(" vs "))));
        }
    }

    /**
     * Blame is about who struck whom: in a battle either side may be named first, so only remote
     * violence and violence against civilians can have competing blame.
     */
    private static boolean oneSided(EventClaim claim) {
        return claim.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || claim.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    private void figures(List<Conflict> out) {
        figures(out, "death tolls", EventClaim::fatalities);
        figures(out, "civilian death tolls", EventClaim::civilianFatalities);
    }

    private void figures(List<Conflict> out, String what, java.util.function.Function<EventClaim, Figure> field) {
        Map<String, Figure> byOrigin = new LinkedHashMap<>();
        for (RuleAssessor.Statement s : asserted()) {
            Figure f = field.apply(s.claim());
            if (f != null) {
                byOrigin.putIfAbsent(s.credit().origin(), f);
            }
        }
        int low = byOrigin.values().stream().mapToInt(Figure::low).min().orElse(0);
        int high = byOrigin.values().stream().mapToInt(Figure::high).max().orElse(0);
        if (byOrigin.size() > 1 && high - low > FIGURE_SLACK && high - low > FIGURE_SHARE * high) {
            out.add(new Conflict(Conflict.Kind.FIGURES, what + " differ: " + byOrigin.entrySet().stream()
                    .map(e -> e.getKey() + " " + show(e.getValue())).collect(Collectors.joining(", "))));
        }
    }

    private void dates(List<Conflict> out) {
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        for (RuleAssessor.Statement s : asserted()) {
            if (s.claim().date() != null && s.claim().timePrecision() == TimePrecision.DAY) {
                byDate.computeIfAbsent(s.claim().date(), k -> new ArrayList<>()).add(s.credit().origin());
            }
        }
        if (byDate.size() > 1) {
            out.add(new Conflict(Conflict.Kind.DATE, "sources give different dates: " + byDate.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue().stream().distinct().toList()) + ")")
                    .collect(Collectors.joining(", "))));
        }
    }

    private List<RuleAssessor.Statement> asserted() {
        return statements.stream().filter(s -> s.claim().stance() == Stance.ASSERTED).toList();
    }

    static String show(Figure f) {
        return f.low() == f.high() ? String.valueOf(f.low()) : f.low() + "–" + f.high();
    }

    private static String excerpt(EventClaim claim) {
        String text = claim.evidence().strip();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
