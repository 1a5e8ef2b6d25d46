package dev.ltl.eventness.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudioSetLabelsTest {

    private static final List<String> LINES = List.of(
            "0,/m/09x0r,Speech",
            "1,/m/05zppz,\"Male speech, man speaking\"",
            "2,/m/0ltv,\"Race car, auto racing\"",
            "3,/m/01v_m0,Sine wave",
            "");

    @Test
    void parsesQuotedNamesAndIgnoresBlankLines() {
        AudioSetLabels labels = AudioSetLabels.parse(LINES);
        assertThat(labels.size()).isEqualTo(4);
        assertThat(labels.displayNames()).containsExactly("Speech", "Male speech, man speaking", "Race car, auto racing", "Sine wave");
        assertThat(labels.classes().get(2)).isEqualTo(new AudioSetClass(2, "/m/0ltv", "Race car, auto racing"));
        assertThat(AudioSetLabels.splitCsvLine("1,a,\"say \"\"hi\"\"\"")).containsExactly("1", "a", "say \"hi\"");
    }

    @Test
    void speechMaskMarksTheSpeechMids() {
        assertThat(AudioSetLabels.parse(LINES).speechMask()).containsExactly(true, true, false, false);
        assertThat(AudioSetSpeechClasses.isSpeech("/m/02rtxlg")).isTrue();
        assertThat(AudioSetSpeechClasses.isSpeech("/m/07p6fty")).as("Shout is a vocal event, not speech").isFalse();
        assertThat(AudioSetSpeechClasses.isSpeech(null)).isFalse();
    }

    @Test
    void topKOrdersByProbability() {
        AudioSetLabels labels = AudioSetLabels.parse(LINES);
        assertThat(labels.topK(new float[] {0.1f, 0.7f, 0.9f, 0.7f}, 3))
                .containsExactly("Race car, auto racing", "Male speech, man speaking", "Sine wave");
        assertThatThrownBy(() -> labels.topK(new float[3], 1)).hasMessageContaining("probabilities");
    }

    @Test
    void malformedFilesAreRejected() {
        assertThatThrownBy(() -> AudioSetLabels.parse(List.of("1,/m/x,First"))).hasMessageContaining("out of order");
        assertThatThrownBy(() -> AudioSetLabels.parse(List.of("0,/m/x"))).hasMessageContaining("3 fields");
        assertThatThrownBy(() -> AudioSetLabels.parse(List.of("0,/m/x,\"open"))).hasMessageContaining("quote");
        assertThatThrownBy(() -> AudioSetLabels.parse(List.of())).hasMessageContaining("no labels");
        assertThatThrownBy(() -> AudioSetLabels.parse(null)).hasMessageContaining("lines");
    }
}
