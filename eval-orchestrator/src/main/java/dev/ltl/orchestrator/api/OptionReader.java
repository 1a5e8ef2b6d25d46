package dev.ltl.orchestrator.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of a run's option map (the JSON-like values of a protobuf Struct: String, Number,
 * Boolean, List, Map, null), each error naming the option. Keys are the CLI's option names without
 * the dashes: {@code candidate_set} and {@code candidate-set} are the same option. It remembers
 * what was read, so options that do not apply to the run can be rejected instead of ignored.
 */
final class OptionReader {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final Path baseDir;

    OptionReader(Map<String, ?> options, Path baseDir) {
        this.baseDir = baseDir;
        Map<String, String> spelledAs = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            String name = key.replace('-', '_');
            String earlier = spelledAs.putIfAbsent(name, key);
            if (earlier != null) {
                throw new InvalidRunOptionException(name, "option " + name + " is given twice (as '" + earlier
                        + "' and '" + key + "')");
            }
            // A Struct null is how JSON clients say "not set": treat it as absent.
            if (value != null) {
                values.put(name, value);
            }
        });
    }

    String string(String name, String fallback) {
        Object value = read(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw wrongType(name, "a non-empty string", value);
        }
        return s;
    }

    String requiredString(String name) {
        String value = string(name, null);
        if (value == null) {
            throw new InvalidRunOptionException(name, "option " + name + " is required");
        }
        return value;
    }

    /** A path option; relative paths resolve against the server's base directory, not its cwd at run time. */
    Path path(String name) {
        String value = string(name, null);
        return value == null ? null : baseDir.resolve(value).normalize();
    }

    Path requiredPath(String name) {
        return baseDir.resolve(requiredString(name)).normalize();
    }

    boolean flag(String name, boolean fallback) {
        Object value = read(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw wrongType(name, "true or false", value);
        }
        return b;
    }

    int integer(String name, int fallback, int min) {
        Object value = read(name);
        if (value == null) {
            return fallback;
        }
        int n = wholeNumber(name, value);
        if (n < min) {
            throw new InvalidRunOptionException(name, "option " + name + " must be at least " + min + ", got " + n);
        }
        return n;
    }

    double number(String name, double fallback, double min, double max) {
        Object value = read(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw wrongType(name, "a number", value);
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw new InvalidRunOptionException(name, "option " + name + " must be in [" + min + ", " + max
                    + "], got " + d);
        }
        return d;
    }

    /** A list of whole numbers, given as a JSON list or, like the CLI, as "0,1,2". */
    List<Integer> integers(String name, List<Integer> fallback) {
        List<Integer> out = new ArrayList<>();
        for (Object item : items(name)) {
            out.add(item instanceof String s ? parseWhole(name, s.strip()) : wholeNumber(name, item));
        }
        return out.isEmpty() && read(name) == null ? fallback : out;
    }

    /** A list of strings, given as a JSON list or, like the CLI, as "a,b". */
    List<String> strings(String name, List<String> fallback) {
        List<String> out = new ArrayList<>();
        for (Object item : items(name)) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw wrongType(name, "a list of non-empty strings", item);
            }
            out.add(s.strip());
        }
        return out.isEmpty() && read(name) == null ? fallback : out;
    }

    /** Fails on the first option no read asked for: a typo or an option of another run kind. */
    void rejectUnknown(String runKind) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidRunOptionException(name, "option " + name + " does not apply to " + runKind
                        + " runs; known options: " + known);
            }
        }
    }

    private Object read(String name) {
        known.add(name);
        return values.get(name);
    }

    private List<?> items(String name) {
        Object value = read(name);
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list
                : value instanceof String s ? List.of(s.split(",", -1)) : null;
        if (items == null) {
            throw wrongType(name, "a list or a comma-separated string", value);
        }
        if (items.isEmpty()) {
            throw new InvalidRunOptionException(name, "option " + name + " must not be empty");
        }
        return items;
    }

    private static int wholeNumber(String name, Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        // Struct numbers are doubles: 3.0 is the whole number 3, 2.5 is not.
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return (int) n.doubleValue();
        }
        throw wrongType(name, "a whole number", value);
    }

    private static int parseWhole(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw wrongType(name, "a whole number", text);
        }
    }

    private static InvalidRunOptionException wrongType(String name, String expected, Object value) {
        String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        return new InvalidRunOptionException(name, "option " + name + " must be " + expected + ", got " + shown);
    }
}
