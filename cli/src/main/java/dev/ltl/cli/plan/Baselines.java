package dev.ltl.cli.plan;

import dev.ltl.cli.json.InvalidLineException;
import dev.ltl.proto.planner.v1.Baseline;
import java.util.Locale;

/**
 * The {@code "baseline"} names of a plan line: {@code anchored | uniform | uniform_low | random |
 * oracle}, matched case-insensitively, each the proto enum name without its {@code BASELINE_} prefix.
 */
public final class Baselines {

    static final String NAMES = "anchored, uniform, uniform_low, random, oracle";

    private Baselines() {
    }

    public static Baseline parse(String name) throws InvalidLineException {
        String constant = "BASELINE_" + name.trim().toUpperCase(Locale.ROOT);
        for (Baseline baseline : Baseline.values()) {
            if (baseline != Baseline.BASELINE_UNSPECIFIED && baseline != Baseline.UNRECOGNIZED
                    && baseline.name().equals(constant)) {
                return baseline;
            }
        }
        throw new InvalidLineException("unknown baseline \"" + name + "\"; expected one of: " + NAMES);
    }
}
