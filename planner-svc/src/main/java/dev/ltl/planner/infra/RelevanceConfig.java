package dev.ltl.planner.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Relevance providers of planner-svc ({@code ltl.planner.relevance.*}). {@code asr_bm25} and {@code text}
 * (MiniLM, bundled) are always offered; {@code clip} and {@code clap} only run when their model is
 * configured and found in the model repository; {@code asr-model} adds speech recognition to the first two.
 */
@ConfigMapping(prefix = "ltl.planner.relevance")
public interface RelevanceConfig {
    /** CLIP towers, {@code name@version} (or {@code name}, version 1) in the model repository. */
    Optional<String> clipModel();

    /** CLAP towers, {@code name@version} (or {@code name}, version 1) in the model repository. */
    Optional<String> clapModel();

    /**
     * ONNX Whisper export ({@code name@version} in the model repository; layout in relevance-core/README.md
     * "ONNX Whisper") that transcribes the request's audio for {@code asr_bm25} and {@code text} when no
     * transcript is given. Absent: those providers need a transcript.
     */
    Optional<String> asrModel();

    /** Model repository roots, first wins per file (as the other services' {@code ltl.models.roots}). */
    @WithDefault("models,../shared/models")
    List<String> modelRoots();

    /** ONNX Runtime intra-op threads per relevance model. */
    @WithDefault("1")
    int intraOpThreads();
}
