package dev.ltl.eval.artifacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One element of {@code results_by_seed}: {@code {seed, baselines: {b: result}}} (§5.4). */
public record SeedResult(int seed, Map<String, BaselineResult> baselines) {
    public SeedResult {
        baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
    }
}
