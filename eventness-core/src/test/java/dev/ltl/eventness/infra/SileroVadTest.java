package dev.ltl.eventness.infra;

import dev.ltl.eventness.domain.VadSuppressedEventness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the real Silero VAD v5 from ltl.shared.dir; skipped when the model is absent. */
class SileroVadTest {

    private static final int SR = 16_000;
    private static SileroVad vad;

    @BeforeAll
    static void load() {
        vad = new SileroVad(SharedFiles.sileroModel());
    }

    @AfterAll
    static void close() {
        if (vad != null) {
            vad.close();
        }
    }

    @Test
    void toneAndNoiseAreNotSpeech() {
        float[] tone = new float[10 * SR];
        float[] noise = new float[10 * SR];
        Random random = new Random(9);
        for (int n = 0; n < tone.length; n++) {
            tone[n] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * n / SR));
            noise[n] = (float) (0.3 * random.nextGaussian());
        }
        assertThat(Arrays.stream(vad.speechRatioPerSecond(tone, 10)).max().orElseThrow()).isLessThanOrEqualTo(0.1);
        assertThat(Arrays.stream(vad.speechRatioPerSecond(noise, 10)).max().orElseThrow()).isLessThanOrEqualTo(0.1);
    }

    @Test
    void aClipOfPeopleTalkingIsMostlySpeech() throws Exception {
        // veba-sample 1HNGJDppKG0: speech over 0–10 s (a crowded room, so some seconds are unsure).
        float[] pcm = Mp4Audio.decode16kMono(SharedFiles.require("data", "veba-sample", "1HNGJDppKG0_60.000_70.000.mp4"), 10);
        double[] ratio = vad.speechRatioPerSecond(pcm, 10);
        assertThat(Arrays.stream(ratio).filter(r -> r >= 0.5).count()).isGreaterThanOrEqualTo(6);
        assertThat(Arrays.stream(ratio).average().orElseThrow()).isGreaterThan(0.5);
    }

    @Test
    void aToiletFlushIsNotSpeech() throws Exception {
        float[] pcm = Mp4Audio.decode16kMono(SharedFiles.require("data", "veba-sample", "-DSNfC2EJhU_20.000_30.000.mp4"), 10);
        assertThat(Arrays.stream(vad.speechRatioPerSecond(pcm, 10)).max().orElseThrow()).isLessThanOrEqualTo(0.2);
    }

    @Test
    void chunksAre512SamplesAndEachSecondCountsTheChunksCentredInIt() {
        assertThat(vad.chunkProbabilities(new float[1000])).hasSize(2);
        assertThat(vad.chunkProbabilities(new float[1024])).hasSize(2);
        double[] ratio = vad.speechRatioPerSecond(new float[SR], 3);
        assertThat(ratio).hasSize(3).containsOnly(0.0);
    }

    @Test
    void vadSuppressionKeepsTheEngineAndDropsTheCommentary() throws Exception {
        // Race car clip: commentary over most of it, the car passes in 5–10 s. The asr_vad
        // score's best second must lie in the event.
        float[] pcm = Mp4Audio.decode16kMono(SharedFiles.require("data", "ave-sample", "22olCB3wQaA.mp4"), 10);
        double[] s = new VadSuppressedEventness(vad).score(pcm, 10);
        int best = 0;
        for (int t = 1; t < 10; t++) {
            best = s[t] > s[best] ? t : best;
        }
        assertThat(best).isBetween(5, 9);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> vad.speechRatioPerSecond(null, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> vad.speechRatioPerSecond(new float[0], 10)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> vad.speechRatioPerSecond(new float[] {Float.NaN}, 10)).hasMessageContaining("pcm16k");
        assertThatThrownBy(() -> vad.speechRatioPerSecond(new float[SR], 0)).hasMessageContaining("numSeconds");
        assertThatThrownBy(() -> new SileroVad(SharedFiles.sileroModel(), 0, 1)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new SileroVad(SharedFiles.sileroModel(), 0.5, 0)).hasMessageContaining("intraOpThreads");
        assertThatThrownBy(() -> new SileroVad(SharedFiles.taggerModel(), 0.5, 1)).hasMessageContaining("input");
    }
}
