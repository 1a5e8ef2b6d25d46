package dev.ltl.cli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void integersAcceptIntegralFloatsAndRejectFractionsAndOverflow() throws Exception {
        ObjectNode line = JsonLines.readObject(
                "{\"a\":3,\"b\":3.0,\"c\":3.5,\"d\":3000000000,\"e\":\"3\",\"f\":null}");

        assertThat(JsonFields.optionalInt(line, "a")).hasValue(3);
        assertThat(JsonFields.optionalInt(line, "b")).hasValue(3);
        assertThat(JsonFields.optionalInt(line, "f")).isEmpty();
        assertThat(JsonFields.optionalInt(line, "missing")).isEmpty();
        assertThat(JsonFields.optionalLong(line, "d")).hasValue(3_000_000_000L);
        assertThatThrownBy(() -> JsonFields.optionalInt(line, "c")).hasMessageContaining("\"c\" must be a 32-bit integer");
        assertThatThrownBy(() -> JsonFields.optionalInt(line, "d")).isInstanceOf(InvalidLineException.class);
        assertThatThrownBy(() -> JsonFields.optionalInt(line, "e")).isInstanceOf(InvalidLineException.class);
    }

    @Test
    void requiredFieldsNameWhatIsMissingOrWrong() throws Exception {
        ObjectNode line = JsonLines.readObject("{\"uri\":\"\",\"scores\":[1,\"x\"],\"n\":5}");

        assertThatThrownBy(() -> JsonFields.requiredText(line, "method"))
                .hasMessage("missing required field \"method\"");
        assertThatThrownBy(() -> JsonFields.requiredText(line, "uri"))
                .hasMessage("field \"uri\" must be a non-empty string");
        assertThatThrownBy(() -> JsonFields.requiredDoubles(line, "scores"))
                .hasMessage("element 1 of \"scores\" must be a number");
        assertThatThrownBy(() -> JsonFields.requiredDoubles(line, "n"))
                .hasMessage("field \"n\" must be an array of numbers");
    }

    @Test
    void readsArraysOfNumbers() throws Exception {
        ObjectNode line = JsonLines.readObject("{\"s\":[0.25,1,-2e-3],\"i\":[0,1.0,7]}");

        assertThat(JsonFields.requiredDoubles(line, "s")).containsExactly(0.25, 1.0, -0.002);
        assertThat(JsonFields.optionalInts(line, "i")).hasValueSatisfying(ints -> assertThat(ints).containsExactly(0, 1, 7));
        assertThat(JsonFields.optionalDoubles(line, "absent")).isEmpty();
    }

    @Test
    void lineParsingIsStrict() {
        assertThatThrownBy(() -> JsonLines.readObject("{\"id\":1} trailing"))
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> JsonLines.readObject("{\"id\":1,\"id\":2}"))
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> JsonLines.readObject("42")).hasMessage("expected a JSON object");
    }

    @Test
    void toleratesAByteOrderMarkOnTheFirstLine() throws Exception {
        assertThat(JsonLines.readObject("\uFEFF{\"id\":1}").get("id").asInt()).isEqualTo(1);
    }
}
