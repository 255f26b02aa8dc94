package org.marsad.eval;

/** True positives, false positives and false negatives of one field, with precision, recall and F1. */
public record Tally(int tp, int fp, int fn) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + tp + "/" + fp + "/" + fn);
        }
    }

    public Tally plus(Tally o) {
        return new Tally(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** 1 when nothing was predicted (nothing wrong was said). */
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** 1 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
