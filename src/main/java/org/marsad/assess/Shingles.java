package org.marsad.assess;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.NormalizedText;

/** The set of overlapping five-word runs of a text, to tell a copied report from an independent one. */
record Shingles(Set<Integer> hashes) {
    /** Above this Jaccard similarity a report counts as a copy of an earlier one. */
    static final double COPY_THRESHOLD = 0.6;
    private static final int WIDTH = 5;

    Shingles {
        hashes = Set.copyOf(hashes);
    }

    static Shingles of(String text) {
        List<String> words = List.of(NormalizedText.fold(text).split("[^\\p{L}\\p{N}]+"))
                .stream().filter(w -> !w.isEmpty()).toList();
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + WIDTH <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + WIDTH)).hashCode());
        }
        if (out.isEmpty() && !words.isEmpty()) {
            out.add(String.join(" ", words).hashCode());
        }
        return new Shingles(out);
    }

    /** Jaccard similarity: shared runs over all runs; 0 when either text is empty. */
    double similarity(Shingles other) {
        if (hashes.isEmpty() || other.hashes.isEmpty()) {
            return 0;
        }
        Set<Integer> shared = new HashSet<>(hashes);
        shared.retainAll(other.hashes);
        return (double) shared.size() / (hashes.size() + other.hashes.size() - shared.size());
    }
}
