package dev.ltl.planner.api;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts a protobuf Struct (JSON object) to plain Java maps, lists, doubles, strings and booleans. */
final class StructMaps {
    private StructMaps() {
    }

    static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case NUMBER_VALUE -> value.getNumberValue();
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> value.getBoolValue();
            case STRUCT_VALUE -> toMap(value.getStructValue());
            case LIST_VALUE -> toList(value.getListValue());
        };
    }

    private static List<Object> toList(ListValue list) {
        List<Object> out = new ArrayList<>(list.getValuesCount());
        for (Value value : list.getValuesList()) {
            out.add(toJava(value));
        }
        return out;
    }
}
