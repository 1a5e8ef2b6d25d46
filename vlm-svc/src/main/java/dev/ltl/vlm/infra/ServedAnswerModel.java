package dev.ltl.vlm.infra;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.vlm.domain.answer.AnswerEngine;
import java.util.Optional;

/**
 * A vision-language model served by Answer: a repository VLM run on ONNX Runtime or a registered
 * OpenAI-compatible backend. Carries its engine when it loaded, otherwise the status says why not.
 *
 * @param runtime "onnx-qwen-vl" or "openai-http" (as model.yaml or the backend kind says, even when not loaded)
 */
public record ServedAnswerModel(String name, String version, String runtime, ModelStatus status,
                                Optional<AnswerEngine> engine) {

    public String id() {
        return name + "@" + version;
    }

    public boolean ready() {
        return status.getState() == ModelState.MODEL_STATE_READY && engine.isPresent();
    }
}
