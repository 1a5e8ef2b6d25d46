package dev.ltl.vlm.domain;

/** Whether a backbone accepts any square input size or exactly one. */
public enum BackboneKind {
    /** Takes r×r directly (symbolic height/width in the ONNX graph, e.g. a ViT with interpolated positions). */
    DYNAMIC_SIZE,
    /** Takes one input size only; other resolutions are resized to it. */
    FIXED_SIZE
}
