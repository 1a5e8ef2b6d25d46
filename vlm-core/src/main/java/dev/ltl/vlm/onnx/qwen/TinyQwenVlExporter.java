package dev.ltl.vlm.onnx.qwen;

import dev.ltl.vlm.domain.qwen.QwenVisionConfig;
import dev.ltl.vlm.onnx.TinyTokenizerJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * Writes a tiny Qwen-VL stand-in into a directory — {@code vision_encoder.onnx}, {@code embed_tokens.onnx},
 * {@code decoder_model_merged.onnx}, {@code tokenizer.json} and a {@code model.yaml} for {@link QwenOnnxVlm} —
 * with the input/output contract of the onnx-community Qwen2-VL export and weights drawn deterministically from
 * a seed. It lets tests, the demo and benchmarks run every path of the runner where no real VLM can be had; it
 * answers at chance.
 *
 * <p>Vision: Qwen2-VL's processor (patch 14, merge 2, temporal 2, CLIP mean/std) with smaller pixel bounds
 * ({@link #MIN_PIXELS}..{@link #MAX_PIXELS}, i.e. 4..256 vision tokens per image) to keep prompts short.
 */
public final class TinyQwenVlExporter {
    /** Smart-resize lower bound of the tiny model (56², 4 tokens). */
    public static final long MIN_PIXELS = 56L * 56;
    /** Smart-resize upper bound of the tiny model (448², 256 tokens). */
    public static final long MAX_PIXELS = 448L * 448;
    /** Images one question may carry. */
    public static final int MAX_IMAGES = 16;
    /** Longest expanded prompt accepted. */
    public static final int MAX_SEQUENCE_LENGTH = 4096;

    private TinyQwenVlExporter() {
    }

    /** The processor configuration the tiny model is exported with. */
    public static QwenVisionConfig visionConfig() {
        return QwenVisionConfig.qwen2vl().withPixelBounds(MIN_PIXELS, MAX_PIXELS);
    }

    /** The tiny model's sizes (vocabulary = the tiny tokenizer's). */
    public static TinyQwenDims dims() {
        QwenVisionConfig vision = visionConfig();
        return new TinyQwenDims(32, 2, 2, 16, 64, TinyTokenizerJson.vocabSize(), vision.patchDim(), vision.mergeSize());
    }

    /**
     * Writes the model files into {@code dir} (created if needed) under the name {@code tiny-qwen-vl@1}.
     *
     * @return {@code dir}
     */
    public static Path export(Path dir, long seed) {
        return export(dir, seed, "tiny-qwen-vl", "1");
    }

    /** As {@link #export(Path, long)} with the name and version model.yaml carries. */
    public static Path export(Path dir, long seed, String name, String version) {
        TinyQwenDims dims = dims();
        TinyQwenGraphs graphs = new TinyQwenGraphs(dims, seed);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("vision_encoder.onnx"), graphs.visionEncoder());
            Files.write(dir.resolve("embed_tokens.onnx"), graphs.embedTokens());
            Files.write(dir.resolve("decoder_model_merged.onnx"), graphs.decoder());
            TinyTokenizerJson.write(dir);
            Files.writeString(dir.resolve("model.yaml"), modelYaml(dims, seed, name, version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tiny Qwen-VL model to " + dir, e);
        }
        return dir;
    }

    private static String modelYaml(TinyQwenDims dims, long seed, String name, String version) {
        QwenVisionConfig v = visionConfig();
        return String.join("\n",
                "name: " + name,
                "version: \"" + version + "\"",
                "file: decoder_model_merged.onnx",
                "task: vlm-answer",
                "runtime: " + QwenModelConfig.RUNTIME,
                "description: >-",
                "  Tiny generated Qwen-VL stand-in (seed " + seed + "): onnx-community Qwen2-VL graph contract, "
                        + dims.layers() + " attention layers,",
                "  hidden " + dims.hidden() + ", random weights. Answers at chance; exists to exercise the runner.",
                "device: cpu",
                "vlm:",
                "  vision_encoder: vision_encoder.onnx",
                "  embed_tokens: embed_tokens.onnx",
                "  decoder: decoder_model_merged.onnx",
                "  tokenizer: tokenizer.json",
                "  hidden_size: " + dims.hidden(),
                "  num_layers: " + dims.layers(),
                "  num_kv_heads: " + dims.heads(),
                "  head_dim: " + dims.headDim(),
                "  vocab_size: " + dims.vocab(),
                "  max_images: " + MAX_IMAGES,
                "  max_sequence_length: " + MAX_SEQUENCE_LENGTH,
                "  prompt_format: chat_template",
                "  letter_prefix: auto",
                "  special_tokens: {image_pad: \"<|image_pad|>\", vision_start: \"<|vision_start|>\", "
                        + "vision_end: \"<|vision_end|>\", stop: [\"<|im_end|>\", \"<|endoftext|>\"]}",
                "  vision: {patch_size: " + v.patchSize() + ", merge_size: " + v.mergeSize() + ", temporal_patch_size: "
                        + v.temporalPatchSize() + ", min_pixels: " + v.minPixels() + ", max_pixels: " + v.maxPixels()
                        + ", mean: " + list(v.mean()) + ", std: " + list(v.std()) + "}",
                "");
    }

    private static String list(float[] values) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (float v : values) {
            joined.add(Float.toString(v));
        }
        return joined.toString();
    }
}
