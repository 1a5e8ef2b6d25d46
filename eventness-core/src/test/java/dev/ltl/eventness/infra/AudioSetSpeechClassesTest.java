package dev.ltl.eventness.infra;

import dev.ltl.eventness.domain.AudioSetClass;
import dev.ltl.eventness.domain.AudioSetLabels;
import dev.ltl.eventness.domain.AudioSetSpeechClasses;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The speech-class constant must name real classes of the shipped labels.csv, by mid and name. */
class AudioSetSpeechClassesTest {

    @Test
    void everyExcludedMidExistsWithTheSameDisplayName() throws Exception {
        AudioSetLabels labels = AudioSetLabels.parse(Files.readAllLines(SharedFiles.taggerLabels()));
        Map<String, String> byMid = labels.classes().stream()
                .collect(Collectors.toMap(AudioSetClass::mid, AudioSetClass::displayName));
        assertThat(byMid).containsAllEntriesOf(AudioSetSpeechClasses.SPEECH_MIDS);
        boolean[] mask = labels.speechMask();
        int count = 0;
        for (boolean speech : mask) {
            count += speech ? 1 : 0;
        }
        assertThat(count).isEqualTo(AudioSetSpeechClasses.SPEECH_MIDS.size());
        assertThat(mask[0]).as("Speech").isTrue();
        assertThat(mask[315]).as("Race car").isFalse();
    }
}
