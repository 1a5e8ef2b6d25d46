package dev.ltl.vlm.domain.answer;

/**
 * What one image cost: its index in the query, the requested square side (0 for a pixel budget),
 * the size the model saw after its own resize rule, and the vision tokens that size costs.
 */
public record ImageCost(int index, int requestedResolution, int resizedWidth, int resizedHeight, long visionTokens) {
}
