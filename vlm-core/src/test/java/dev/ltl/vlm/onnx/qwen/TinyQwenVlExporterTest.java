package dev.ltl.vlm.onnx.qwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated graphs load in ONNX Runtime, follow the contract, and the decoder's KV cache is exact. */
class TinyQwenVlExporterTest {
    private static final float TOLERANCE = 1e-4f;

    @TempDir
    static Path dir;
    private static QwenModelConfig config;

    @BeforeAll
    static void export() {
        TinyQwenVlExporter.export(dir, 7);
        config = QwenModelConfig.read(dir.resolve("model.yaml"));
    }

    @Test
    void writesTheFilesAndAModelYamlThatDescribesThem() {
        for (String file : List.of("vision_encoder.onnx", "embed_tokens.onnx", "decoder_model_merged.onnx", "tokenizer.json", "model.yaml")) {
            assertThat(dir.resolve(file)).isRegularFile();
        }
        assertThat(config.modelId()).isEqualTo("tiny-qwen-vl@1");
        assertThat(config.decoder()).isEqualTo(new QwenDecoderShape(32, 2, 2, 16, TinyQwenVlExporter.dims().vocab()));
        assertThat(config.vision()).isEqualTo(TinyQwenVlExporter.visionConfig());
        assertThat(config.maxImages()).isEqualTo(TinyQwenVlExporter.MAX_IMAGES);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherWeights(@TempDir Path again, @TempDir Path other) throws Exception {
        TinyQwenVlExporter.export(again, 7);
        TinyQwenVlExporter.export(other, 8);
        for (String file : List.of("vision_encoder.onnx", "embed_tokens.onnx", "decoder_model_merged.onnx")) {
            assertThat(Files.readAllBytes(again.resolve(file))).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve("decoder_model_merged.onnx")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("decoder_model_merged.onnx")));
    }

    @Test
    void visionEncoderMergesEachRunOfFourPatchesIntoOneToken() throws Exception {
        int patchDim = config.vision().patchDim();
        float[] patches = randomFloats(8 * patchDim, new Random(1));
        try (QwenGraphSessions graphs = new QwenGraphSessions(dir, config, 1)) {
            float[] features = graphs.encodeImages(patches, 8, patchDim, List.of(new int[] {1, 2, 4}));
            assertThat(features).hasSize(2 * 32);
            patches[5 * patchDim] += 1f; // a patch of the second group
            float[] changed = graphs.encodeImages(patches, 8, patchDim, List.of(new int[] {1, 2, 4}));
            assertThat(Arrays.copyOfRange(changed, 0, 32)).isEqualTo(Arrays.copyOfRange(features, 0, 32));
            assertThat(Arrays.copyOfRange(changed, 32, 64)).isNotEqualTo(Arrays.copyOfRange(features, 32, 64));
        }
    }

    @Test
    void decodingWithTheKvCacheGivesTheLogitsOfAFullRecompute() throws Exception {
        int length = 12;
        int split = 7;
        int hidden = config.decoder().hiddenSize();
        int vocab = config.decoder().vocabSize();
        float[] embeds = randomFloats(length * hidden, new Random(3));
        long[][] positions = positions(length);
        try (QwenGraphSessions graphs = new QwenGraphSessions(dir, config, 1);
             KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
            DecoderPass full = graphs.decode(embeds, length, positions, empty, length);
            full.cache().close();

            DecoderPass prefix = graphs.decode(Arrays.copyOf(embeds, split * hidden), split, slice(positions, 0, split), empty, 1);
            assertRowsClose(prefix, 0, full, split - 1, vocab);
            KvCache cache = prefix.cache();
            assertThat(cache.length()).isEqualTo(split);
            assertThat(cache.bytes()).isEqualTo(2L * 2 * 2 * split * 16 * 4);

            DecoderPass chunk = graphs.decode(Arrays.copyOfRange(embeds, split * hidden, length * hidden), length - split,
                    slice(positions, split, length), cache, length - split);
            for (int row = 0; row < length - split; row++) {
                assertRowsClose(chunk, row, full, split + row, vocab);
            }
            chunk.cache().close();

            for (int step = split; step < length; step++) {
                DecoderPass one = graphs.decode(Arrays.copyOfRange(embeds, step * hidden, (step + 1) * hidden), 1,
                        slice(positions, step, step + 1), cache, 1);
                assertRowsClose(one, 0, full, step, vocab);
                cache.close();
                cache = one.cache();
                assertThat(cache.length()).isEqualTo(step + 1);
            }
            cache.close();
        }
    }

    @Test
    void everyMropeAxisReachesTheLogits() throws Exception {
        int length = 5;
        float[] embeds = randomFloats(length * config.decoder().hiddenSize(), new Random(4));
        try (QwenGraphSessions graphs = new QwenGraphSessions(dir, config, 1);
             KvCache empty = KvCache.empty(graphs.environment(), config.decoder())) {
            long[][] positions = positions(length);
            DecoderPass base = graphs.decode(embeds, length, positions, empty, 1);
            base.cache().close();
            for (int axis = 0; axis < 3; axis++) {
                long[][] moved = positions(length);
                moved[axis][length - 1] += 3;
                DecoderPass other = graphs.decode(embeds, length, moved, empty, 1);
                other.cache().close();
                assertThat(other.logits()).as("axis %d", axis).isNotEqualTo(base.logits());
            }
        }
    }

    private static void assertRowsClose(DecoderPass actual, int actualRow, DecoderPass expected, int expectedRow, int vocab) {
        float[] a = Arrays.copyOfRange(actual.logits(), actualRow * vocab, (actualRow + 1) * vocab);
        float[] e = Arrays.copyOfRange(expected.logits(), expectedRow * vocab, (expectedRow + 1) * vocab);
        assertThat(a).containsExactly(e, within(TOLERANCE));
    }

    /** Distinct values on the three axes, as an image block would have. */
    private static long[][] positions(int length) {
        long[][] p = new long[3][length];
        for (int i = 0; i < length; i++) {
            p[0][i] = i;
            p[1][i] = i + i % 3;
            p[2][i] = 2L * i;
        }
        return p;
    }

    private static long[][] slice(long[][] positions, int from, int to) {
        return new long[][] {Arrays.copyOfRange(positions[0], from, to), Arrays.copyOfRange(positions[1], from, to),
                Arrays.copyOfRange(positions[2], from, to)};
    }

    private static float[] randomFloats(int count, Random random) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
