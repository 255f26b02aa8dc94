package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterScoreTests {
    private static final double EXACT = 1e-9;

    /** Gold: {a b c} are X, {d e} are Y. */
    private static final Map<String, Set<String>> GOLD = labels("a=X b=X c=X d=Y e=Y");

    @Test
    void aPerfectClusteringScoresOneEverywhereWhateverTheLabelsAreCalled() {
        ClusterScore score = ClusterScore.of(GOLD, labels("a=1 b=1 c=1 d=2 e=2"));

        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.pairF1()).isEqualTo(1.0);
        assertThat(score.goldPairs()).isEqualTo(4);
    }

    @Test
    void oneItemMovedToTheWrongClusterCostsPrecisionAndRecallComputedByHand() {
        // Predicted {a b} {c d e}.
        // Precision: a 2/2, b 2/2, c 1/3 (only itself is X), d 2/3, e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
        // Recall:    a 2/3 (a, b of X), b 2/3, c 1/3, d 2/2, e 2/2       -> (2/3+2/3+1/3+1+1)/5 = 11/15.
        // Pairs: predicted ab cd ce de, gold ab ac bc de, both ab de -> 2/4 and 2/4.
        ClusterScore score = ClusterScore.of(GOLD, labels("a=1 b=1 c=2 d=2 e=2"));

        assertThat(score.bcubedPrecision()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.bcubedRecall()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.bcubedF1()).isCloseTo(11.0 / 15, within(EXACT));
        assertThat(score.pairPrecision()).isEqualTo(0.5);
        assertThat(score.pairRecall()).isEqualTo(0.5);
    }

    @Test
    void lumpingEverythingTogetherKeepsRecallButPrecisionFallsToTheGoldShares() {
        // One cluster of five: a, b, c each see 3 of 5 alike, d, e 2 of 5 -> (3*3/5 + 2*2/5)/5 = 13/25.
        // Pairs: 10 predicted, 4 of them gold.
        ClusterScore score = ClusterScore.of(GOLD, labels("a=1 b=1 c=1 d=1 e=1"));

        assertThat(score.bcubedPrecision()).isCloseTo(13.0 / 25, within(EXACT));
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.pairPrecision()).isCloseTo(0.4, within(EXACT));
        assertThat(score.pairRecall()).isEqualTo(1.0);
    }

    @Test
    void singletonsKeepPrecisionButRecallFallsToOneOverEachGoldSize() {
        // Recall: a, b, c 1/3 each, d, e 1/2 each -> (1 + 1)/5 = 0.4. No pair predicted: pair precision 1, recall 0.
        ClusterScore score = ClusterScore.of(GOLD, labels("a=1 b=2 c=3 d=4 e=5"));

        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isCloseTo(0.4, within(EXACT));
        assertThat(score.pairPrecision()).isEqualTo(1.0);
        assertThat(score.pairRecall()).isEqualTo(0.0);
        assertThat(score.pairF1()).isEqualTo(0.0);
    }

    @Test
    void anItemInTwoPredictedClustersPaysOnlyOnItsOwnPrecision() {
        // r sits in A and B, s in A; both are X.
        // Precision r: with itself min(2,1)/2 = 1/2, with s min(1,1)/1 = 1 -> 3/4; s: 1 and 1 -> 1; total 7/8.
        // Recall r: with itself min(2,1)/1 = 1, with s 1 -> 1; s likewise -> 1.
        Map<String, Set<String>> gold = labels("r=X s=X");
        Map<String, Set<String>> predicted = new LinkedHashMap<>(labels("s=A"));
        predicted.put("r", Set.of("A", "B"));

        ClusterScore score = ClusterScore.of(gold, predicted);

        assertThat(score.bcubedPrecision()).isCloseTo(7.0 / 8, within(EXACT));
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.pairF1()).isEqualTo(1.0);
    }

    @Test
    void anItemAboutTwoGoldEventsIsFoundWhenItSitsWithBoth() {
        // r is about X and Y; x is X, y is Y; predicted: r with x in 1, y alone in 2.
        // Recall r: itself min(1,2)/2 = 1/2, x 1/1, y shares no predicted cluster 0/1 -> 1/2; x: x 1, r 1 -> 1;
        // y: y 1, r 0 -> 1/2; total (1/2 + 1 + 1/2)/3 = 2/3. Precision: r: itself 1/1, x 1/1 -> 1; x 1; y 1.
        Map<String, Set<String>> gold = new LinkedHashMap<>(labels("x=X y=Y"));
        gold.put("r", Set.of("X", "Y"));

        ClusterScore score = ClusterScore.of(gold, labels("r=1 x=1 y=2"));

        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(score.goldPairs()).isEqualTo(2);
        assertThat(score.pairsFound()).isEqualTo(1);
    }

    @Test
    void anItemMissingFromThePredictionIsACallerBugNamedInTheMessage() {
        assertThatThrownBy(() -> ClusterScore.of(GOLD, labels("a=1 b=1 c=1 d=2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item e has no predicted cluster");
    }

    /** "a=X b=Y": one label per item, in order. */
    private static Map<String, Set<String>> labels(String spec) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String pair : spec.split(" ")) {
            String[] kv = pair.split("=");
            out.put(kv[0], Set.of(kv[1]));
        }
        return out;
    }
}
