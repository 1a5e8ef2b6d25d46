package dev.ltl.relevance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.relevance.domain.RelevanceInputException;
import dev.ltl.relevance.domain.TimedWord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordTimestampJsonTest {
    private static List<TimedWord> parse(String json) throws Exception {
        return WordTimestampJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void readsTheFlatLayoutWithWordOrText() throws Exception {
        assertThat(parse("""
                {"words": [{"word": " The", "start": 0.0, "end": 0.3}, {"text": "dog", "start": 0.3, "end": 0.9}]}
                """)).containsExactly(new TimedWord(" The", 0.0, 0.3), new TimedWord("dog", 0.3, 0.9));
    }

    @Test
    void readsTheProtoStyleTimeNames() throws Exception {
        assertThat(parse("""
                {"video_id": "v1", "words": [{"text": "siren", "start_s": 4.0, "end_s": 4.5}]}
                """)).containsExactly(new TimedWord("siren", 4.0, 4.5));
    }

    @Test
    void readsWhisperSegmentsInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("whisper.json");
        Files.writeString(file, """
                {"text": " The dog barks. Loudly.", "segments": [
                  {"id": 0, "start": 0.0, "end": 1.2, "text": " The dog barks.",
                   "words": [{"word": " The", "start": 0.0, "end": 0.2, "probability": 0.9},
                             {"word": " dog", "start": 0.2, "end": 0.6, "probability": 0.9},
                             {"word": " barks.", "start": 0.6, "end": 1.2, "probability": 0.8}]},
                  {"id": 1, "start": 1.5, "end": 2.0, "text": " Loudly.",
                   "words": [{"word": " Loudly.", "start": 1.5, "end": 2.0, "probability": 0.7}]}],
                 "language": "en"}
                """);
        assertThat(WordTimestampJson.read(file)).extracting(TimedWord::text)
                .containsExactly(" The", " dog", " barks.", " Loudly.");
        assertThat(WordTimestampJson.read(file).get(3).second()).isEqualTo(1);
    }

    @Test
    void malformedWordsNameTheTranscriptField() {
        assertThatThrownBy(() -> parse("{\"words\": [{\"word\": \"x\", \"start\": \"a\", \"end\": 1}]}"))
                .isInstanceOf(RelevanceInputException.class).hasMessageContaining("words[0]")
                .extracting(e -> ((RelevanceInputException) e).field()).isEqualTo("transcript");
        assertThatThrownBy(() -> parse("{\"text\": \"no words\"}")).isInstanceOf(RelevanceInputException.class);
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOf(RelevanceInputException.class);
    }
}
