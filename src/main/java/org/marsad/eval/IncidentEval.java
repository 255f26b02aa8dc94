package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.assess.Grade;
import org.marsad.extract.EventClaim;
import org.marsad.pipeline.AssessedIncident;
import org.marsad.report.Language;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * Scores predicted incidents against an incident gold file, over reports. A report's predicted clusters
 * are the incidents that hold any of its claims (a report with none sits alone); its gold clusters are
 * its gold incidents (a report about no event sits alone). Grades are checked on each gold incident's
 * main predicted incident: the one holding most of its reports, ties to the id that sorts first.
 */
public final class IncidentEval {
    /** The key under which merges list reports about no event. */
    public static final String NO_EVENT = "(no event)";

    private final IncidentGold gold;
    private final Map<ReportId, Language> languages = new LinkedHashMap<>();
    private final Map<ReportId, Set<String>> predicted = new LinkedHashMap<>();
    private final Map<String, AssessedIncident> byId = new TreeMap<>();

    /** Every gold report must be among {@code reports}; other reports are ignored. */
    public IncidentEval(IncidentGold gold, List<Report> reports, List<AssessedIncident> incidents) {
        this.gold = gold;
        reports.forEach(r -> languages.put(r.id(), r.language()));
        for (ReportId id : gold.incidents().keySet()) {
            if (!languages.containsKey(id)) {
                throw new IllegalArgumentException("gold report " + id + " is not among the reports evaluated");
            }
            predicted.put(id, new LinkedHashSet<>());
        }
        for (AssessedIncident i : incidents) {
            byId.put(i.incident().id().value(), i);
            i.incident().claims().stream().map(c -> c.claim().report()).filter(predicted::containsKey)
                    .forEach(r -> predicted.get(r).add(i.incident().id().value()));
        }
    }

    public IncidentEvaluation evaluate() {
        Map<ReportId, Set<String>> goldLabels = new LinkedHashMap<>();
        Map<ReportId, Set<String>> predictedLabels = new LinkedHashMap<>();
        for (Map.Entry<ReportId, List<String>> e : gold.incidents().entrySet()) {
            goldLabels.put(e.getKey(), e.getValue().isEmpty() ? Set.of("gold-alone:" + e.getKey())
                    : new LinkedHashSet<>(e.getValue()));
            Set<String> p = predicted.get(e.getKey());
            predictedLabels.put(e.getKey(), p.isEmpty() ? Set.of("predicted-alone:" + e.getKey()) : p);
        }
        int[] cross = crossLanguage();
        List<IncidentEvaluation.GradeMiss> gradeMisses = gradeMisses();
        return new IncidentEvaluation(ClusterScore.of(goldLabels, predictedLabels), cross[0], cross[1],
                gold.grades().size() - gradeMisses.size(), gold.grades().size(), splits(), merges(), gradeMisses);
    }

    /** Arabic–English pairs of reports sharing a gold incident, and how many of them share a predicted one. */
    private int[] crossLanguage() {
        List<ReportId> ids = new ArrayList<>(gold.incidents().keySet());
        int pairs = 0;
        int found = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                ReportId a = ids.get(i);
                ReportId b = ids.get(j);
                if (crossLanguage(languages.get(a), languages.get(b)) && shares(gold.incidents().get(a), gold.incidents().get(b))) {
                    pairs++;
                    found += shares(predicted.get(a), predicted.get(b)) ? 1 : 0;
                }
            }
        }
        return new int[] {pairs, found};
    }

    private static boolean crossLanguage(Language a, Language b) {
        return (a == Language.AR && b == Language.EN) || (a == Language.EN && b == Language.AR);
    }

    private static boolean shares(Collection<String> a, Collection<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private List<IncidentEvaluation.Split> splits() {
        List<IncidentEvaluation.Split> out = new ArrayList<>();
        for (String key : gold.grades().keySet()) {
            Map<String, List<ReportId>> pieces = new TreeMap<>();
            for (ReportId r : gold.reportsOf(key)) {
                Set<String> in = predicted.get(r).isEmpty() ? Set.of("") : incidentsAbout(r, key);
                in.forEach(i -> pieces.computeIfAbsent(i, k -> new ArrayList<>()).add(r));
            }
            if (pieces.size() > 1) {
                out.add(new IncidentEvaluation.Split(key, pieces.entrySet().stream()
                        .map(e -> piece(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList()));
            }
        }
        return out;
    }

    private List<IncidentEvaluation.Merge> merges() {
        Map<String, Map<String, List<ReportId>>> keysByIncident = new TreeMap<>();
        predicted.forEach((report, incidents) -> {
            for (String incident : incidents) {
                for (String key : keysIn(report, incident)) {
                    keysByIncident.computeIfAbsent(incident, k -> new TreeMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(report);
                }
            }
        });
        List<IncidentEvaluation.Merge> out = new ArrayList<>();
        keysByIncident.forEach((incident, byKey) -> {
            if (byKey.size() > 1) {
                out.add(new IncidentEvaluation.Merge(piece(incident, byKey.values().stream().flatMap(List::stream)
                        .distinct().toList()), byKey));
            }
        });
        return out;
    }

    /**
     * The predicted incidents that hold a report's account of one gold incident: all of them for a report
     * about one incident; for a report about several, those shared with a report about that one alone,
     * if any.
     */
    private Set<String> incidentsAbout(ReportId report, String key) {
        if (gold.incidents().get(report).size() < 2) {
            return predicted.get(report);
        }
        Set<String> shared = new LinkedHashSet<>();
        for (ReportId other : gold.reportsOf(key)) {
            if (gold.incidents().get(other).size() == 1) {
                predicted.get(other).stream().filter(predicted.get(report)::contains).forEach(shared::add);
            }
        }
        return shared.isEmpty() ? predicted.get(report) : shared;
    }

    /** The gold incidents a report stands for in a predicted incident, by the rule of {@link #incidentsAbout}. */
    private List<String> keysIn(ReportId report, String incident) {
        List<String> keys = gold.incidents().get(report);
        if (keys.isEmpty()) {
            return List.of(NO_EVENT);
        }
        List<String> about = keys.stream().filter(k -> incidentsAbout(report, k).contains(incident)).toList();
        return about.isEmpty() ? keys : about;
    }

    private List<IncidentEvaluation.GradeMiss> gradeMisses() {
        List<IncidentEvaluation.GradeMiss> out = new ArrayList<>();
        gold.grades().forEach((key, expected) -> {
            Optional<String> main = mainIncident(key);
            Grade actual = main.map(i -> byId.get(i).assessment().grade()).orElse(null);
            if (actual != expected) {
                List<ReportId> reports = gold.reportsOf(key);
                String why = main.map(i -> String.join(" ", byId.get(i).assessment().reasons().stream().limit(2).toList()))
                        .orElse("no report of it produced a clustered claim");
                out.add(new IncidentEvaluation.GradeMiss(key, expected, piece(main.orElse(null), main
                        .map(i -> reports.stream().filter(r -> predicted.get(r).contains(i)).toList()).orElse(reports)),
                        actual, why));
            }
        });
        return out;
    }

    /** The predicted incident holding most of the gold incident's reports; ties go to the id that sorts first. */
    Optional<String> mainIncident(String key) {
        Map<String, Integer> counts = new TreeMap<>();
        gold.reportsOf(key).forEach(r -> predicted.get(r).forEach(i -> counts.merge(i, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private IncidentEvaluation.Piece piece(String incident, List<ReportId> reports) {
        if (incident == null) {
            return new IncidentEvaluation.Piece(null, "no incident", reports);
        }
        AssessedIncident i = byId.get(incident);
        EventClaim lead = i.incident().lead();
        String label = (lead.subEventType() == null ? "untyped" : lead.subEventType().acledName()) + " " + lead.date()
                + " " + i.incident().place().map(l -> l.name()).orElse(lead.place() == null ? "?" : lead.place().text());
        return new IncidentEvaluation.Piece(incident, label, reports);
    }
}
