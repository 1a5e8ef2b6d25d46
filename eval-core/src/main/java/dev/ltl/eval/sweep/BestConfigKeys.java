package dev.ltl.eval.sweep;

import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.planner.domain.config.ConfigKey;
import dev.ltl.planner.domain.config.ConfigKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact key set of {@code best_config.json} (reference §5.5): every planner key except
 * {@code patch_size}, which the reference never writes (Stage-2 always uses P = 16, §1.4).
 */
public final class BestConfigKeys {
    /** Keys in {@code best_config.json} order. */
    public static final List<String> ORDER = ConfigKeys.all().stream()
            .map(ConfigKey::name)
            .filter(name -> !name.equals(ConfigKeys.PATCH_SIZE))
            .toList();

    private BestConfigKeys() {
    }

    /** The config as a {@code best_config.json} map: exactly {@link #ORDER}, in that order. */
    public static Map<String, Object> toJsonMap(PlannerConfig config) {
        Map<String, Object> all = config.toMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : ORDER) {
            out.put(key, all.get(key));
        }
        return out;
    }
}
