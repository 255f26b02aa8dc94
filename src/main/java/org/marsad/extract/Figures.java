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
        boolean wholeCivilianCount = wholeCivilianCount(sentences);
        // "8 civilians, including 3 children": the part is not added; "15 killed, including 9 civilians": it is the count
        Figure civilians = largest(sentences, c -> c.killed() && c.civilian() && !(c.subset() && wholeCivilianCount),
                "civilianFatalities", why);
        if (fatalities == null || (civilians != null && civilians.high() > fatalities.high())) {
            fatalities = civilians;
        }
        Figure injured = largest(sentences, c -> !c.killed() && !c.subset(), "injured", why);
        return new Figures(fatalities, civilians, injured, why);
    }

    /** Whether people were killed and all of them were civilians. */
    boolean onlyCivilians() {
        return fatalities != null && civilians != null && civilians.equals(fatalities);
    }

    /** Whether some sentence counts civilians killed as a whole, not as a part of another count. */
    private static boolean wholeCivilianCount(List<SentenceReading> sentences) {
        for (SentenceReading s : sentences) {
            for (Casualties.Casualty c : s.casualties()) {
                if (c.killed() && c.civilian() && !c.subset()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * ACLED's convention for violence against civilians, mobs and force against protesters: the dead of
     * an attack on civilians or protesters are civilians, though the sentence does not say so
     * ("ISIS executed three men", "killing one", "a mob beat a man to death").
     */
    Figures targeting(SubEventType sub, ActorId target) {
        boolean onCivilians = target != null && (target.value().equals("civilians") || target.value().equals("protesters"));
        boolean kind = sub == SubEventType.ATTACK || sub == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                || sub == SubEventType.MOB_VIOLENCE;
        if (civilians != null || fatalities == null || !onCivilians || !kind) {
            return this;
        }
        List<Reason> more = new ArrayList<>(why);
        more.add(new Reason("civilianFatalities", "ACLED convention: the dead of " + sub.acledName() + " on "
                + target.value() + " are civilians", String.valueOf(fatalities.low())));
        return new Figures(fatalities, fatalities, injured, more);
    }

    private static Figure largest(List<SentenceReading> sentences, Predicate<Casualties.Casualty> which, String field,
                                  List<Reason> why) {
        Figure best = null;
        List<Casualties.Casualty> bestCounts = List.of();
        for (SentenceReading s : sentences) {
            if (s.casualties().isEmpty()) {
                continue;
            }
            List<Casualties.Casualty> counts = new ArrayList<>(s.casualties().size());
            for (Casualties.Casualty c : s.casualties()) {
                if (which.test(c)) {
                    counts.add(c);
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            Figure total = total(counts);
            if (best == null || total.high() > best.high()) {
                best = total;
                bestCounts = counts;
            }
        }
        for (Casualties.Casualty c : bestCounts) {
            why.add(new Reason(field, c.why(), c.figure().low() == c.figure().high()
                    ? String.valueOf(c.figure().low()) : c.figure().low() + "-" + c.figure().high()));
        }
        return best;
    }

    /**
     * The counts of one sentence added up; another source's toll for the same people starts a new
     * sum, and the sums stand as a range ("36 …, while activists said at least 40" is 36-40, not 76).
     */
    private static Figure total(List<Casualties.Casualty> counts) {
        int low = Integer.MAX_VALUE;
        int high = 0;
        int sumLow = 0;
        int sumHigh = 0;
        for (int k = 0; k < counts.size(); k++) {
            Casualties.Casualty c = counts.get(k);
            if (c.alternative() && k > 0) {
                low = Math.min(low, sumLow);
                high = Math.max(high, sumHigh);
                sumLow = 0;
                sumHigh = 0;
            }
            sumLow += c.figure().low();
            sumHigh += c.figure().high();
        }
        return new Figure(Math.min(low, sumLow), Math.max(high, sumHigh));
    }
}
