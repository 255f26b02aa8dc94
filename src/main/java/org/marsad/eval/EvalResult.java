package org.marsad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scores of an eval run per language and field, and every miss behind them. */
public record EvalResult(int reports, Map<String, Map<Field, Tally>> scores, List<Miss> misses) {
    public EvalResult {
        scores = Map.copyOf(scores);
        misses = List.copyOf(misses);
    }

    public Tally tally(String language, Field field) {
        return scores.getOrDefault(language, Map.of()).getOrDefault(field, Tally.ZERO);
    }

    /** A table of precision, recall and F1 (with tp/fp/fn) per field, one column group per language. */
    public String table() {
        List<String> languages = scores.keySet().stream().sorted().toList();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s", "field"));
        for (String l : languages) {
            b.append(String.format(Locale.ROOT, " | %-2s  P     R     F1    tp/fp/fn   ", l));
        }
        b.append('\n');
        for (Field f : Field.values()) {
            b.append(String.format(Locale.ROOT, "%-20s", f.label()));
            for (String l : languages) {
                Tally t = tally(l, f);
                b.append(String.format(Locale.ROOT, " |     %.2f  %.2f  %.2f  %-10s ", t.precision(), t.recall(), t.f1(),
                        t.tp() + "/" + t.fp() + "/" + t.fn()));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
