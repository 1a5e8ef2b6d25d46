package dev.ltl.vlm.infra;

import dev.ltl.common.media.RgbImage;

/**
 * A decoded image and where it came from.
 *
 * @param sourceIndex index into EmbedRequest.images
 * @param second      video second of the frame (0 for still images)
 * @param image       decoded RGB pixels
 */
public record SourcedImage(int sourceIndex, int second, RgbImage image) {
}
