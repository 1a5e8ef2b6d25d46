package dev.ltl.relevance.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.models.ModelRepository;
import dev.ltl.relevance.domain.MonoAudio;
import dev.ltl.relevance.domain.TimedWord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recognizer end to end on {@link TinyWhisper} models, whose greedy decoding is scripted by position,
 * so segments, words and times are known exactly (see TinyWhisper for the design).
 */
class WhisperOnnxRecognizerTest {
    @TempDir
    Path root;

    private WhisperOnnxRecognizer load(String name) throws Exception {
        return WhisperOnnxRecognizer.load(new ModelRepository(List.of(root)).resolve(name, "1"), 1);
    }

    private static MonoAudio seconds(double s, int rate) {
        float[] pcm = new float[(int) Math.round(s * rate)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (float) (0.3 * Math.sin(2 * Math.PI * 300 * i / rate));
        }
        return new MonoAudio(pcm, rate);
    }

    /** The HELLO_FOX script's words, shifted by {@code offset} seconds. */
    private static List<TimedWord> helloFox(double offset) {
        return List.of(new TimedWord("hello", offset, offset + 0.75), new TimedWord("world", offset + 0.75, offset + 1.5),
                new TimedWord("the", offset + 1.5, offset + 2.125),
                new TimedWord("quick", offset + 2.125, offset + 1.5 + 2.5 * 8 / 12),
                new TimedWord("fox.", offset + 1.5 + 2.5 * 8 / 12, offset + 4.0));
    }

    private static void assertWords(List<TimedWord> actual, List<TimedWord> expected) {
        assertThat(actual).extracting(TimedWord::text).containsExactlyElementsOf(expected.stream().map(TimedWord::text).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).startS()).as("start of word %d", i).isCloseTo(expected.get(i).startS(), within(1e-9));
            assertThat(actual.get(i).endS()).as("end of word %d", i).isCloseTo(expected.get(i).endS(), within(1e-9));
        }
    }

    @Test
    void segmentsFromTimestampPairsAndWordsSpreadByCharacterCount() throws Exception {
        TinyWhisper.write(root, "tiny-whisper", TinyWhisper.HELLO_FOX);
        try (WhisperOnnxRecognizer asr = load("tiny-whisper")) {
            assertThat(asr.modelId()).isEqualTo("tiny-whisper@1");
            assertWords(asr.transcribe(seconds(10, 16_000)), helloFox(0));
        }
    }

    @Test
    void fortyFiveSecondsAreTwoWindowsWithTheSecondOffsetBy30Seconds() throws Exception {
        TinyWhisper.write(root, "tiny-whisper", TinyWhisper.HELLO_FOX);
        try (WhisperOnnxRecognizer asr = load("tiny-whisper")) {
            List<TimedWord> expected = new ArrayList<>(helloFox(0));
            expected.addAll(helloFox(30));
            assertWords(asr.transcribe(seconds(45, 16_000)), expected);
        }
    }

    @Test
    void audioAtAnotherRateIsResampledTo16kHz() throws Exception {
        TinyWhisper.write(root, "tiny-whisper", TinyWhisper.HELLO_FOX);
        try (WhisperOnnxRecognizer asr = load("tiny-whisper")) {
            assertWords(asr.transcribe(seconds(10, 48_000)), helloFox(0));
        }
    }

    @Test
    void endOfTextFirstOrOnlyATimestampGivesAnEmptyTranscript() throws Exception {
        TinyWhisper.write(root, "silent", List.of());
        TinyWhisper.write(root, "only-timestamp", List.of("<|0.00|>"));
        try (WhisperOnnxRecognizer silent = load("silent"); WhisperOnnxRecognizer onlyTimestamp = load("only-timestamp")) {
            assertThat(silent.transcribe(seconds(5, 16_000))).isEmpty();
            assertThat(onlyTimestamp.transcribe(seconds(5, 16_000))).isEmpty();
            assertThat(silent.transcribe(new MonoAudio(new float[0], 16_000))).isEmpty();
        }
    }

    @Test
    void decodingStopsAfter224TokensAndAnOpenSegmentEndsWithTheWindowsAudio() throws Exception {
        List<String> script = new ArrayList<>(List.of("<|0.00|>"));
        for (int i = 0; i < 300; i++) {
            script.add("Ġup");
        }
        TinyWhisper.write(root, "endless", script);
        try (WhisperOnnxRecognizer asr = load("endless")) {
            List<TimedWord> words = asr.transcribe(seconds(10, 16_000));
            // 224 tokens: the opening timestamp and 223 "up"s, all two characters, spread evenly over 0–10 s.
            assertThat(words).hasSize(223).allSatisfy(w -> assertThat(w.text()).isEqualTo("up"));
            assertThat(words.get(1).startS()).isCloseTo(10.0 / 223, within(1e-9));
            assertThat(words.get(222).endS()).isCloseTo(10.0, within(1e-9));
        }
    }

    @Test
    void englishOnlyPromptAndCustomMaxTokensFromModelYaml() throws Exception {
        TinyWhisper.write(root, "tiny-en", TinyWhisper.HELLO_FOX, 1, 80,
                Map.of("prompt", "[\"<|startoftranscript|>\"]", "max_new_tokens", 4));
        try (WhisperOnnxRecognizer asr = load("tiny-en")) {
            // 4 tokens: <|0.00|> hello world <|1.50|> — one closed segment.
            assertWords(asr.transcribe(seconds(3, 16_000)), helloFox(0).subList(0, 2));
        }
    }

    @Test
    void largeV3Has128MelBinsAndAMismatchIsAClearError() throws Exception {
        TinyWhisper.write(root, "tiny-128", TinyWhisper.HELLO_FOX, 3, 128, Map.of());
        try (WhisperOnnxRecognizer asr = load("tiny-128")) {
            assertWords(asr.transcribe(seconds(5, 16_000)), helloFox(0));
        }
        TinyWhisper.write(root, "tiny-mismatch", TinyWhisper.HELLO_FOX, 3, 128, Map.of("n_mels", 80));
        try (WhisperOnnxRecognizer asr = load("tiny-mismatch")) {
            assertThatThrownBy(() -> asr.transcribe(seconds(1, 16_000))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("whisper model tiny-mismatch@1 failed");
        }
    }

    @Test
    void aModelDirectoryWithoutTheDecoderNamesTheMissingFile() throws Exception {
        Path dir = TinyWhisper.write(root, "no-decoder", TinyWhisper.HELLO_FOX);
        Files.delete(dir.resolve("decoder_model.onnx"));
        assertThatThrownBy(() -> load("no-decoder")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("whisper model no-decoder@1").hasMessageContaining("decoder_model.onnx not found");
    }

    @Test
    void aModelYamlWithoutTheEncoderFileIsReportedAsMissing() throws Exception {
        Path dir = TinyWhisper.write(root, "no-encoder", TinyWhisper.HELLO_FOX);
        Files.delete(dir.resolve("encoder_model.onnx"));
        assertThatThrownBy(() -> load("no-encoder")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("whisper model no-encoder@1").hasMessageContaining("encoder_model.onnx");
    }

    @Test
    void aNonWhisperTokenizerIsRejected() throws Exception {
        Path dir = TinyWhisper.write(root, "bad-tokenizer", TinyWhisper.HELLO_FOX);
        Files.writeString(dir.resolve("tokenizer.json"), "{\"added_tokens\": [{\"id\": 0, \"content\": \"[PAD]\"}],"
                + " \"model\": {\"type\": \"WordLevel\", \"vocab\": {\"[PAD]\": 0}, \"unk_token\": \"[PAD]\"}}");
        assertThatThrownBy(() -> load("bad-tokenizer")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<|endoftext|>").hasMessageContaining("not a Whisper tokenizer");
    }

    @Test
    void wrongTensorNamesListWhatTheGraphHas() throws Exception {
        TinyWhisper.write(root, "renamed", TinyWhisper.HELLO_FOX, 3, 80, Map.of("decoder_output", "scores"));
        assertThatThrownBy(() -> load("renamed")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decoder graph").hasMessageContaining("'scores'").hasMessageContaining("[logits]");
    }
}
