package dev.ltl.vlm.onnx.qwen;

/**
 * What one decoder pass returns to the runner.
 *
 * @param logits     the last {@code rows} positions' logits, row-major [rows][vocab]
 * @param rows       how many positions {@code logits} holds
 * @param vocab      logits per position
 * @param cache      the pass's present KV cache (owned by the caller: close it)
 */
record DecoderPass(float[] logits, int rows, int vocab, KvCache cache) {
    /** Log-softmax of one kept row (0 = the first kept position). */
    double[] logSoftmax(int row) {
        int offset = row * vocab;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            max = Math.max(max, logits[offset + i]);
        }
        double sum = 0;
        for (int i = 0; i < vocab; i++) {
            sum += Math.exp(logits[offset + i] - max);
        }
        double logZ = max + Math.log(sum);
        double[] out = new double[vocab];
        for (int i = 0; i < vocab; i++) {
            out[i] = logits[offset + i] - logZ;
        }
        return out;
    }

    /** Highest-logit token of a kept row (ties → lowest id). */
    int argmax(int row) {
        int offset = row * vocab;
        int best = 0;
        for (int i = 1; i < vocab; i++) {
            if (logits[offset + i] > logits[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
