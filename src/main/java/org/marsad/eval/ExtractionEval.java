package org.marsad.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Extractor;

/**
 * Scores an extractor against gold reports, per language and field. Claims are paired per report
 * ({@link ClaimPairing}); a paired claim scores a field as a true positive when both say the same
 * value, a false positive and a false negative when they differ, a false positive when only the
 * extractor says it and a false negative when only the gold does. A claim left unpaired counts
 * each field it fills as a false positive (extracted) or false negative (gold); event detection
 * counts the claims themselves.
 */
public final class ExtractionEval {
    private final Extractor extractor;
    private final PlaceNames places;

    public ExtractionEval(Extractor extractor, PlaceNames places) {
        if (extractor == null || places == null) {
            throw new IllegalArgumentException("extractor and place names are required: " + extractor + ", " + places);
        }
        this.extractor = extractor;
        this.places = places;
    }

    public EvalResult run(List<GoldReport> gold) {
        Map<String, Map<Field, Tally>> scores = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        for (GoldReport g : gold) {
            List<EventClaim> extracted = extractor.extract(g.report());
            List<ClaimFields> predicted = extracted.stream().map(ClaimFields::of).toList();
            String language = g.report().language().code();
            Map<Field, Tally> tallies = scores.computeIfAbsent(language, k -> new EnumMap<>(Field.class));
            for (ClaimPairing.Pair pair : ClaimPairing.pair(g.claims(), predicted, places)) {
                String evidence = evidence(pair.predicted(), predicted, extracted);
                for (Field field : Field.values()) {
                    Tally t = score(field, pair);
                    tallies.merge(field, t, Tally::plus);
                    if (t.fp() + t.fn() > 0) {
                        misses.add(new Miss(g.report().id().value(), language, field, text(field, pair.gold()),
                                text(field, pair.predicted()), evidence));
                    }
                }
            }
        }
        return new EvalResult(gold.size(), scores, misses);
    }

    private static String evidence(ClaimFields claim, List<ClaimFields> predicted, List<EventClaim> extracted) {
        int i = claim == null ? -1 : predicted.indexOf(claim);
        return i < 0 ? "" : extracted.get(i).evidence();
    }

    Tally score(Field field, ClaimPairing.Pair pair) {
        Object g = field.of(pair.gold());
        Object p = field.of(pair.predicted());
        if (g == null && p == null) {
            return Tally.ZERO;
        }
        if (g == null) {
            return new Tally(0, 1, 0);
        }
        if (p == null) {
            return new Tally(0, 0, 1);
        }
        boolean same = field == Field.LOCATION ? places.same((String) g, (String) p) : Objects.equals(g, p);
        return same ? new Tally(1, 0, 0) : new Tally(0, 1, 1);
    }

    private static String text(Field field, ClaimFields claim) {
        if (claim == null) {
            return "(no claim)";
        }
        Object v = field.of(claim);
        return v == null ? "-" : v.toString();
    }
}
