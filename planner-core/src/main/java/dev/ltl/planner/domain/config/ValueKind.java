package dev.ltl.planner.domain.config;

/** The JSON value type of a configuration key and its canonical Java type. */
public enum ValueKind {
    /** {@link Integer}; integral doubles (as protobuf Struct delivers them) are accepted. */
    INT,
    /** {@link Double}; any finite number. */
    DOUBLE,
    /** {@link String}. */
    STRING,
    /** Unmodifiable {@code List<Integer>}; any collection or array of integral numbers. */
    INT_LIST
}
