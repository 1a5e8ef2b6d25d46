package dev.ltl.eval.data;

/** Per-second labels of one annotated event (§1.1). */
public final class SecondLabels {

    /** The reference protocol's number of one-second segments. */
    public static final int NUM_SEGMENTS = 10;

    private SecondLabels() {
    }

    /**
     * Labels of seconds 0..numSegments-1: {@code classIndex} where [t, t+1) overlaps [startS, endS] by a strictly
     * positive length, else background (0). Start=2, End=7 marks seconds 2..6; a partial second counts.
     */
    public static int[] of(double startS, double endS, int classIndex, int numSegments) {
        int[] labels = new int[numSegments];
        for (int t = 0; t < numSegments; t++) {
            double overlap = Math.min(t + 1.0, endS) - Math.max(t, startS);
            labels[t] = overlap > 0 ? classIndex : AveClassMap.BACKGROUND_INDEX;
        }
        return labels;
    }
}
