package dev.ltl.eventness.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the real EfficientAT mn04 tagger from ltl.shared.dir; skipped when the model is absent. */
class AudioSetTaggerTest {

    private static final int SR = 16_000;
    private static AudioSetTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new AudioSetTagger(SharedFiles.taggerModel(), SharedFiles.taggerLabels(), 2);
    }

    @AfterAll
    static void close() {
        if (tagger != null) {
            tagger.close();
        }
    }

    private static float[] sine(double hz, int seconds) {
        float[] pcm = new float[seconds * SR];
        for (int n = 0; n < pcm.length; n++) {
            pcm[n] = (float) (0.5 * Math.sin(2 * Math.PI * hz * n / SR));
        }
        return pcm;
    }

    private static float[] whiteNoise(int seconds) {
        Random random = new Random(5);
        float[] pcm = new float[seconds * SR];
        for (int n = 0; n < pcm.length; n++) {
            pcm[n] = (float) (0.2 * random.nextGaussian());
        }
        return pcm;
    }

    @Test
    void labelsComeFromTheCsvInModelOrder() {
        assertThat(tagger.labels()).hasSize(527);
        assertThat(tagger.labels().get(0)).isEqualTo("Speech");
        assertThat(tagger.labels().get(501)).isEqualTo("Sine wave");
    }

    @Test
    void aSineIsHeardAsASineOrABeep() {
        List<String> top = tagger.classes().topK(tagger.clipProbabilities(sine(1000, 10)), 5);
        assertThat(top).containsAnyOf("Sine wave", "Beep, bleep");
    }

    @Test
    void whiteNoiseIsHeardAsNoise() {
        List<String> top = tagger.classes().topK(tagger.clipProbabilities(whiteNoise(10)), 5);
        assertThat(top).containsAnyOf("White noise", "Static", "Noise");
    }

    @Test
    void silenceIsHeardAsSilence() {
        List<String> top = tagger.classes().topK(tagger.clipProbabilities(new float[10 * SR]), 3);
        assertThat(top).contains("Silence");
    }

    @Test
    void theRaceCarsLoudestSecondsLieInItsAnnotatedEvent() throws Exception {
        // AVE annotation: Race car, event seconds 5–10.
        float[] pcm = Mp4Audio.decode16kMono(SharedFiles.require("data", "ave-sample", "22olCB3wQaA.mp4"), 10);
        double[] scores = tagger.eventnessPerSecond(pcm, 10);
        assertThat(topTwo(scores)).allSatisfy(t -> assertThat(t).isBetween(5, 9));
    }

    @Test
    void speechDoesNotCountAsAnEvent() throws Exception {
        // AVE clip 0lFf-HP86Q0 is a woman speaking throughout: Speech dominates every second,
        // yet the non-speech maximum stays low.
        float[] pcm = Mp4Audio.decode16kMono(SharedFiles.require("data", "ave-sample", "0lFf-HP86Q0.mp4"), 10);
        float[][] probabilities = tagger.probabilitiesPerSecond(pcm, 10);
        double[] scores = tagger.eventnessPerSecond(pcm, 10);
        int speech = tagger.labels().indexOf("Speech");
        long speechSeconds = IntStream.range(0, 10).filter(t -> probabilities[t][speech] > 0.5).count();
        assertThat(speechSeconds).isGreaterThanOrEqualTo(8);
        assertThat(java.util.Arrays.stream(scores).average().orElseThrow()).isLessThan(0.2);
    }

    @Test
    void eventnessIsTheMaximumOverNonSpeechClasses() {
        float[] pcm = sine(440, 3);
        float[][] p = tagger.probabilitiesPerSecond(pcm, 3);
        double[] e = tagger.eventnessPerSecond(pcm, 3);
        boolean[] speech = tagger.classes().speechMask();
        assertThat(p).hasNumberOfRows(3);
        for (int t = 0; t < 3; t++) {
            assertThat(p[t]).hasSize(527);
            double max = 0;
            for (int c = 0; c < 527; c++) {
                assertThat(p[t][c]).isBetween(0f, 1f);
                if (!speech[c]) {
                    max = Math.max(max, p[t][c]);
                }
            }
            assertThat(e[t]).isEqualTo(max);
        }
    }

    @Test
    void shortInputIsPaddedToTheRequestedSeconds() {
        float[] half = sine(1000, 1);
        assertThat(tagger.eventnessPerSecond(half, 4)).hasSize(4);
        assertThat(tagger.eventnessPerSecond(half, 1)).hasSize(1);
    }

    @Test
    void concurrentCallsGiveTheSameAnswerAsSequentialOnes() throws Exception {
        List<float[]> inputs = List.of(sine(1000, 3), whiteNoise(3), sine(300, 3), new float[3 * SR]);
        List<double[]> sequential = new ArrayList<>();
        for (float[] pcm : inputs) {
            sequential.add(tagger.eventnessPerSecond(pcm, 3));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (float[] pcm : inputs) {
                futures.add(pool.submit(() -> tagger.eventnessPerSecond(pcm, 3)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(futures.get(i).get()).containsExactly(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> tagger.eventnessPerSecond(null, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> tagger.eventnessPerSecond(new float[0], 10)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> tagger.probabilitiesPerSecond(new float[] {Float.NaN}, 10)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> tagger.eventnessPerSecond(new float[SR], 0)).hasMessageContaining("numSeconds");
        assertThatThrownBy(() -> new AudioSetTagger(Path.of("/nonexistent/model.onnx"), SharedFiles.taggerLabels(), 1))
                .hasMessageContaining("modelOnnx");
        assertThatThrownBy(() -> new AudioSetTagger(SharedFiles.taggerModel(), SharedFiles.taggerLabels(), 0))
                .hasMessageContaining("intraOpThreads");
    }

    @Test
    void aModelWithAnotherContractIsRefusedAtLoadTime() {
        assertThatThrownBy(() -> new AudioSetTagger(SharedFiles.sileroModel(), SharedFiles.taggerLabels(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec");
    }

    private static List<Integer> topTwo(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted((a, b) -> Double.compare(scores[b], scores[a])).limit(2).toList();
    }
}
