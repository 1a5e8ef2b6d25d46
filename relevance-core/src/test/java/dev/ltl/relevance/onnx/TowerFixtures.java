package dev.ltl.relevance.onnx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tiny CLIP and CLAP model directories for tests. Vocabulary ids: red 2, green 3, blue 4, up 5, down 6,
 * dog 7, cat 8. CLIP (D = 3): image W = identity, so an image embeds as its three normalised channel
 * means; red/green/blue embed as the unit axes. CLAP (D = 2): audio W = identity, so a chunk embeds as
 * (mean, mean square); "up" = (1, 0), "down" = (−1, 0), "dog" = (0, 1).
 */
public final class TowerFixtures {
    public static final List<String> VOCABULARY = List.of("red", "green", "blue", "up", "down", "dog", "cat");

    private TowerFixtures() {
    }

    /** Writes {@code root/<name>/1/} with image_model.onnx, text_model.onnx, tokenizer.json, model.yaml. */
    public static Path writeClip(Path root, String name, Map<String, Object> extraYaml) throws IOException {
        float[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        float[][] e = new float[2 + VOCABULARY.size()][3];
        e[2] = new float[] {1, 0, 0};
        e[3] = new float[] {0, 1, 0};
        e[4] = new float[] {0, 0, 1};
        e[7] = new float[] {0, 0, 1};
        Map<String, Object> yaml = new java.util.LinkedHashMap<>(Map.of("task", "clip", "embedding_output",
                "image_embeds"));
        yaml.putAll(extraYaml);
        return TinyTowers.writeModel(root, name, "image_model.onnx", TinyTowers.imageTower(identity, "image_embeds"),
                TinyTowers.textTower(e), VOCABULARY, yaml);
    }

    /** Writes {@code root/<name>/1/} with audio_model.onnx (1-s chunks at 48 kHz), text tower, tokenizer. */
    public static Path writeClap(Path root, String name) throws IOException {
        float[][] identity = {{1, 0}, {0, 1}};
        float[][] e = new float[2 + VOCABULARY.size()][2];
        e[5] = new float[] {1, 0};
        e[6] = new float[] {-1, 0};
        e[7] = new float[] {0, 1};
        return TinyTowers.writeModel(root, name, "audio_model.onnx", TinyTowers.audioTower(identity, 48_000),
                TinyTowers.textTower(e), VOCABULARY, Map.of("task", "clap", "batching", "{max_batch: 2}"));
    }
}
