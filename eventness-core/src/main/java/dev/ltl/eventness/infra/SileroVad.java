package dev.ltl.eventness.infra;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ltl.eventness.domain.AudioInput;
import dev.ltl.eventness.domain.SpeechActivity;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Silero VAD v5 over ONNX Runtime, reported per second.
 *
 * <p>Contract of the model: {@code input} [1, 64 + 512] float (the previous chunk's last 64
 * samples, zeros before the first chunk, then 512 new 16 kHz samples), {@code state} [2,1,128]
 * (zeros at the start, then the previous {@code stateN}), {@code sr} int64 scalar 16000 →
 * {@code output} [1,1] speech probability and {@code stateN}.
 *
 * <p>Per-second rule: the PCM is padded or cut to T s and walked in 512-sample chunks (the last
 * one zero-padded); a chunk belongs to the second holding its centre sample, chunks whose centre
 * lies at or past T s are dropped, and a second's ratio is the share of its chunks with
 * probability ≥ threshold. At 16 kHz every second gets 31 or 32 chunks.
 *
 * <p>Thread-safe: each call keeps its own recurrent state and context; the ORT session is shared.
 */
public final class SileroVad implements SpeechActivity, AutoCloseable {

    /** New samples per model call. */
    public static final int CHUNK = 512;
    /** Samples of the previous chunk prepended to each call. */
    public static final int CONTEXT = 64;
    /** Default speech threshold on the model's probability. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final long[] STATE_SHAPE = {2, 1, 128};
    private static final int STATE_SIZE = 2 * 128;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final double threshold;

    /** A detector with threshold 0.5 and one intra-op thread. */
    public SileroVad(Path modelOnnx) {
        this(modelOnnx, DEFAULT_THRESHOLD, 1);
    }

    /**
     * @param modelOnnx      silero_vad v5 model.onnx
     * @param threshold      probability at or above which a chunk counts as speech, in (0, 1]
     * @param intraOpThreads ORT intra-op threads (≥ 1)
     */
    public SileroVad(Path modelOnnx, double threshold, int intraOpThreads) {
        if (modelOnnx == null || !Files.isRegularFile(modelOnnx)) {
            throw new IllegalArgumentException("modelOnnx is not a readable file: " + modelOnnx);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, got " + intraOpThreads);
        }
        this.threshold = threshold;
        this.session = OrtSessions.open(environment, modelOnnx, intraOpThreads);
        OrtSessions.requireNames(session, modelOnnx, List.of("input", "state", "sr"), List.of("output", "stateN"));
    }

    /** The speech threshold in use. */
    public double threshold() {
        return threshold;
    }

    @Override
    public double[] speechRatioPerSecond(float[] pcm16k, int numSeconds) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        AudioInput.requireNumSeconds(numSeconds);
        int total = AudioInput.totalSamples(numSeconds, AudioInput.SAMPLE_RATE_16K);
        float[] probabilities = chunkProbabilities(AudioInput.padOrTruncate(pcm16k, total));
        int[] speechChunks = new int[numSeconds];
        int[] chunks = new int[numSeconds];
        for (int c = 0; c < probabilities.length; c++) {
            long centre = (long) c * CHUNK + CHUNK / 2;
            int second = (int) (centre / AudioInput.SAMPLE_RATE_16K);
            if (second >= numSeconds) {
                continue;
            }
            chunks[second]++;
            if (probabilities[c] >= threshold) {
                speechChunks[second]++;
            }
        }
        double[] ratio = new double[numSeconds];
        for (int t = 0; t < numSeconds; t++) {
            ratio[t] = chunks[t] == 0 ? 0.0 : (double) speechChunks[t] / chunks[t];
        }
        return ratio;
    }

    /** Speech probability of each 512-sample chunk of pcm16k (the last chunk zero-padded). */
    public float[] chunkProbabilities(float[] pcm16k) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        int numChunks = (pcm16k.length + CHUNK - 1) / CHUNK;
        float[] probabilities = new float[numChunks];
        float[] window = new float[CONTEXT + CHUNK];
        float[] state = new float[STATE_SIZE];
        try (OnnxTensor rate = OnnxTensor.createTensor(environment, (long) AudioInput.SAMPLE_RATE_16K)) {
            for (int c = 0; c < numChunks; c++) {
                // Slide: the last CONTEXT samples of the previous window become the new context.
                System.arraycopy(window, CHUNK, window, 0, CONTEXT);
                int from = c * CHUNK;
                int count = Math.min(CHUNK, pcm16k.length - from);
                System.arraycopy(pcm16k, from, window, CONTEXT, count);
                Arrays.fill(window, CONTEXT + count, CONTEXT + CHUNK, 0f);
                probabilities[c] = step(window, state, rate);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD inference failed", e);
        }
        return probabilities;
    }

    /** One model call; updates state in place and returns the speech probability. */
    private float step(float[] window, float[] state, OnnxTensor rate) throws OrtException {
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(window), new long[] {1, window.length});
             OnnxTensor stateIn = OnnxTensor.createTensor(environment, FloatBuffer.wrap(state), STATE_SHAPE);
             OrtSession.Result result = session.run(Map.of("input", input, "state", stateIn, "sr", rate))) {
            float[][] output = (float[][]) result.get("output").orElseThrow().getValue();
            FloatBuffer next = ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer();
            next.get(state);
            return output[0][0];
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the Silero VAD session failed", e);
        }
    }
}
