package dev.ltl.eventness.infra;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ltl.eventness.domain.AudioInput;
import dev.ltl.eventness.domain.AudioSetLabels;
import dev.ltl.eventness.domain.EfficientAtFrontEnd;
import dev.ltl.eventness.domain.SecondWindows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Per-second AudioSet tagging with an EfficientAT ONNX model ({@code spec} [B,1,128,T] log-mel →
 * {@code logits} [B,527]; probabilities are their sigmoid).
 *
 * <p>Per-second rule (our choice; the reference's AST/PANNs per-second code is not specified): the
 * log-mel of the whole clip (padded or cut to T s) is computed once, which gives exactly 100
 * frames per second; second t is scored on a {@value #CONTEXT_SECONDS}-second window of frames
 * centred on the middle of second t, shifted to stay inside the clip (see {@link SecondWindows}),
 * and all T windows go to ORT as one batch [T,1,128,200]. Why 2 s rather than the bare second:
 * the tagger was trained on 10-s clips, and half a second of context each side keeps a sound
 * that straddles a second boundary whole. Measured on the race-car AVE clip (event 5–10 s):
 * 1-s and 2-s windows put the top two seconds at 6 and 7, 3-s windows at 7 and 5 (all inside
 * the event); the event-minus-background gap of mean scores is 0.80 − 0.30 with 2 s against
 * 0.48 − 0.17 with 1 s, while 3-s windows repeat edge values (the clamp covers more seconds).
 * The choice is a judgement on one clip, not a tuned optimum.
 *
 * <p>Thread-safe: ORT sessions support concurrent {@code run} calls and nothing else is mutable.
 */
public final class AudioSetTagger implements AutoCloseable {

    /** Seconds of context each per-second window spans. */
    public static final int CONTEXT_SECONDS = 2;

    private static final String INPUT = "spec";
    private static final String OUTPUT = "logits";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final AudioSetLabels labels;
    private final boolean[] speech;
    private final EfficientAtFrontEnd frontEnd = new EfficientAtFrontEnd();

    /**
     * @param modelOnnx      the EfficientAT model.onnx
     * @param labelsCsv      its labels.csv ({@code index,mid,display_name}, no header)
     * @param intraOpThreads ORT intra-op threads (≥ 1)
     */
    public AudioSetTagger(Path modelOnnx, Path labelsCsv, int intraOpThreads) {
        requireFile(modelOnnx, "modelOnnx");
        requireFile(labelsCsv, "labelsCsv");
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, got " + intraOpThreads);
        }
        try {
            labels = AudioSetLabels.parse(Files.readAllLines(labelsCsv));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelsCsv " + labelsCsv, e);
        }
        speech = labels.speechMask();
        session = OrtSessions.open(environment, modelOnnx, intraOpThreads);
        OrtSessions.requireNames(session, modelOnnx, List.of(INPUT), List.of(OUTPUT));
    }

    /** Display names in output order. */
    public List<String> labels() {
        return labels.displayNames();
    }

    /** The parsed class list (mids and names). */
    public AudioSetLabels classes() {
        return labels;
    }

    /** Sigmoid probabilities [numSeconds][classes], one row per second (see the class comment). */
    public float[][] probabilitiesPerSecond(float[] pcm16k, int numSeconds) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        AudioInput.requireNumSeconds(numSeconds);
        float[] clip = AudioInput.padOrTruncate(pcm16k,
                AudioInput.totalSamples(numSeconds, AudioInput.SAMPLE_RATE_16K));
        float[][] mel = frontEnd.melSpectrogram(clip);
        int totalFrames = mel[0].length;
        int contextFrames = CONTEXT_SECONDS * EfficientAtFrontEnd.FRAMES_PER_SECOND;
        int length = SecondWindows.length(contextFrames, totalFrames);
        int melBins = mel.length;
        float[] batch = new float[numSeconds * melBins * length];
        for (int t = 0; t < numSeconds; t++) {
            int start = SecondWindows.start(t, EfficientAtFrontEnd.FRAMES_PER_SECOND, contextFrames, totalFrames);
            for (int m = 0; m < melBins; m++) {
                System.arraycopy(mel[m], start, batch, (t * melBins + m) * length, length);
            }
        }
        return run(batch, new long[] {numSeconds, 1, melBins, length});
    }

    /** Sigmoid probabilities of the whole input as a single item (no per-second split). */
    public float[] clipProbabilities(float[] pcm16k) {
        AudioInput.requirePcm(pcm16k, "pcm16k");
        float[][] mel = frontEnd.melSpectrogram(pcm16k);
        int frames = mel[0].length;
        float[] flat = new float[mel.length * frames];
        for (int m = 0; m < mel.length; m++) {
            System.arraycopy(mel[m], 0, flat, m * frames, frames);
        }
        return run(flat, new long[] {1, 1, mel.length, frames})[0];
    }

    /** Per-second eventness: the maximum probability over the non-speech classes. */
    public double[] eventnessPerSecond(float[] pcm16k, int numSeconds) {
        float[][] probabilities = probabilitiesPerSecond(pcm16k, numSeconds);
        double[] scores = new double[numSeconds];
        for (int t = 0; t < numSeconds; t++) {
            double best = 0.0;
            for (int c = 0; c < probabilities[t].length; c++) {
                if (!speech[c]) {
                    best = Math.max(best, probabilities[t][c]);
                }
            }
            scores[t] = best;
        }
        return scores;
    }

    private float[][] run(float[] data, long[] shape) {
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(data), shape);
             OrtSession.Result result = session.run(Map.of(INPUT, input))) {
            float[][] logits = (float[][]) result.get(OUTPUT).orElseThrow().getValue();
            if (logits[0].length != labels.size()) {
                throw new IllegalStateException("model returns " + logits[0].length
                        + " classes but labels.csv lists " + labels.size());
            }
            for (float[] row : logits) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = (float) (1.0 / (1.0 + Math.exp(-row[c])));
                }
            }
            return logits;
        } catch (OrtException e) {
            throw new IllegalStateException("AudioSet tagger inference failed", e);
        }
    }

    private static void requireFile(Path path, String name) {
        if (path == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(name + " is not a readable file: " + path);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the AudioSet tagger session failed", e);
        }
    }
}
