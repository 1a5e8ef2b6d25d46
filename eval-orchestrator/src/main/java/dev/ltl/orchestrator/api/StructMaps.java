package dev.ltl.orchestrator.api;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Protobuf {@code Struct} to plain Java values: String, Double, Boolean, List, Map and null. */
public final class StructMaps {
    private StructMaps() {
    }

    public static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> out = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((key, value) -> out.put(key, toJava(value)));
        return out;
    }

    private static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> value.getStringValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case BOOL_VALUE -> value.getBoolValue();
            case STRUCT_VALUE -> toMap(value.getStructValue());
            case LIST_VALUE -> toList(value.getListValue());
            case NULL_VALUE, KIND_NOT_SET -> null;
        };
    }

    private static List<Object> toList(ListValue list) {
        List<Object> out = new ArrayList<>();
        list.getValuesList().forEach(v -> out.add(toJava(v)));
        return out;
    }
}
