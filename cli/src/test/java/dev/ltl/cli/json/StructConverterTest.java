package dev.ltl.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;

class StructConverterTest {

    @Test
    void convertsEveryJsonKindIncludingNesting() throws Exception {
        Struct struct = StructConverter.toStruct(JsonLines.readObject(
                "{\"k\":2,\"std\":1.5,\"mode\":\"topk\",\"on\":true,\"none\":null,"
                        + "\"list\":[1,\"a\",[false]],\"nested\":{\"x\":-3}}"));

        assertThat(struct.getFieldsOrThrow("k").getNumberValue()).isEqualTo(2.0);
        assertThat(struct.getFieldsOrThrow("std").getNumberValue()).isEqualTo(1.5);
        assertThat(struct.getFieldsOrThrow("mode").getStringValue()).isEqualTo("topk");
        assertThat(struct.getFieldsOrThrow("on").getBoolValue()).isTrue();
        assertThat(struct.getFieldsOrThrow("none").getNullValue()).isEqualTo(NullValue.NULL_VALUE);
        Value list = struct.getFieldsOrThrow("list");
        assertThat(list.getListValue().getValues(0).getNumberValue()).isEqualTo(1.0);
        assertThat(list.getListValue().getValues(1).getStringValue()).isEqualTo("a");
        assertThat(list.getListValue().getValues(2).getListValue().getValues(0).getBoolValue()).isFalse();
        assertThat(struct.getFieldsOrThrow("nested").getStructValue().getFieldsOrThrow("x").getNumberValue())
                .isEqualTo(-3.0);
        assertThat(struct.getFieldsCount()).isEqualTo(7);
    }

    @Test
    void emptyObjectIsAnEmptyStruct() throws Exception {
        assertThat(StructConverter.toStruct(JsonLines.readObject("{}"))).isEqualTo(Struct.getDefaultInstance());
    }
}
