package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.proto.planner.v1.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFlatAndTheWhisperLayouts() throws Exception {
        Files.writeString(dir.resolve("a.words.json"),
                "{\"words\": [{\"word\": \"dog\", \"start\": 1.0, \"end\": 1.5}, {\"text\": \"barks\", \"start_s\": 1.5, \"end_s\": 2}]}");
        Files.writeString(dir.resolve("b.words.json"),
                "{\"segments\": [{\"text\": \"hi there\", \"words\": [{\"word\": \" hi\", \"start\": 0, \"end\": 0.4}]}]}");
        TranscriptFiles files = new TranscriptFiles(dir);
        Transcript a = files.find("a").orElseThrow();
        assertThat(a.getWordsList()).extracting(w -> w.getText()).containsExactly("dog", "barks");
        assertThat(a.getWords(1).getEndS()).isEqualTo(2.0);
        assertThat(files.find("b").orElseThrow().getWords(0).getText()).isEqualTo(" hi");
        assertThat(files.find("missing")).isEmpty();
    }

    @Test
    void aWordWithoutTimesIsAClearError() throws Exception {
        Files.writeString(dir.resolve("c.words.json"), "{\"words\": [{\"word\": \"dog\"}]}");
        assertThatThrownBy(() -> new TranscriptFiles(dir).find("c")).hasMessageContaining("start|start_s");
    }
}
