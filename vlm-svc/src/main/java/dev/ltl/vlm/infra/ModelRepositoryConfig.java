package dev.ltl.vlm.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Where models come from ({@code ltl.models.*}). */
@ConfigMapping(prefix = "ltl.models")
public interface ModelRepositoryConfig {
    /** Model repository roots, layered: each file is taken from the first root that has it. */
    List<String> roots();

    /** ONNX Runtime intra-op threads per session. */
    @WithDefault("1")
    int intraOpThreads();
}
