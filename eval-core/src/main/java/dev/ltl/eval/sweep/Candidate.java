package dev.ltl.eval.sweep;

import dev.ltl.planner.domain.PlannerConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sweep candidate: its name and its full {@code best_config.json} key map (reference §5.5),
 * which is also what {@code <out>/<cand>/config.json} holds.
 */
public record Candidate(String name, Map<String, Object> config) {

    public Candidate {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        if (!name.equals(config.get("name"))) {
            throw new IllegalArgumentException("candidate name " + name + " differs from its config name");
        }
    }

    /** The planner configuration (validated by {@link PlannerConfig#fromMap}). */
    public PlannerConfig plannerConfig() {
        return PlannerConfig.fromMap(config);
    }
}
