package dev.ltl.planner.domain;

import java.util.Arrays;

/**
 * Float32 arithmetic as numpy performs it on {@code float32} arrays, so that metrics the
 * reference computes in single precision (§3.3 "f32") come out bit-identical.
 */
final class Float32 {
    private Float32() {
    }

    static float[] of(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** Sum in numpy's pairwise order (the order of float additions matters in f32). */
    static float sum(float[] a) {
        return PairwiseSum.of(a);
    }

    static float mean(float[] a) {
        return sum(a) / a.length;
    }

    /** Population standard deviation (ddof = 0) the way {@code np.std} does it on float32. */
    static float std(float[] a) {
        float mean = mean(a);
        float[] squares = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            float d = a[i] - mean;
            squares[i] = d * d;
        }
        return (float) Math.sqrt(sum(squares) / a.length);
    }

    /** {@code np.median} on float32: the middle value, or the f32 mean of the two middle values. */
    static float median(float[] a) {
        float[] sorted = a.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        return (sorted[n / 2 - 1] + sorted[n / 2]) / 2f;
    }

    static float max(float[] a) {
        float m = a[0];
        for (float v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
