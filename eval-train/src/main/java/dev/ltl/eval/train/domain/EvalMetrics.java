package dev.ltl.eval.train.domain;

/**
 * The evaluation metrics of spec §4.5, computed from argmax predictions and labels.
 *
 * @param valAcc correct / (clips × seconds), background included
 * @param valAccEvent correct / event seconds (label ≠ 0), or {@code null} without event seconds
 * @param valAccBySample per clip: correct seconds / seconds, as float32
 * @param valAccEventBySample per clip: correct event seconds / event seconds, {@code null} for clips without any
 */
public record EvalMetrics(double valAcc, Double valAccEvent, float[] valAccBySample, Float[] valAccEventBySample) {

    /** Computes the metrics; both arrays are {@code [clips][seconds]} with the same shape. */
    public static EvalMetrics compute(int[][] predicted, int[][] labels) {
        if (predicted.length != labels.length || labels.length == 0) {
            throw new IllegalArgumentException(
                    "need the same non-zero number of clips, got " + predicted.length + " and " + labels.length);
        }
        long correct = 0;
        long seconds = 0;
        long eventCorrect = 0;
        long eventSeconds = 0;
        float[] bySample = new float[labels.length];
        Float[] eventBySample = new Float[labels.length];
        for (int clip = 0; clip < labels.length; clip++) {
            int[] truth = labels[clip];
            int[] guess = predicted[clip];
            if (guess.length != truth.length || truth.length == 0) {
                throw new IllegalArgumentException("clip " + clip + ": prediction and label lengths differ or are 0");
            }
            int clipCorrect = 0;
            int clipEvents = 0;
            int clipEventCorrect = 0;
            for (int t = 0; t < truth.length; t++) {
                boolean hit = guess[t] == truth[t];
                if (hit) {
                    clipCorrect++;
                }
                if (truth[t] != 0) {
                    clipEvents++;
                    if (hit) {
                        clipEventCorrect++;
                    }
                }
            }
            bySample[clip] = (float) clipCorrect / truth.length;
            eventBySample[clip] = clipEvents == 0 ? null : (float) clipEventCorrect / clipEvents;
            correct += clipCorrect;
            seconds += truth.length;
            eventCorrect += clipEventCorrect;
            eventSeconds += clipEvents;
        }
        Double eventAcc = eventSeconds == 0 ? null : (double) eventCorrect / eventSeconds;
        return new EvalMetrics((double) correct / seconds, eventAcc, bySample, eventBySample);
    }
}
