package dev.ltl.planner.domain.config;

import dev.ltl.planner.domain.InvalidConfigException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Turns loosely typed JSON values into canonical Java values. Numbers may arrive as Double even
 * for integer keys (protobuf Struct has only doubles), so an integral double is a valid int,
 * while 2.5 is not.
 */
final class ValueCoercion {
    private ValueCoercion() {
    }

    static Object coerce(String key, ValueKind kind, boolean nullable, Object raw) {
        if (raw == null) {
            if (nullable) {
                return null;
            }
            throw new InvalidConfigException(key, key + " must not be null");
        }
        return switch (kind) {
            case INT -> toInt(key, raw);
            case DOUBLE -> toDouble(key, raw);
            case STRING -> toStringValue(key, raw);
            case INT_LIST -> toIntList(key, raw);
        };
    }

    private static Integer toInt(String key, Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Long || raw instanceof BigInteger) {
            return intInRange(key, new BigDecimal(raw.toString()), raw);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double v = ((Number) raw).doubleValue();
            if (!Double.isFinite(v) || v != Math.rint(v)) {
                throw new InvalidConfigException(key, key + " must be an integer, got " + raw);
            }
            return intInRange(key, BigDecimal.valueOf(v), raw);
        }
        if (raw instanceof BigDecimal decimal) {
            if (decimal.stripTrailingZeros().scale() > 0) {
                throw new InvalidConfigException(key, key + " must be an integer, got " + raw);
            }
            return intInRange(key, decimal, raw);
        }
        throw wrongType(key, "an integer", raw);
    }

    private static Integer intInRange(String key, BigDecimal value, Object raw) {
        if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidConfigException(key, key + " is out of the integer range: " + raw);
        }
        return value.intValueExact();
    }

    private static Double toDouble(String key, Object raw) {
        if (!(raw instanceof Number number)) {
            throw wrongType(key, "a number", raw);
        }
        double v = number.doubleValue();
        if (!Double.isFinite(v)) {
            throw new InvalidConfigException(key, key + " must be finite, got " + raw);
        }
        return v;
    }

    private static String toStringValue(String key, Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        throw wrongType(key, "a string", raw);
    }

    private static List<Integer> toIntList(String key, Object raw) {
        List<Object> elements = new ArrayList<>();
        if (raw instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else if (raw.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(raw); i++) {
                elements.add(Array.get(raw, i));
            }
        } else {
            throw wrongType(key, "a list of integers", raw);
        }
        List<Integer> out = new ArrayList<>();
        for (Object element : elements) {
            if (element == null) {
                throw new InvalidConfigException(key, key + " must not contain null");
            }
            out.add(toInt(key, element));
        }
        return Collections.unmodifiableList(out);
    }

    private static InvalidConfigException wrongType(String key, String expected, Object raw) {
        return new InvalidConfigException(key, key + " must be " + expected + ", got "
                + raw.getClass().getSimpleName() + " " + raw);
    }
}
