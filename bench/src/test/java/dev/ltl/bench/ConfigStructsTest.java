package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigStructsTest {

    @Test
    void mapsEveryJsonKindToItsStructValue() {
        Map<String, Object> config = new HashMap<>();
        config.put("name", "x");
        config.put("k", 2);
        config.put("anchor_conf_threshold", 0.45);
        config.put("max_high_anchors", null);
        config.put("budget_extra_resolutions", List.of(112, 128));
        config.put("flag", true);

        Struct struct = ConfigStructs.toStruct(config);

        assertThat(struct.getFieldsOrThrow("name").getStringValue()).isEqualTo("x");
        assertThat(struct.getFieldsOrThrow("k").getNumberValue()).isEqualTo(2.0);
        assertThat(struct.getFieldsOrThrow("anchor_conf_threshold").getNumberValue()).isEqualTo(0.45);
        assertThat(struct.getFieldsOrThrow("max_high_anchors").getKindCase()).isEqualTo(Value.KindCase.NULL_VALUE);
        assertThat(struct.getFieldsOrThrow("budget_extra_resolutions").getListValue().getValuesList())
                .extracting(Value::getNumberValue).containsExactly(112.0, 128.0);
        assertThat(struct.getFieldsOrThrow("flag").getBoolValue()).isTrue();
    }

    @Test
    void bandConfigPrintsAsTheJsonItCameFrom() throws Exception {
        String json = JsonFormat.printer().omittingInsignificantWhitespace()
                .print(ConfigStructs.toStruct(BenchPlannerConfigs.band()));

        assertThat(json).contains("\"budget_mode\":\"band\"", "\"budget_extra_resolutions\":[112.0]",
                "\"anchor_conf_threshold\":0.45");
    }

    @Test
    void rejectsUnsupportedValuesNamingTheKey() {
        assertThatThrownBy(() -> ConfigStructs.toStruct(Map.of("weird", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weird");
    }
}
