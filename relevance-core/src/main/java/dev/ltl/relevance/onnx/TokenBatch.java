package dev.ltl.relevance.onnx;

import ai.djl.huggingface.tokenizers.Encoding;

/**
 * A padded [batch, length] block of token ids, token type ids and attention mask (row-major).
 * Padding uses id 0 and mask 0, so padded positions never count when the model or the pooling honours
 * the mask.
 */
record TokenBatch(int batch, int length, long[] ids, long[] typeIds, long[] mask) {

    static TokenBatch of(Encoding[] encodings) {
        int length = 1;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        int n = encodings.length;
        long[] ids = new long[n * length];
        long[] types = new long[n * length];
        long[] mask = new long[n * length];
        for (int i = 0; i < n; i++) {
            long[] rowIds = encodings[i].getIds();
            long[] rowTypes = encodings[i].getTypeIds();
            long[] rowMask = encodings[i].getAttentionMask();
            System.arraycopy(rowIds, 0, ids, i * length, rowIds.length);
            System.arraycopy(rowTypes, 0, types, i * length, rowTypes.length);
            System.arraycopy(rowMask, 0, mask, i * length, rowMask.length);
        }
        return new TokenBatch(n, length, ids, types, mask);
    }

    long[] shape() {
        return new long[] {batch, length};
    }
}
