package org.marsad.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Stance;

/**
 * How often each source has been right, learned from reviewers' verdicts (a Beta-Bernoulli truth
 * estimate): every source starts neutral at 0.5; when a reviewer confirms an incident (Confirmed or
 * Fair), the sources that asserted it gain and those that denied it lose; when a reviewer discounts
 * it, the reverse. Weak and Contested verdicts teach nothing.
 */
public final class Reliability {
    public static final Reliability NEUTRAL = new Reliability(Map.of());

    private final Map<String, Score> scores;

    /** One source's record: verdicts it agreed and disagreed with, and which incidents they were. */
    public record Score(String source, int agreed, int disagreed, List<String> history) {
        public Score {
            history = List.copyOf(history);
        }

        /** (1 + agreed) / (2 + agreed + disagreed): 0.5 with no record. */
        public double value() {
            return (1.0 + agreed) / (2.0 + agreed + disagreed);
        }
    }

    /** What one source said about a reviewed incident. */
    public record Testimony(String source, Stance stance) {
    }

    /** A reviewer's grade for an incident, with what each source said about it. */
    public record Verdict(String incident, Grade grade, List<Testimony> testimonies) {
        public Verdict {
            testimonies = List.copyOf(testimonies);
        }
    }

    private Reliability(Map<String, Score> scores) {
        this.scores = scores;
    }

    public static Reliability learn(List<Verdict> verdicts) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            Boolean happened = switch (v.grade()) {
                case CONFIRMED, FAIR -> true;
                case DISCOUNTED -> false;
                default -> null;
            };
            if (happened == null) {
                continue;
            }
            for (Testimony t : v.testimonies()) {
                boolean right = (t.stance() == Stance.ASSERTED) == happened;
                Score old = scores.getOrDefault(t.source(), new Score(t.source(), 0, 0, List.of()));
                List<String> history = new ArrayList<>(old.history());
                history.add(v.incident() + " " + v.grade().label() + ": " + (right ? "agreed" : "disagreed")
                        + " (" + t.stance().name().toLowerCase(java.util.Locale.ROOT) + ")");
                scores.put(t.source(), new Score(t.source(), old.agreed() + (right ? 1 : 0),
                        old.disagreed() + (right ? 0 : 1), history));
            }
        }
        return new Reliability(scores);
    }

    /** The source's reliability, 0.5 when it has no record. */
    public double of(String source) {
        Score s = scores.get(source);
        return s == null ? 0.5 : s.value();
    }

    /** Every source with a record, most reliable first. */
    public List<Score> scores() {
        return scores.values().stream().sorted(Comparator.comparingDouble(Score::value).reversed()
                .thenComparing(Score::source)).toList();
    }
}
