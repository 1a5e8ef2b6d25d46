package dev.ltl.planner.infra;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which files a relevance request may point at ({@code ltl.media.*}, as in eventness-svc and vlm-svc). */
@ConfigMapping(prefix = "ltl.media")
public interface MediaConfig {
    /** When set, {@code media.uri} and {@code transcript_uri} must lie under one of these directories. */
    Optional<List<String>> allowedRoots();
}
