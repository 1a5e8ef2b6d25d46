package dev.ltl.planner.domain.config;

import dev.ltl.planner.domain.InvalidConfigException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A range or membership rule on one canonical, non-null configuration value. */
@FunctionalInterface
public interface ValueCheck {
    /** @throws InvalidConfigException naming {@code key} when the value is out of range */
    void check(String key, Object value);

    ValueCheck ANY = (key, value) -> { };

    static ValueCheck atLeast(int min) {
        return (key, value) -> {
            if ((Integer) value < min) {
                throw new InvalidConfigException(key, key + " must be >= " + min + ", got " + value);
            }
        };
    }

    static ValueCheck atLeast(double min) {
        return (key, value) -> {
            if ((Double) value < min) {
                throw new InvalidConfigException(key, key + " must be >= " + min + ", got " + value);
            }
        };
    }

    /** For probabilities such as dropout: 0 ≤ v < 1. */
    static ValueCheck unitInterval() {
        return (key, value) -> {
            double v = (Double) value;
            if (v < 0 || v >= 1) {
                throw new InvalidConfigException(key, key + " must be in [0, 1), got " + value);
            }
        };
    }

    static ValueCheck oddPositive() {
        return (key, value) -> {
            int v = (Integer) value;
            if (v < 1 || v % 2 == 0) {
                throw new InvalidConfigException(key, key + " must be a positive odd integer, got " + value);
            }
        };
    }

    static ValueCheck oneOf(Collection<String> allowed) {
        return oneOf(allowed, Map.of());
    }

    /**
     * Membership in {@code allowed}; names in {@code unsupported} are known to the reference
     * but cannot be served here, and the message says why.
     */
    static ValueCheck oneOf(Collection<String> allowed, Map<String, String> unsupported) {
        List<String> names = List.copyOf(allowed);
        return (key, value) -> {
            String why = unsupported.get(value);
            if (why != null) {
                throw new InvalidConfigException(key, key + " '" + value + "' is not supported: " + why);
            }
            if (!names.contains(value)) {
                throw new InvalidConfigException(key, key + " must be one of " + names + ", got '" + value + "'");
            }
        };
    }

    /** Applies {@code each} to every element of an integer list. */
    static ValueCheck eachElement(ValueCheck each) {
        return (key, value) -> {
            for (Object element : (List<?>) value) {
                each.check(key, element);
            }
        };
    }
}
