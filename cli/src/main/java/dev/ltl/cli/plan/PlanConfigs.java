package dev.ltl.cli.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.cli.json.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The planner config a line is sent with: the {@code --config} file's object with the line's own
 * {@code "config"} laid over it.
 *
 * <p>[AMBIG] "a line's own config keys override it" is read as a top-level merge: a key in the
 * line replaces the default's value for that key wholesale (nested objects are not merged). The
 * reference config is flat, so the two readings only differ for nested values.
 */
public final class PlanConfigs {

    private PlanConfigs() {
    }

    /** Reads a {@code --config} file, which must hold one JSON object (e.g. a best_config.json). */
    public static ObjectNode load(Path file) throws IOException, InvalidLineException {
        return JsonLines.readObjectDocument(Files.readString(file));
    }

    /**
     * @return the merged config, or empty when there is neither a default nor a line config (the
     *         request then carries no config and the service uses its defaults)
     */
    public static Optional<ObjectNode> merge(Optional<ObjectNode> defaults, Optional<ObjectNode> line) {
        if (defaults.isEmpty()) {
            return line;
        }
        ObjectNode merged = defaults.get().deepCopy();
        line.ifPresent(merged::setAll);
        return Optional.of(merged);
    }
}
