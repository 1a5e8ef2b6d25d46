package dev.ltl.vlm.domain;

/** How an image at requested resolution r reached the network. */
public enum ResizeMode {
    /** Dynamic-size backbone: resized to r×r and fed as is. */
    NATIVE,
    /** Fixed-size backbone: resized to r×r, then to the model's input size (so detail is limited by r). */
    RESIZED_TO_INPUT
}
