package dev.ltl.vlm.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How pixels become the network's input, from the {@code preprocessing} block of model.yaml.
 *
 * <pre>
 * preprocessing: {layout: NCHW, scale: 255.0, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225],
 *                 resize: bicubic, dynamic_size: true}      # or input_size: 224 for a fixed-size model
 * </pre>
 *
 * Value v (0..255) of channel c becomes {@code (v / scale - mean[c]) / std[c]}, as torchvision's
 * ToTensor + Normalize do (ltl-ave-reference §6 steps 3–4).
 *
 * @param layout    tensor layout
 * @param scale     divisor turning 8-bit values into the model's range (255 → [0, 1])
 * @param mean      per-channel mean (RGB), after scaling
 * @param std       per-channel standard deviation (RGB), after scaling
 * @param kind      dynamic-size or fixed-size backbone
 * @param inputSize side of the fixed input (0 for a dynamic-size backbone)
 */
public record PreprocessingSpec(TensorLayout layout, float scale, float[] mean, float[] std, BackboneKind kind,
                                int inputSize) {

    /** The only resize filter: Pillow BICUBIC, what the reference feature caches use (§6). */
    public static final String RESIZE_BICUBIC = "bicubic";

    public PreprocessingSpec {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("preprocessing.scale must be > 0, got " + scale);
        }
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("preprocessing.mean and .std need 3 values (RGB), got "
                    + Arrays.toString(mean) + " and " + Arrays.toString(std));
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("preprocessing.std values must be > 0, got " + Arrays.toString(std));
            }
        }
        if (kind == BackboneKind.FIXED_SIZE && inputSize < 1) {
            throw new IllegalArgumentException("a fixed-size backbone needs preprocessing.input_size >= 1");
        }
        mean = mean.clone();
        std = std.clone();
    }

    /**
     * Reads the block. A fixed-size backbone takes its side from {@code input_size}, or else from the
     * input tensor's spatial dims when they are fixed and square ({@code fixedSideFromShape} > 0).
     *
     * @throws IllegalArgumentException on unknown filters or layouts, or missing sizes
     */
    public static PreprocessingSpec fromYaml(Map<String, Object> block, int fixedSideFromShape) {
        String resize = String.valueOf(block.getOrDefault("resize", RESIZE_BICUBIC)).toLowerCase();
        if (!resize.equals(RESIZE_BICUBIC)) {
            throw new IllegalArgumentException("preprocessing.resize '" + resize + "' is not supported; use bicubic");
        }
        TensorLayout layout;
        try {
            layout = TensorLayout.valueOf(String.valueOf(block.getOrDefault("layout", "NCHW")).toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("preprocessing.layout must be NCHW or NHWC, got " + block.get("layout"));
        }
        float scale = number(block.getOrDefault("scale", 255.0), "scale");
        float[] mean = triple(block.getOrDefault("mean", List.of(0, 0, 0)), "mean");
        float[] std = triple(block.getOrDefault("std", List.of(1, 1, 1)), "std");
        boolean dynamic = Boolean.parseBoolean(String.valueOf(block.getOrDefault("dynamic_size", "false")));
        if (dynamic) {
            return new PreprocessingSpec(layout, scale, mean, std, BackboneKind.DYNAMIC_SIZE, 0);
        }
        int inputSize = block.containsKey("input_size") ? (int) number(block.get("input_size"), "input_size")
                : fixedSideFromShape;
        return new PreprocessingSpec(layout, scale, mean, std, BackboneKind.FIXED_SIZE, inputSize);
    }

    /** Side actually fed to the network for requested resolution r. */
    public int fedSize(int resolution) {
        return kind == BackboneKind.DYNAMIC_SIZE ? resolution : inputSize;
    }

    /** How an image at r reaches the network. */
    public ResizeMode mode() {
        return kind == BackboneKind.DYNAMIC_SIZE ? ResizeMode.NATIVE : ResizeMode.RESIZED_TO_INPUT;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    private static float number(Object value, String key) {
        if (value instanceof Number n) {
            return n.floatValue();
        }
        throw new IllegalArgumentException("preprocessing." + key + " must be a number, got " + value);
    }

    private static float[] triple(Object value, String key) {
        if (!(value instanceof List<?> list) || list.size() != 3) {
            throw new IllegalArgumentException("preprocessing." + key + " must be a list of 3 numbers, got " + value);
        }
        float[] out = new float[3];
        for (int i = 0; i < 3; i++) {
            out[i] = number(list.get(i), key);
        }
        return out;
    }
}
