package dev.ltl.cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.Map;

/**
 * Jackson tree to {@code google.protobuf.Struct}, the type the planner takes its config in.
 *
 * <p>Struct numbers are doubles, so every JSON number becomes a double, exactly as
 * {@code JsonFormat} would parse it; integers above 2^53 lose precision there too. Built by hand
 * from the Jackson tree the line was already parsed into, to avoid a second JSON parser.
 */
public final class StructConverter {

    private StructConverter() {
    }

    public static Struct toStruct(ObjectNode object) {
        Struct.Builder struct = Struct.newBuilder();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            struct.putFields(field.getKey(), toValue(field.getValue()));
        }
        return struct.build();
    }

    static Value toValue(JsonNode node) {
        if (node.isObject()) {
            return Value.newBuilder().setStructValue(toStruct((ObjectNode) node)).build();
        }
        if (node.isArray()) {
            ListValue.Builder list = ListValue.newBuilder();
            node.forEach(element -> list.addValues(toValue(element)));
            return Value.newBuilder().setListValue(list).build();
        }
        if (node.isNumber()) {
            return Value.newBuilder().setNumberValue(node.asDouble()).build();
        }
        if (node.isBoolean()) {
            return Value.newBuilder().setBoolValue(node.asBoolean()).build();
        }
        if (node.isTextual()) {
            return Value.newBuilder().setStringValue(node.asText()).build();
        }
        // JSON null (and Jackson's "missing" node, which a parsed tree never contains).
        return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }
}
