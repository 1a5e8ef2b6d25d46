package dev.ltl.vlm.domain.answer;

import dev.ltl.common.media.RgbImage;

/** A decoded image of a question and the size it is to be shown at. */
public record QuestionImage(RgbImage image, ImageSize size) {
}
