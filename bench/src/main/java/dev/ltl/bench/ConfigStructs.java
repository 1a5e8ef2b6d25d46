package dev.ltl.bench;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;

/** Turns a {@code best_config.json}-style map into the protobuf {@link Struct} a PlanRequest carries. */
public final class ConfigStructs {

    private ConfigStructs() {
    }

    /** Strings, numbers (sent as doubles, as JSON would), booleans, null and lists of those. */
    public static Struct toStruct(Map<String, ?> config) {
        Struct.Builder struct = Struct.newBuilder();
        config.forEach((key, value) -> struct.putFields(key, toValue(key, value)));
        return struct.build();
    }

    private static Value toValue(String key, Object value) {
        if (value == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (value instanceof String text) {
            return Value.newBuilder().setStringValue(text).build();
        }
        if (value instanceof Number number) {
            return Value.newBuilder().setNumberValue(number.doubleValue()).build();
        }
        if (value instanceof Boolean flag) {
            return Value.newBuilder().setBoolValue(flag).build();
        }
        if (value instanceof List<?> items) {
            ListValue.Builder list = ListValue.newBuilder();
            items.forEach(item -> list.addValues(toValue(key, item)));
            return Value.newBuilder().setListValue(list).build();
        }
        throw new IllegalArgumentException("config key '" + key + "' has unsupported type " + value.getClass());
    }
}
