package dev.ltl.vlm.infra;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.domain.EmbeddingEngine;
import java.util.Optional;

/**
 * A configured backbone: its engine when it loaded, otherwise why not. The spec is present whenever the
 * model.yaml could be read, so ListModels can describe a model that is not ready.
 */
public record ServedModel(String name, String version, ModelStatus status, Optional<BackboneSpec> spec,
                          Optional<EmbeddingEngine> engine) {

    public String id() {
        return name + "@" + version;
    }

    public boolean ready() {
        return status.getState() == ModelState.MODEL_STATE_READY && engine.isPresent();
    }
}
