package org.reformkg.eval;

import java.util.List;

/** Precision, recall and F1 of one category, with every miss and every spurious item named. */
public record Score(String category, int truePositives, int predicted, int gold, List<String> misses, List<String> spurious) {
    public Score {
        misses = List.copyOf(misses);
        spurious = List.copyOf(spurious);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Sums scores of one category over several documents. */
    public static Score sum(String category, List<Score> parts) {
        int tp = 0, pr = 0, g = 0;
        List<String> miss = new java.util.ArrayList<>(), spur = new java.util.ArrayList<>();
        for (Score s : parts) {
            tp += s.truePositives;
            pr += s.predicted;
            g += s.gold;
            miss.addAll(s.misses);
            spur.addAll(s.spurious);
        }
        return new Score(category, tp, pr, g, miss, spur);
    }
}
