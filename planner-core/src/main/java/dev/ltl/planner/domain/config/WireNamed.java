package dev.ltl.planner.domain.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum constant with a reference spelling (the string used in configuration JSON). */
public interface WireNamed {
    String wireName();

    /** The constant of {@code type} whose wire name is {@code name}, if any. */
    static <E extends Enum<E> & WireNamed> Optional<E> find(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wireName().equals(name)).findFirst();
    }

    /** Like {@link #find} but for values already validated by the configuration. */
    static <E extends Enum<E> & WireNamed> E of(Class<E> type, String name) {
        return find(type, name).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + name + "'"));
    }

    static <E extends Enum<E> & WireNamed> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).toList();
    }
}
