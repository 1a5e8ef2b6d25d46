package dev.ltl.relevance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.relevance.domain.ProviderNotReadyException;
import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.domain.TranscriptResolver;
import dev.ltl.relevance.domain.Transcripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * asr_bm25 through Lucene's BM25Similarity(1.5, 0.75), checked against values computed with numpy
 * (Lucene's formula) and against an exact BM25Okapi reference (rank_bm25's formula, also in numpy).
 */
class Bm25RelevanceProviderTest {
    private static final List<List<String>> HAND = List.of(List.of("the", "dog", "is", "barking"), List.of(),
            List.of("a", "cat", "sleeps"), List.of("dog", "dog", "runs"), List.of("barking", "loudly"));
    private static final List<String> HAND_QUERY = Transcripts.tokens("Is the dog barking?");

    private final LuceneBm25 lucene = new LuceneBm25(1.5f, 0.75f);
    private final Bm25RelevanceProvider provider = new Bm25RelevanceProvider(TranscriptResolver.givenOnly());

    @Test
    void luceneScoresTheHandExample() {
        // numpy: idf = log(1 + (N-n+0.5)/(n+0.5)), N = 5 (the empty second counts), avgdl = 12/5,
        // score = Σ idf · tf / (tf + k1 (1 - b + b dl/avgdl)).
        assertThat(lucene.score(HAND, HAND_QUERY)).containsExactly(new double[] {1.3918542265892029, 0, 0,
                0.46305784583091736, 0.37858107686042786}, within(1e-5));
    }

    @Test
    void theOkapiReferenceScoresTheHandExample() {
        // numpy, rank_bm25's formula: idf = log(N-n+0.5) - log(n+0.5), (k1+1) factor.
        assertThat(new Bm25Okapi(HAND).scores(HAND_QUERY)).containsExactly(new double[] {2.207822346598958, 0, 0,
                0.44492196578011634, 0.36375376932023024}, within(1e-12));
    }

    /** A cooking video: 71 words of 0.4 s every 0.5 s (second = int(mid)), T = 36. */
    static List<TimedWord> kitchenTranscript() {
        String text = """
                Welcome back to the kitchen. Today we are making bread from scratch.
                First the flour goes into the big bowl. Then add the warm water and the yeast.
                Mix it until the dough comes together. Now knead the dough for ten minutes.
                Cover the bowl and let the dough rise for an hour. The oven should be hot.
                Bake the bread for thirty minutes until golden. Let it cool before slicing.""";
        List<TimedWord> words = new ArrayList<>();
        double t = 0;
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(new TimedWord(w, t, t + 0.4));
                t += 0.5;
            }
        }
        return words;
    }

    @Test
    void luceneAndOkapiRankARealisticTranscriptAlike() {
        List<TimedWord> words = kitchenTranscript();
        String question = "How long should the dough rise before baking?";
        double[] luceneScores = provider.score(RelevanceInput.ofTranscript(question, 36, words)).relevance();
        double[] okapi = new Bm25Okapi(Transcripts.tokensPerSecond(words, 36)).scores(Transcripts.tokens(question));
        // numpy values of both formulas (see the class comment): seconds 24 ("let the dough rise"),
        // 27 and 34 ("should", "before"), 16 and 19 ("dough") lead in both.
        assertThat(luceneScores[24]).isCloseTo(2.21142715215683, within(1e-5));
        assertThat(luceneScores[27]).isCloseTo(1.2741059064865112, within(1e-5));
        assertThat(luceneScores[1]).isCloseTo(0.46448442339897156, within(1e-5));
        assertThat(okapi[24]).isCloseTo(5.38869634945177, within(1e-9));
        assertThat(okapi[16]).isCloseTo(2.2445564085910616, within(1e-9));
        assertThat(okapi[1]).isCloseTo(0.7913160334843597, within(1e-9));
        assertThat(ranking(luceneScores)).isEqualTo(ranking(okapi));
        assertThat(ranking(luceneScores).subList(0, 5)).containsExactly(24, 27, 34, 16, 19);
    }

    @Test
    void whereTheIdfFormulasDifferTheRankingCanFlip() {
        // "the" is in 2 of 3 seconds: BM25Okapi's IDF is negative and floored to 0.25 · mean IDF, Lucene's
        // stays log(1 + 1.5/2.5) = 0.47. A second saying "the" six times then beats the "dog" second in
        // Lucene only. numpy: Lucene [0.36055, 0.34764, 0.25308], Okapi [0.18369, 0.45263, 0.12893].
        List<List<String>> corpus = List.of(List.of("the", "the", "the", "the", "the", "the"),
                List.of("dog", "f0", "f1", "f2", "f3", "f4"), List.of("the", "g0"));
        List<String> query = List.of("the", "dog");
        double[] l = lucene.score(corpus, query);
        double[] o = new Bm25Okapi(corpus).scores(query);
        assertThat(l).containsExactly(new double[] {0.36055076122283936, 0.3476356863975525, 0.2530788779258728},
                within(1e-5));
        assertThat(o).containsExactly(new double[] {0.18368729621722268, 0.45263029953948547, 0.1289343521524736},
                within(1e-9));
        assertThat(l[0]).isGreaterThan(l[1]);
        assertThat(o[1]).isGreaterThan(o[0]);
    }

    @Test
    void aRepeatedQueryWordCountsOncePerOccurrence() {
        double[] once = lucene.score(HAND, List.of("dog"));
        double[] twice = lucene.score(HAND, List.of("dog", "dog"));
        for (int d = 0; d < HAND.size(); d++) {
            assertThat(twice[d]).isCloseTo(2 * once[d], within(1e-6));
        }
    }

    @Test
    void aQuestionWithMoreDistinctWordsThanLucenesClauseLimitScoresAsTheSumOfItsWords() {
        // 3000 distinct filler words plus "dog" and "cat": more clauses than one Lucene query may hold (1024).
        List<String> longQuery = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            longQuery.add("filler" + i);
        }
        longQuery.add("dog");
        longQuery.add("cat");
        double[] scored = lucene.score(HAND, longQuery);
        double[] dog = lucene.score(HAND, List.of("dog"));
        double[] cat = lucene.score(HAND, List.of("cat"));
        for (int d = 0; d < HAND.size(); d++) {
            assertThat(scored[d]).isCloseTo(dog[d] + cat[d], within(1e-6));
        }
    }

    @Test
    void wordsGoToTheSecondOfTheirMidpointAndSecondsPastTAreDropped() {
        List<TimedWord> words = List.of(new TimedWord("dog", 0.8, 1.4), new TimedWord("dog", 2.9, 3.3),
                new TimedWord("dog", 4.6, 5.6));
        RelevanceResult result = provider.score(RelevanceInput.ofTranscript("dog", 4, words));
        double[] rel = result.relevance();
        assertThat(rel[1]).isPositive();
        assertThat(rel[3]).isPositive();
        assertThat(rel[0]).isZero();
        assertThat(rel[2]).isZero();
        assertThat(result.transcript()).isEqualTo(words);
    }

    @Test
    void noWordsOrNoQueryTokensGiveAllZeros() {
        assertThat(provider.score(RelevanceInput.ofTranscript("dog", 3, List.of())).relevance())
                .containsExactly(0, 0, 0);
        assertThat(provider.score(RelevanceInput.ofTranscript("¿¡", 2,
                List.of(new TimedWord("dog", 0, 0.5)))).relevance()).containsExactly(0, 0);
    }

    @Test
    void fewerTokensThanSecondsStillScores() {
        // One token over 5 seconds: Lucene's invariants lift avgdl to 1 (documented); the word's second wins.
        double[] rel = provider.score(RelevanceInput.ofTranscript("dog", 5,
                List.of(new TimedWord("dog", 2.1, 2.5)))).relevance();
        assertThat(rel[2]).isPositive();
        assertThat(IntStream.of(0, 1, 3, 4).mapToDouble(t -> rel[t])).containsOnly(0.0);
    }

    @Test
    void withoutTranscriptOrAsrModelItIsAFailedPreconditionOnTranscript() {
        RelevanceInput noTranscript = new RelevanceInput("dog", 3, Optional.empty(), List.of(), Optional.empty());
        assertThatThrownBy(() -> provider.score(noTranscript)).isInstanceOf(ProviderNotReadyException.class)
                .hasMessage("no transcript: give `transcript` or configure an ASR model")
                .extracting(e -> ((ProviderNotReadyException) e).field()).isEqualTo("transcript");
    }

    private static List<Integer> ranking(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i)).toList();
    }
}
