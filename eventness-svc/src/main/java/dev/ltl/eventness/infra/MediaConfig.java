package dev.ltl.eventness.infra;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which media a request may point at ({@code ltl.media.*}). */
@ConfigMapping(prefix = "ltl.media")
public interface MediaConfig {
    /** When set, file:// URIs must lie under one of these directories (PERMISSION_DENIED otherwise). */
    Optional<List<String>> allowedRoots();
}
