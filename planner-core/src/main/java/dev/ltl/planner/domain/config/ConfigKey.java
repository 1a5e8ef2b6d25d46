package dev.ltl.planner.domain.config;

/**
 * One key of the planner configuration (a {@code best_config.json} key).
 *
 * @param name         reference spelling (snake_case)
 * @param kind         value type
 * @param nullable     whether JSON null (Python None) is a valid value
 * @param defaultValue the reference library default, in canonical form
 * @param check        range or membership rule applied to non-null values
 */
public record ConfigKey(String name, ValueKind kind, boolean nullable, Object defaultValue, ValueCheck check) {

    /** Converts a raw JSON-ish value to this key's canonical type and checks its range. */
    public Object accept(Object raw) {
        Object value = ValueCoercion.coerce(name, kind, nullable, raw);
        if (value != null) {
            check.check(name, value);
        }
        return value;
    }
}
