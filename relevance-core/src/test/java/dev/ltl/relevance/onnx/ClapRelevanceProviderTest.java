package dev.ltl.relevance.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.models.ModelRepository;
import dev.ltl.relevance.domain.MonoAudio;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clap provider on tiny towers: chunk t embeds as (mean, mean square) of its 48,000 samples, so a
 * constant-c second embeds as (c, c²) and its cosine with "up" = (1, 0) is c / √(c² + c⁴).
 */
class ClapRelevanceProviderTest {
    @TempDir
    Path root;

    private ClapRelevanceProvider load() throws Exception {
        TowerFixtures.writeClap(root, "tiny-clap");
        return ClapRelevanceProvider.load(new ModelRepository(List.of(root)).resolve("tiny-clap", "1"), 1);
    }

    static float[] constantSeconds(int rate, double... levels) {
        float[] pcm = new float[levels.length * rate];
        for (int t = 0; t < levels.length; t++) {
            Arrays.fill(pcm, t * rate, (t + 1) * rate, (float) levels[t]);
        }
        return pcm;
    }

    private static RelevanceInput audio(String question, int seconds, float[] pcm, int rate) {
        return new RelevanceInput(question, seconds, Optional.of(new MonoAudio(pcm, rate)), List.of(), Optional.empty());
    }

    @Test
    void oneSecondChunksAt48kHzAgainstTheQuestion() throws Exception {
        // numpy: c = 0 → zero embedding → 0; 0.5 → 0.894427; −0.5 → −0.894427; 1 → 0.707107. Batch of 2 per call.
        try (ClapRelevanceProvider clap = load()) {
            double[] rel = clap.score(audio("up", 4, constantSeconds(48_000, 0, 0.5, -0.5, 1), 48_000)).relevance();
            assertThat(rel).containsExactly(new double[] {0, 0.8944271909999159, -0.8944271909999159,
                    0.7071067811865475}, within(1e-5));
            double[] dog = clap.score(audio("dog", 4, constantSeconds(48_000, 0, 0.5, -0.5, 1), 48_000)).relevance();
            assertThat(dog).containsExactly(new double[] {0, 0.4472135954999579, 0.4472135954999579,
                    0.7071067811865475}, within(1e-5));
        }
    }

    @Test
    void audioShorterThanTIsZeroPaddedAndLongerIsCut() throws Exception {
        try (ClapRelevanceProvider clap = load()) {
            assertThat(clap.score(audio("up", 3, constantSeconds(48_000, 0.5), 48_000)).relevance())
                    .containsExactly(new double[] {0.8944271909999159, 0, 0}, within(1e-5));
            assertThat(clap.score(audio("up", 1, constantSeconds(48_000, 1, 0.5), 48_000)).relevance())
                    .containsExactly(new double[] {0.7071067811865475}, within(1e-5));
        }
    }

    @Test
    void audioAtAnotherRateIsResampledTo48kHz() throws Exception {
        // A 16 kHz constant 0.5 upsamples to ≈ 0.5 (the sinc filter rings only at the edges).
        try (ClapRelevanceProvider clap = load()) {
            double[] rel = clap.score(audio("up", 2, constantSeconds(16_000, 0.5, 0.5), 16_000)).relevance();
            assertThat(rel).containsExactly(new double[] {0.8944, 0.8944}, within(2e-3));
        }
    }

    @Test
    void withoutAudioItNamesTheMediaField() throws Exception {
        try (ClapRelevanceProvider clap = load()) {
            RelevanceInput none = new RelevanceInput("up", 2, Optional.empty(), List.of(), Optional.empty());
            assertThatThrownBy(() -> clap.score(none)).isInstanceOf(RelevanceInputException.class)
                    .extracting(e -> ((RelevanceInputException) e).field()).isEqualTo("media");
        }
    }
}
