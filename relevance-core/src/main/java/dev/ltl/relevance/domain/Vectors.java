package dev.ltl.relevance.domain;

/** Embedding maths shared by the embedding providers. */
public final class Vectors {
    private Vectors() {
    }

    /** v / ‖v‖₂; a zero vector stays zero (its cosine with anything is then 0, not NaN). */
    public static float[] l2Normalized(float[] v) {
        double sq = 0;
        for (float x : v) {
            sq += (double) x * x;
        }
        float[] out = new float[v.length];
        if (sq == 0) {
            return out;
        }
        double inv = 1.0 / Math.sqrt(sq);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * inv);
        }
        return out;
    }

    /** Dot product in double; with L2-normalised inputs this is the cosine similarity. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding sizes differ: " + a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** Cosine similarity of the L2-normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        return dot(l2Normalized(a), l2Normalized(b));
    }
}
