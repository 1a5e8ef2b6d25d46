package dev.ltl.vlm.infra;

import dev.ltl.vlm.domain.answer.AnswerEngine;
import java.nio.file.Path;

/** Loads a repository VLM directory (its model.yaml plus graph files) into an engine for its runtime. */
@FunctionalInterface
public interface RepositoryVlmLoader {
    /**
     * @param runtime the model.yaml {@code runtime} value
     * @throws IllegalArgumentException for an unsupported runtime or a bad model directory (message says why)
     */
    AnswerEngine load(Path directory, String runtime);
}
