package dev.ltl.eval.qa;

import java.nio.file.Path;
import java.util.List;

/**
 * Thrown when a resumed JSONL stream was written under a different run configuration: resuming
 * would mix rows of two different experiments.
 */
public class ConfigMismatchException extends RuntimeException {
    private final List<String> differingKeys;

    /** A mismatch in {@code file} on the given top-level config keys. */
    public ConfigMismatchException(Path file, List<String> differingKeys) {
        super("run config differs from the header of " + file + " in keys " + differingKeys);
        this.differingKeys = List.copyOf(differingKeys);
    }

    /** The top-level config keys whose values differ (or exist on one side only), sorted. */
    public List<String> differingKeys() {
        return differingKeys;
    }
}
