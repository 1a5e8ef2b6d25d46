package dev.ltl.relevance.asr;

import static dev.ltl.relevance.OnnxProto.dimParam;
import static dev.ltl.relevance.OnnxProto.dimValue;
import static dev.ltl.relevance.OnnxProto.floatInitializer;
import static dev.ltl.relevance.OnnxProto.message;
import static dev.ltl.relevance.OnnxProto.model;
import static dev.ltl.relevance.OnnxProto.node;
import static dev.ltl.relevance.OnnxProto.valueInfo;

import dev.ltl.relevance.OnnxProto.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tiny generated Whisper model directory for tests, with the optimum export's contract: encoder_model.onnx,
 * decoder_model.onnx, tokenizer.json, model.yaml. The ONNX protobuf is written by hand (onnx.proto field
 * numbers, opset 13).
 *
 * <p>How the transcript is made known in advance: the decoder's logits depend only on the sequence
 * length L — {@code logits[0, i, :] = TABLE[i]} (Range 0..L−1, Gather on a position table), and
 * {@code encoder_hidden_states} enters with weight 0. Row i of the table is one-hot on the token that
 * should follow position i, so greedy decoding from a prompt of P tokens emits {@code script[0]},
 * {@code script[1]}, … and then {@code <|endoftext|>}. The encoder (ReduceMean over time →
 * [1, n_mels, 1]) checks only that the features arrive as [1, n_mels, 3000].
 *
 * <p>Vocabulary: text ids 0–9 are {@link #WORDS} (byte-level "Ġ" = leading space, decoded by a ByteLevel
 * decoder as in Whisper's tokenizer); then {@code <|endoftext|>} 10, {@code <|startoftranscript|>} 11,
 * {@code <|en|>} 12, {@code <|transcribe|>} 13, {@code <|notimestamps|>} 14 and the timestamps
 * {@code <|0.00|>} … {@code <|30.00|>} as 15–1515.
 */
public final class TinyWhisper {
    public static final List<String> WORDS = List.of("Ġhello", "Ġworld", "Ġthe", "Ġquick", "Ġfox", ".", "Ġdog",
            "Ġsat", "Ġup", "Ġdown");
    public static final List<String> SPECIALS = List.of("<|endoftext|>", "<|startoftranscript|>", "<|en|>",
            "<|transcribe|>", "<|notimestamps|>");
    public static final int VOCAB = WORDS.size() + SPECIALS.size() + WhisperVocabulary.TIMESTAMP_COUNT;
    /** Rows of the position table: room for a 3-token prompt plus Whisper's 224 new tokens. */
    private static final int POSITIONS = 3 + WhisperSpec.DEFAULT_MAX_NEW_TOKENS + 1;

    private static final int FLOAT = 1;
    private static final int INT64 = 7;

    private TinyWhisper() {
    }

    /**
     * {@code <|0.00|> hello world <|1.50|><|1.50|> the quick fox. <|4.00|>}: "hello" 0–0.75, "world" 0.75–1.5,
     * "the" 1.5–2.125, "quick" 2.125–3.1667, "fox." 3.1667–4.0 (times spread by character count).
     */
    public static final List<String> HELLO_FOX = List.of("<|0.00|>", "Ġhello", "Ġworld", "<|1.50|>", "<|1.50|>",
            "Ġthe", "Ġquick", "Ġfox", ".", "<|4.00|>");

    /** Writes {@code root/name/1/} whose greedy decoding after a prompt of {@code promptLength} yields {@code script}. */
    public static Path write(Path root, String name, List<String> script, int promptLength, int nMels,
                             Map<String, Object> preprocessing) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name).resolve("1"));
        Files.write(dir.resolve("encoder_model.onnx"), encoder(nMels));
        Files.write(dir.resolve("decoder_model.onnx"), decoder(positionTable(script, promptLength)));
        Files.writeString(dir.resolve("tokenizer.json"), tokenizerJson(true));
        Map<String, Object> pre = new LinkedHashMap<>(preprocessing);
        pre.putIfAbsent("n_mels", nMels);
        String preYaml = pre.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("model.yaml"), "name: " + name + "\nversion: \"1\"\nfile: encoder_model.onnx\n"
                + "task: asr\npreprocessing:\n" + preYaml + "\n");
        return dir;
    }

    /** The default layout: 80 mel bins, the multilingual 3-token prompt. */
    public static Path write(Path root, String name, List<String> script) throws IOException {
        return write(root, name, script, 3, 80, Map.of());
    }

    static long id(String token) {
        int word = WORDS.indexOf(token);
        if (word >= 0) {
            return word;
        }
        int special = SPECIALS.indexOf(token);
        if (special >= 0) {
            return WORDS.size() + special;
        }
        if (token.startsWith("<|") && token.endsWith("|>")) {
            double seconds = Double.parseDouble(token.substring(2, token.length() - 2));
            return WORDS.size() + SPECIALS.size() + Math.round(seconds / WhisperVocabulary.SECONDS_PER_TIMESTAMP);
        }
        throw new IllegalArgumentException("not in the tiny vocabulary: " + token);
    }

    private static float[][] positionTable(List<String> script, int promptLength) {
        float[][] table = new float[POSITIONS][VOCAB];
        long endOfText = id("<|endoftext|>");
        for (int position = 0; position < POSITIONS; position++) {
            int k = position - (promptLength - 1);
            long next = k >= 0 && k < script.size() ? id(script.get(k)) : endOfText;
            table[position][(int) next] = 1f;
        }
        return table;
    }

    /** tokenizer.json with a WordLevel model and ByteLevel decoder; timestamps listed as added tokens or not. */
    static String tokenizerJson(boolean timestampsAdded) {
        StringBuilder vocab = new StringBuilder();
        for (int i = 0; i < WORDS.size(); i++) {
            vocab.append(i == 0 ? "" : ", ").append('"').append(WORDS.get(i)).append("\": ").append(i);
        }
        List<String> added = new ArrayList<>();
        for (int i = 0; i < SPECIALS.size(); i++) {
            added.add(addedToken(WORDS.size() + i, SPECIALS.get(i), true));
        }
        if (timestampsAdded) {
            for (int i = 0; i < WhisperVocabulary.TIMESTAMP_COUNT; i++) {
                String token = String.format(java.util.Locale.ROOT, "<|%.2f|>", i * WhisperVocabulary.SECONDS_PER_TIMESTAMP);
                added.add(addedToken(WORDS.size() + SPECIALS.size() + i, token, false));
            }
        }
        return """
                {"version": "1.0", "truncation": null, "padding": null,
                 "added_tokens": [%s],
                 "normalizer": null,
                 "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true},
                 "post_processor": null,
                 "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
                 "model": {"type": "WordLevel", "vocab": {%s}, "unk_token": "<|endoftext|>"}}
                """.formatted(String.join(",\n", added), vocab);
    }

    private static String addedToken(int id, String content, boolean special) {
        return "{\"id\": %d, \"content\": \"%s\", \"single_word\": false, \"lstrip\": false, \"rstrip\": false, "
                .formatted(id, content) + "\"normalized\": false, \"special\": " + special + "}";
    }

    /** input_features [1, n_mels, 3000] → last_hidden_state = mean over time, [1, n_mels, 1]. */
    static byte[] encoder(int nMels) {
        byte[] mean = node("ReduceMean", List.of("input_features"), List.of("last_hidden_state"),
                message().string(1, "axes").varint(8, 2).varint(20, 7).build(),
                message().string(1, "keepdims").varint(3, 1).varint(20, 2).build());
        byte[] graph = message().bytes(1, mean).string(2, "tiny_whisper_encoder")
                .bytes(11, valueInfo("input_features", FLOAT, dimValue(1), dimValue(nMels), dimValue(3000)))
                .bytes(12, valueInfo("last_hidden_state", FLOAT, dimValue(1), dimValue(nMels), dimValue(1)))
                .build();
        return model(graph);
    }

    /** input_ids [1, L], encoder_hidden_states → logits [1, L, V] = TABLE[0..L−1] + 0 · Σ encoder_hidden_states. */
    static byte[] decoder(float[][] table) {
        List<byte[]> nodes = List.of(
                node("Shape", List.of("input_ids"), List.of("ids_shape")),
                node("Gather", List.of("ids_shape", "one"), List.of("length"),
                        message().string(1, "axis").varint(3, 0).varint(20, 2).build()),
                node("Range", List.of("zero", "length", "one"), List.of("positions")),
                node("Gather", List.of("TABLE", "positions"), List.of("rows"),
                        message().string(1, "axis").varint(3, 0).varint(20, 2).build()),
                node("Unsqueeze", List.of("rows", "axis0"), List.of("table_logits")),
                node("ReduceSum", List.of("encoder_hidden_states"), List.of("state_sum"),
                        message().string(1, "keepdims").varint(3, 0).varint(20, 2).build()),
                node("Mul", List.of("state_sum", "no_weight"), List.of("state_term")),
                node("Add", List.of("table_logits", "state_term"), List.of("logits")));
        Message graph = message();
        nodes.forEach(n -> graph.bytes(1, n));
        graph.string(2, "tiny_whisper_decoder")
                .bytes(5, floatInitializer("TABLE", table))
                .bytes(5, scalarInt64("zero", 0)).bytes(5, scalarInt64("one", 1))
                .bytes(5, message().varint(1, 1).varint(2, INT64).varint(7, 0).string(8, "axis0").build())
                .bytes(5, message().varint(2, FLOAT).string(8, "no_weight").bytes(9, new byte[4]).build())
                .bytes(11, valueInfo("input_ids", INT64, dimValue(1), dimParam("length")))
                .bytes(11, valueInfo("encoder_hidden_states", FLOAT, dimValue(1), dimParam("frames"), dimParam("width")))
                .bytes(12, valueInfo("logits", FLOAT, dimValue(1), dimParam("length"), dimValue(table[0].length)));
        return model(graph.build());
    }



    private static byte[] scalarInt64(String name, long value) {
        return message().varint(2, INT64).varint(7, value).string(8, name).build();
    }






}
