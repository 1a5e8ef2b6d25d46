package dev.ltl.vlm.infra;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which files a request may point at ({@code ltl.media.*}). */
@ConfigMapping(prefix = "ltl.media")
public interface MediaConfig {
    /** When set, image and video URIs must lie under one of these directories (PERMISSION_DENIED otherwise). */
    Optional<List<String>> allowedRoots();
}
