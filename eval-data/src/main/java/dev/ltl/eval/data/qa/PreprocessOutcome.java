package dev.ltl.eval.data.qa;

import java.util.List;
import java.util.Map;

/**
 * What {@link VideoPreprocessor#prepareAll} leaves to evaluate.
 *
 * @param items   the items whose video was prepared, in input order
 * @param videos  prepared videos by video id, in first-appearance order
 * @param skipped videos left out (with allow-missing), in first-appearance order
 */
public record PreprocessOutcome(List<QaItem> items, Map<String, PreprocessedVideo> videos, List<SkippedVideo> skipped) {
    public PreprocessOutcome {
        items = List.copyOf(items);
        videos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(videos));
        skipped = List.copyOf(skipped);
    }
}
