package dev.ltl.common.models;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A model found in the repository: its spec and the resolved path of its model file.
 * {@code modelFile} may be absent (a model.yaml shipped without weights): such a model is
 * listed but NOT_READY.
 */
public record ModelEntry(String name, String version, ModelSpec spec, Optional<Path> modelFile,
                         Optional<Path> labelsFile, String missingReason) {

    public String id() {
        return name + "@" + version;
    }

    public boolean hasModelFile() {
        return modelFile.isPresent();
    }
}
