package dev.ltl.eventness.infra;

import dev.ltl.common.media.DecodedMedia;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.eventness.v1.MethodKind;
import java.util.List;

/**
 * One servable eventness method: a domain scorer wired to the models it needs.
 * Implementations are thread-safe.
 */
public interface ScoringMethod {
    String name();

    String description();

    MethodKind kind();

    /** True for visual methods that score video frames instead of audio. */
    boolean needsFrames();

    /** "name@version" reported in responses; "builtin@1" for DSP methods. */
    String modelId();

    /** Status of every model the method needs (empty for builtin methods). */
    List<ModelStatus> models();

    default boolean ready() {
        return models().stream().allMatch(m -> m.getState() == dev.ltl.proto.common.v1.ModelState.MODEL_STATE_READY);
    }

    /** Per-second scores of {@code media}, one per second of {@code media.numSeconds()}. */
    double[] score(DecodedMedia media);
}
