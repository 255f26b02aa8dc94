package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs a report's extracted claims with its gold claims. Two claims may pair when they have the
 * same stance and agree on the event type or the place; among those, pairs are taken greedily by
 * how many of (sub-event type, event type, place, date, actor1) agree, ties going to text order.
 * Claims left over stand alone: an extracted one is a false event, a gold one a missed event.
 */
final class ClaimPairing {
    /** A gold claim and the extracted claim paired with it; either is null when it stands alone. */
    record Pair(ClaimFields gold, ClaimFields predicted) {
    }

    private ClaimPairing() {
    }

    static List<Pair> pair(List<ClaimFields> gold, List<ClaimFields> predicted, PlaceNames places) {
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        while (true) {
            int bestG = -1;
            int bestP = -1;
            int best = 0;
            for (int g = 0; g < gold.size(); g++) {
                for (int p = 0; p < predicted.size(); p++) {
                    int score = goldTaken[g] || predictedTaken[p] ? 0 : score(gold.get(g), predicted.get(p), places);
                    if (score > best) {
                        best = score;
                        bestG = g;
                        bestP = p;
                    }
                }
            }
            if (best == 0) {
                break;
            }
            goldTaken[bestG] = true;
            predictedTaken[bestP] = true;
            pairs.add(new Pair(gold.get(bestG), predicted.get(bestP)));
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldTaken[g]) {
                pairs.add(new Pair(gold.get(g), null));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedTaken[p]) {
                pairs.add(new Pair(null, predicted.get(p)));
            }
        }
        return pairs;
    }

    /** 0 when the two may not pair, else 1 + the number of agreeing keys. */
    static int score(ClaimFields gold, ClaimFields predicted, PlaceNames places) {
        boolean sameType = gold.eventType() != null && gold.eventType().equals(predicted.eventType());
        boolean samePlace = places.same(gold.location(), predicted.location());
        if (!gold.stance().equals(predicted.stance()) || !(sameType || samePlace)) {
            return 0;
        }
        return 1 + (sameType ? 1 : 0) + (samePlace ? 1 : 0)
                + (Objects.equals(gold.subEventType(), predicted.subEventType()) ? 1 : 0)
                + (Objects.equals(gold.date(), predicted.date()) ? 1 : 0)
                + (Objects.equals(gold.actor1(), predicted.actor1()) ? 1 : 0);
    }
}
