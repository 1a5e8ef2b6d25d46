package dev.ltl.eval.train.domain;

import java.util.Locale;

/** The two per-second classification heads of the reference (spec §4.3). */
public enum HeadKind {
    /** Linear → ReLU → Dropout → Linear, applied to every second on its own. */
    MLP("mlp"),
    /** Conv1d over the seconds (kernel K, zero padding ⌊K/2⌋) → ReLU → Dropout → Conv1d(kernel 1). */
    TEMPORAL_CONV("temporal_conv");

    private final String configName;

    HeadKind(String configName) {
        this.configName = configName;
    }

    /** The name used in `best_config.json` (`head`). */
    public String configName() {
        return configName;
    }

    /** Parses the config name (`mlp` or `temporal_conv`). */
    public static HeadKind fromConfigName(String name) {
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        for (HeadKind kind : values()) {
            if (kind.configName.equals(normalised)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown head '" + name + "' (expected mlp or temporal_conv)");
    }
}
