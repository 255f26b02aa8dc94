package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The casualty figures of a claim. Within a sentence, counts that are not part of another add up
 * ("14 civilians and 9 militants" = 23; "15 killed, including 9 civilians" = 15); across the
 * claim's sentences the largest sentence total stands, since later sentences usually restate
 * or update the toll rather than add to it.
 */
record Figures(Figure fatalities, Figure civilians, Figure injured, List<Reason> why) {
    static final Figures NONE = new Figures(null, null, null, List.of());

    static Figures of(List<SentenceReading> sentences) {
        List<Reason> why = new ArrayList<>();
        Figure fatalities = largest(sentences, c -> c.killed() && !c.subset(), "fatalities", why);
        boolean wholeCivilianCount = sentences.stream().flatMap(s -> s.casualties().stream())
                .anyMatch(c -> c.killed() && c.civilian() && !c.subset());
        // "8 civilians, including 3 children": the part is not added; "15 killed, including 9 civilians": it is the count
        Figure civilians = largest(sentences, c -> c.killed() && c.civilian() && !(c.subset() && wholeCivilianCount),
                "civilianFatalities", why);
        if (fatalities == null || (civilians != null && civilians.high() > fatalities.high())) {
            fatalities = civilians;
        }
        Figure injured = largest(sentences, c -> !c.killed() && !c.subset(), "injured", why);
        return new Figures(fatalities, civilians, injured, why);
    }

    private static Figure largest(List<SentenceReading> sentences, Predicate<Casualties.Casualty> which, String field,
                                  List<Reason> why) {
        Figure best = null;
        List<Casualties.Casualty> bestCounts = List.of();
        for (SentenceReading s : sentences) {
            List<Casualties.Casualty> counts = s.casualties().stream().filter(which).toList();
            if (counts.isEmpty()) {
                continue;
            }
            int low = counts.stream().mapToInt(c -> c.figure().low()).sum();
            int high = counts.stream().mapToInt(c -> c.figure().high()).sum();
            if (best == null || high > best.high()) {
                best = new Figure(low, high);
                bestCounts = counts;
            }
        }
        for (Casualties.Casualty c : bestCounts) {
            why.add(new Reason(field, c.why(), c.figure().low() == c.figure().high()
                    ? String.valueOf(c.figure().low()) : c.figure().low() + "-" + c.figure().high()));
        }
        return best;
    }
}
