package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a predicted clustering of items agrees with a gold one: extended B-cubed precision and
 * recall, and pairwise precision and recall. Each item carries a non-empty set of cluster labels on
 * each side, so an item may sit in several clusters (a report whose claims went to two incidents, or
 * a report about two events).
 *
 * <p>Extended B-cubed (Amigó, Gonzalo, Artiles and Verdejo, 2009): for items e and e', let c be the
 * number of predicted clusters they share and g the number of gold clusters they share. The precision
 * of e is the mean of min(c, g) / c over every e' (e itself included) with c &gt; 0; its recall the mean
 * of min(c, g) / g over every e' with g &gt; 0; the totals are the means over all items. When every item
 * has one label on each side this is plain B-cubed. Pairwise: a pair of distinct items is predicted
 * together when it shares a predicted label and belongs together when it shares a gold label; precision
 * is the share of predicted pairs that belong together (1 when no pair is predicted), recall the share
 * of gold pairs predicted together (1 when the gold has no pair).
 *
 * @param items          how many items were scored
 * @param goldPairs      pairs of distinct items that share a gold cluster
 * @param predictedPairs pairs of distinct items that share a predicted cluster
 * @param pairsFound     pairs that share both
 */
public record ClusterScore(double bcubedPrecision, double bcubedRecall, int items, long goldPairs,
                           long predictedPairs, long pairsFound) {
    public ClusterScore {
        if (items < 0 || goldPairs < 0 || predictedPairs < 0 || pairsFound < 0) {
            throw new IllegalArgumentException("counts must be >= 0: items " + items + ", pairs " + goldPairs + "/"
                    + predictedPairs + "/" + pairsFound);
        }
        if (pairsFound > Math.min(goldPairs, predictedPairs)) {
            throw new IllegalArgumentException("pairs found (" + pairsFound + ") exceed gold (" + goldPairs
                    + ") or predicted (" + predictedPairs + ") pairs");
        }
    }

    /** Scores the items of {@code gold}; every one of them must have labels in {@code predicted} too. */
    public static <T> ClusterScore of(Map<T, Set<String>> gold, Map<T, Set<String>> predicted) {
        List<T> items = new ArrayList<>(gold.keySet());
        for (T item : items) {
            checkLabels("gold", item, gold.get(item));
            checkLabels("predicted", item, predicted.get(item));
        }
        double precision = 0;
        double recall = 0;
        long goldPairs = 0;
        long predictedPairs = 0;
        long found = 0;
        for (int i = 0; i < items.size(); i++) {
            Set<String> g = gold.get(items.get(i));
            Set<String> p = predicted.get(items.get(i));
            double[] sums = new double[4];
            for (int j = 0; j < items.size(); j++) {
                int c = shared(p, predicted.get(items.get(j)));
                int k = shared(g, gold.get(items.get(j)));
                add(sums, c, k);
                if (j > i) {
                    goldPairs += k > 0 ? 1 : 0;
                    predictedPairs += c > 0 ? 1 : 0;
                    found += c > 0 && k > 0 ? 1 : 0;
                }
            }
            precision += sums[0] / sums[1];
            recall += sums[2] / sums[3];
        }
        int n = items.size();
        return new ClusterScore(n == 0 ? 1 : precision / n, n == 0 ? 1 : recall / n, n, goldPairs, predictedPairs, found);
    }

    /** Adds the pair's share to the running precision (sum, count) and recall (sum, count) in {@code sums}. */
    private static void add(double[] sums, int predictedShared, int goldShared) {
        double both = Math.min(predictedShared, goldShared);
        if (predictedShared > 0) {
            sums[0] += both / predictedShared;
            sums[1]++;
        }
        if (goldShared > 0) {
            sums[2] += both / goldShared;
            sums[3]++;
        }
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }

    private static void checkLabels(String side, Object item, Set<String> labels) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("item " + item + " has no " + side + " cluster");
        }
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    public double pairPrecision() {
        return predictedPairs == 0 ? 1 : (double) pairsFound / predictedPairs;
    }

    public double pairRecall() {
        return goldPairs == 0 ? 1 : (double) pairsFound / goldPairs;
    }

    public double pairF1() {
        return f1(pairPrecision(), pairRecall());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
