package dev.ltl.relevance.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.domain.TranscriptResolver;
import dev.ltl.relevance.domain.Vectors;
import dev.ltl.relevance.text.TranscriptTextRelevanceProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 (quantized) from the langchain4j jar, run by our own ORT session. */
class MiniLmSentenceEmbedderTest {
    private static MiniLmSentenceEmbedder miniLm;

    @BeforeAll
    static void load() throws Exception {
        miniLm = MiniLmSentenceEmbedder.load(1);
    }

    @AfterAll
    static void close() {
        miniLm.close();
    }

    @Test
    void embeddingsAre384DimensionalUnitVectorsIndependentOfTheirBatchMates() {
        float[][] alone = miniLm.embed(List.of("a dog"));
        float[][] padded = miniLm.embed(List.of("a dog", "a much longer sentence about something else entirely"));
        assertThat(alone[0]).hasSize(384);
        assertThat(Vectors.dot(alone[0], alone[0])).isCloseTo(1.0, within(1e-5));
        // Embedded one per call (dynamic int8 quantization would couple batch mates): identical either way.
        assertThat(padded[0]).containsExactly(alone[0]);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[][] e = miniLm.embed(List.of("A dog is barking.", "The hound barks loudly.", "Stock prices fell today."));
        assertThat(Vectors.dot(e[0], e[1])).isGreaterThan(Vectors.dot(e[0], e[2]) + 0.3);
    }

    @Test
    void overlongTextsAreTruncatedNotRejected() {
        String longText = String.join(" ", Collections.nCopies(600, "word"));
        assertThat(miniLm.embed(List.of(longText))[0]).hasSize(384);
    }

    @Test
    void ql2lTextRanksTheBarkingSecondFirst() {
        List<TimedWord> words = new ArrayList<>();
        addSentence(words, 0, "welcome to the garden tour");
        addSentence(words, 1, "the dog is barking loudly");
        addSentence(words, 2, "these roses bloom in june");
        addSentence(words, 4, "the kettle is boiling now");
        TranscriptTextRelevanceProvider text = new TranscriptTextRelevanceProvider(miniLm,
                TranscriptResolver.givenOnly());
        double[] rel = text.score(RelevanceInput.ofTranscript("Why is the dog barking?", 6, words)).relevance();
        assertThat(rel).hasSize(6);
        int best = 0;
        for (int t = 1; t < rel.length; t++) {
            best = rel[t] > rel[best] ? t : best;
        }
        assertThat(best).isEqualTo(1);
        assertThat(rel[1]).isGreaterThan(0.5);
        // Seconds without words score exactly 0.
        assertThat(rel[3]).isZero();
        assertThat(rel[5]).isZero();
    }

    /** The sentence's words spread over second t (each word's midpoint inside t). */
    private static void addSentence(List<TimedWord> words, int t, String sentence) {
        String[] parts = sentence.split(" ");
        double step = 1.0 / parts.length;
        for (int i = 0; i < parts.length; i++) {
            words.add(new TimedWord(parts[i], t + i * step, t + (i + 0.9) * step));
        }
    }
}
