package dev.ltl.eval.artifacts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.ltl.eval.sweep.BestConfigKeys;
import dev.ltl.planner.domain.PlannerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code best_config.json} and every {@code <cand>/config.json}: exactly the §5.5 keys
 * ({@link BestConfigKeys#ORDER}).
 */
public final class BestConfigFile {
    private BestConfigFile() {
    }

    /** Writes the config's §5.5 key map. */
    public static void write(Path file, PlannerConfig config) {
        ArtifactJson.write(file, BestConfigKeys.toJsonMap(config));
    }

    /** Reads a config file into a validated planner config. */
    public static PlannerConfig read(Path file) {
        try {
            Map<String, Object> json = ArtifactJson.mapper().readValue(file.toFile(),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
            return PlannerConfig.fromMap(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * [QUIRK §3.5.7/§8.7] The reference {@code run} subcommand does not read the gate and
     * visual-fallback keys, so a replay of a best config on test loses them: this returns the
     * config with those keys reset to the library defaults, for a faithful replay.
     */
    public static PlannerConfig asReplayedByRun(PlannerConfig config) {
        PlannerConfig defaults = PlannerConfig.defaults();
        Map<String, Object> reset = new LinkedHashMap<>();
        for (String key : new String[] {"anchor_gate_method", "anchor_gate_threshold", "anchor_gate_label_radius",
                "anchor_fallback_mode", "anchor_fallback_visual_conf_metric", "anchor_fallback_visual_conf_threshold"}) {
            reset.put(key, defaults.toMap().get(key));
        }
        return config.with(reset);
    }
}
