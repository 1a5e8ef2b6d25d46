package dev.ltl.relevance.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.media.RgbImage;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clip provider on tiny generated towers: exact cosines (expected values from numpy). */
class ClipRelevanceProviderTest {
    /** ORT's float32 ReduceMean over 50,176 pixels drifts by ~3e-5 from the float64 reference. */
    private static final double TOL = 1e-4;

    @TempDir
    Path root;

    static RgbImage solid(int size, int r, int g, int b) {
        byte[] rgb = new byte[size * size * 3];
        for (int i = 0; i < size * size; i++) {
            rgb[3 * i] = (byte) r;
            rgb[3 * i + 1] = (byte) g;
            rgb[3 * i + 2] = (byte) b;
        }
        return new RgbImage(size, size, rgb);
    }

    private ClipRelevanceProvider load(Map<String, Object> yaml) throws Exception {
        TowerFixtures.writeClip(root, "tiny-clip", yaml);
        return ClipRelevanceProvider.load(new ModelRepository(List.of(root)).resolve("tiny-clip", "1"), 1);
    }

    private static RelevanceInput frames(String question, List<RgbImage> frames) {
        return new RelevanceInput(question, frames.size(), Optional.empty(), frames, Optional.empty());
    }

    @Test
    void cosineOfClipNormalisedChannelMeansAndTheQuestion() throws Exception {
        // numpy: u = ((rgb/255 - CLIP_MEAN)/CLIP_STD) / norm; question "red" embeds as (1, 0, 0).
        List<RgbImage> frames = List.of(solid(224, 255, 0, 0), solid(224, 0, 255, 0), solid(224, 0, 0, 255),
                solid(224, 128, 128, 128));
        try (ClipRelevanceProvider clip = load(Map.of())) {
            double[] rel = clip.score(frames("Red?", frames)).relevance();
            assertThat(rel[0]).isCloseTo(0.6439073022879912, within(TOL));
            assertThat(rel[1]).isCloseTo(-0.5752118562024037, within(TOL));
            assertThat(rel[2]).isCloseTo(-0.5431865979919177, within(TOL));
            assertThat(rel[3]).isCloseTo(0.19715242624428228, within(TOL));
        }
    }

    @Test
    void framesOfAnySizeAreSquashedTo224AndBatchedAcrossTowerCalls() throws Exception {
        // 17 frames cross the default batch of 16; a solid 300x300 frame squashes to the same solid 224².
        List<RgbImage> frames = Collections.nCopies(17, solid(300, 128, 128, 128));
        try (ClipRelevanceProvider clip = load(Map.of())) {
            double[] rel = clip.score(frames("red green", frames)).relevance();
            assertThat(rel).hasSize(17);
            assertThat(Arrays.stream(rel)).allSatisfy(r -> assertThat(r).isCloseTo(0.44785432774085526, within(TOL)));
        }
    }

    @Test
    void theQuestionIsTruncatedToMaxTextTokens() throws Exception {
        // 77 "red" then "blue": the 78th token is cut, so the question embeds as pure red.
        String question = String.join(" ", Collections.nCopies(77, "red")) + " blue";
        try (ClipRelevanceProvider clip = load(Map.of())) {
            assertThat(clip.score(frames(question, List.of(solid(224, 255, 0, 0)))).relevance()[0])
                    .isCloseTo(0.6439073022879912, within(TOL));
        }
    }

    @Test
    void maxTextTokensComesFromModelYaml() throws Exception {
        // max 2 tokens: "red green blue" → red + green.
        try (ClipRelevanceProvider clip = load(Map.of("preprocessing", "{max_text_tokens: 2}"))) {
            assertThat(clip.score(frames("red green blue", List.of(solid(224, 128, 128, 128)))).relevance()[0])
                    .isCloseTo(0.44785432774085526, within(TOL));
        }
    }

    @Test
    void withoutFramesItNamesTheMediaField() throws Exception {
        try (ClipRelevanceProvider clip = load(Map.of())) {
            RelevanceInput noFrames = new RelevanceInput("red", 3, Optional.empty(), List.of(), Optional.empty());
            assertThatThrownBy(() -> clip.score(noFrames)).isInstanceOf(RelevanceInputException.class)
                    .extracting(e -> ((RelevanceInputException) e).field()).isEqualTo("media");
        }
    }

    @Test
    void aMissingTextTowerFailsAtLoadNamingTheFile() throws Exception {
        Path dir = TowerFixtures.writeClip(root, "broken-clip", Map.of());
        java.nio.file.Files.delete(dir.resolve("text_model.onnx"));
        assertThatThrownBy(() -> ClipRelevanceProvider.load(
                new ModelRepository(List.of(root)).resolve("broken-clip", "1"), 1))
                .hasMessageContaining("text_model.onnx not found");
    }
}
