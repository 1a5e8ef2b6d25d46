package dev.ltl.relevance.onnx;

import static dev.ltl.relevance.OnnxProto.dimParam;
import static dev.ltl.relevance.OnnxProto.dimValue;
import static dev.ltl.relevance.OnnxProto.floatInitializer;
import static dev.ltl.relevance.OnnxProto.message;
import static dev.ltl.relevance.OnnxProto.model;
import static dev.ltl.relevance.OnnxProto.node;
import static dev.ltl.relevance.OnnxProto.valueInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes tiny ONNX towers with the CLIP/CLAP input/output contract, encoding the ONNX protobuf by hand
 * (field numbers from onnx.proto; opset 13), plus a WordLevel tokenizer.json. The graphs are linear
 * enough that every output can be predicted exactly:
 * <ul>
 *   <li>image: {@code image_embeds = mean_hw(pixel_values) · W} — [N,3,H,W] → [N,D]</li>
 *   <li>text: {@code text_embeds = Σ_t E[input_ids_t · attention_mask_t]} — [N,L] → [N,D] (row 0 of E is
 *       the pad/zero row)</li>
 *   <li>audio: {@code audio_embeds = [mean(x), mean(x²)] · W} — [N,S] → [N,D]</li>
 * </ul>
 */
final class TinyTowers {
    private static final int FLOAT = 1;
    private static final int INT64 = 7;

    private TinyTowers() {
    }

    static byte[] imageTower(float[][] w, String outputName) {
        byte[] reduce = node("ReduceMean", List.of("pixel_values"), List.of("channel_means"),
                message().string(1, "axes").varint(8, 2).varint(8, 3).varint(20, 7).build(),
                message().string(1, "keepdims").varint(3, 0).varint(20, 2).build());
        byte[] project = node("MatMul", List.of("channel_means", "W"), List.of(outputName));
        byte[] graph = message().bytes(1, reduce).bytes(1, project).string(2, "tiny_image_tower")
                .bytes(5, floatInitializer("W", w))
                .bytes(11, valueInfo("pixel_values", FLOAT, dimParam("batch"), dimValue(3), dimParam("h"), dimParam("w")))
                .bytes(12, valueInfo(outputName, FLOAT, dimParam("batch"), dimValue(w[0].length)))
                .build();
        return model(graph);
    }

    static byte[] textTower(float[][] embeddings) {
        byte[] masked = node("Mul", List.of("input_ids", "attention_mask"), List.of("kept_ids"));
        byte[] gather = node("Gather", List.of("E", "kept_ids"), List.of("token_vectors"));
        byte[] sum = node("ReduceSum", List.of("token_vectors", "axes"), List.of("text_embeds"),
                message().string(1, "keepdims").varint(3, 0).varint(20, 2).build());
        byte[] axes = message().varint(1, 1).varint(2, INT64).varint(7, 1).string(8, "axes").build();
        byte[] graph = message().bytes(1, masked).bytes(1, gather).bytes(1, sum).string(2, "tiny_text_tower")
                .bytes(5, floatInitializer("E", embeddings)).bytes(5, axes)
                .bytes(11, valueInfo("input_ids", INT64, dimParam("batch"), dimParam("len")))
                .bytes(11, valueInfo("attention_mask", INT64, dimParam("batch"), dimParam("len")))
                .bytes(12, valueInfo("text_embeds", FLOAT, dimParam("batch"), dimValue(embeddings[0].length)))
                .build();
        return model(graph);
    }

    static byte[] audioTower(float[][] w, int samples) {
        byte[] keep = message().string(1, "keepdims").varint(3, 1).varint(20, 2).build();
        byte[] axis1 = message().string(1, "axes").varint(8, 1).varint(20, 7).build();
        byte[] mean = node("ReduceMean", List.of("input_values"), List.of("m1"), axis1, keep);
        byte[] square = node("Mul", List.of("input_values", "input_values"), List.of("sq"));
        byte[] power = node("ReduceMean", List.of("sq"), List.of("m2"), axis1, keep);
        byte[] concat = node("Concat", List.of("m1", "m2"), List.of("features"),
                message().string(1, "axis").varint(3, 1).varint(20, 2).build());
        byte[] project = node("MatMul", List.of("features", "W"), List.of("audio_embeds"));
        byte[] graph = message().bytes(1, mean).bytes(1, square).bytes(1, power).bytes(1, concat).bytes(1, project)
                .string(2, "tiny_audio_tower")
                .bytes(5, floatInitializer("W", w))
                .bytes(11, valueInfo("input_values", FLOAT, dimParam("batch"), dimValue(samples)))
                .bytes(12, valueInfo("audio_embeds", FLOAT, dimParam("batch"), dimValue(w[0].length)))
                .build();
        return model(graph);
    }

    /**
     * A WordLevel tokenizer.json: lower-cases, splits on whitespace/punctuation, id 0 = [PAD], 1 = [UNK],
     * then {@code words} from id 2. No special tokens are added around a sequence.
     */
    static String wordLevelTokenizer(List<String> words) {
        StringBuilder vocab = new StringBuilder("\"[PAD]\": 0, \"[UNK]\": 1");
        for (int i = 0; i < words.size(); i++) {
            vocab.append(", \"").append(words.get(i)).append("\": ").append(i + 2);
        }
        return """
                {"version": "1.0", "truncation": null, "padding": null,
                 "added_tokens": [
                   {"id": 0, "content": "[PAD]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
                   {"id": 1, "content": "[UNK]", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true}],
                 "normalizer": {"type": "Lowercase"},
                 "pre_tokenizer": {"type": "Whitespace"},
                 "post_processor": null, "decoder": null,
                 "model": {"type": "WordLevel", "vocab": {%s}, "unk_token": "[UNK]"}}
                """.formatted(vocab);
    }

    /** Writes a model directory {@code root/name/1/} with the towers, the tokenizer and a model.yaml. */
    static Path writeModel(Path root, String name, String mainFile, byte[] mainTower, byte[] textTower,
                           List<String> vocabulary, Map<String, Object> yaml) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name).resolve("1"));
        Files.write(dir.resolve(mainFile), mainTower);
        Files.write(dir.resolve("text_model.onnx"), textTower);
        Files.writeString(dir.resolve("tokenizer.json"), wordLevelTokenizer(vocabulary));
        String body = yaml.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("model.yaml"), "name: " + name + "\nversion: \"1\"\nfile: " + mainFile + "\n"
                + body + "\n");
        return dir;
    }








}
