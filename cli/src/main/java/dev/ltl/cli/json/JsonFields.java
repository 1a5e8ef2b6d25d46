package dev.ltl.cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed reads of the fields of one input line. Every problem becomes an {@link InvalidLineException}
 * naming the field, so a user can fix the line from the error message alone.
 *
 * <p>A field that is present with JSON {@code null} counts as absent. Integer fields accept any
 * integral JSON number ({@code 3} or {@code 3.0}, as Python's json module may write floats) and
 * reject fractions ({@code 3.5}) and values out of range.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** Whether the field is present and not JSON {@code null}. */
    public static boolean has(ObjectNode line, String field) {
        JsonNode node = line.get(field);
        return node != null && !node.isNull();
    }

    public static String requiredText(ObjectNode line, String field) throws InvalidLineException {
        JsonNode node = required(line, field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidLineException("field \"" + field + "\" must be a non-empty string");
        }
        return node.asText();
    }

    public static int requiredInt(ObjectNode line, String field) throws InvalidLineException {
        return toInt(required(line, field), "field \"" + field + "\"");
    }

    public static OptionalInt optionalInt(ObjectNode line, String field) throws InvalidLineException {
        if (!has(line, field)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(toInt(line.get(field), "field \"" + field + "\""));
    }

    public static OptionalLong optionalLong(ObjectNode line, String field) throws InvalidLineException {
        if (!has(line, field)) {
            return OptionalLong.empty();
        }
        JsonNode node = line.get(field);
        if (!isIntegral(node) || !node.canConvertToLong()) {
            throw new InvalidLineException("field \"" + field + "\" must be a 64-bit integer");
        }
        return OptionalLong.of(node.asLong());
    }

    public static double[] requiredDoubles(ObjectNode line, String field) throws InvalidLineException {
        return doubles(required(line, field), field);
    }

    public static Optional<double[]> optionalDoubles(ObjectNode line, String field)
            throws InvalidLineException {
        return has(line, field) ? Optional.of(doubles(line.get(field), field)) : Optional.empty();
    }

    public static Optional<int[]> optionalInts(ObjectNode line, String field) throws InvalidLineException {
        if (!has(line, field)) {
            return Optional.empty();
        }
        JsonNode array = line.get(field);
        if (!array.isArray()) {
            throw new InvalidLineException("field \"" + field + "\" must be an array of integers");
        }
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toInt(array.get(i), "element " + i + " of \"" + field + "\"");
        }
        return Optional.of(values);
    }

    public static Optional<ObjectNode> optionalObject(ObjectNode line, String field)
            throws InvalidLineException {
        if (!has(line, field)) {
            return Optional.empty();
        }
        JsonNode node = line.get(field);
        if (!node.isObject()) {
            throw new InvalidLineException("field \"" + field + "\" must be a JSON object");
        }
        return Optional.of((ObjectNode) node);
    }

    private static JsonNode required(ObjectNode line, String field) throws InvalidLineException {
        if (!has(line, field)) {
            throw new InvalidLineException("missing required field \"" + field + "\"");
        }
        return line.get(field);
    }

    private static double[] doubles(JsonNode array, String field) throws InvalidLineException {
        if (!array.isArray()) {
            throw new InvalidLineException("field \"" + field + "\" must be an array of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = array.get(i);
            if (!element.isNumber()) {
                throw new InvalidLineException("element " + i + " of \"" + field + "\" must be a number");
            }
            values[i] = element.asDouble();
        }
        return values;
    }

    private static int toInt(JsonNode node, String what) throws InvalidLineException {
        if (!isIntegral(node) || !node.canConvertToInt()) {
            throw new InvalidLineException(what + " must be a 32-bit integer");
        }
        return node.asInt();
    }

    private static boolean isIntegral(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        if (!node.isFloatingPointNumber()) {
            return false;
        }
        double value = node.asDouble();
        return Double.isFinite(value) && value == Math.rint(value);
    }
}
