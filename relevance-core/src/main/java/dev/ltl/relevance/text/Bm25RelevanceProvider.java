package dev.ltl.relevance.text;

import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.domain.TranscriptResolver;
import dev.ltl.relevance.domain.Transcripts;
import java.util.List;

/**
 * {@code asr_bm25}: BM25 of the question against each second's transcript tokens (ltl-qa-epic.md §2).
 * Words go to second {@code int((start+end)/2)} (seconds ≥ T dropped), tokens are {@code [A-Za-z0-9]+}
 * lower-cased, every second is one document (empty seconds too, so N = T), and the question's tokens are
 * the query. All zeros when the transcript has no words (or the question no tokens).
 *
 * <p><b>Where Lucene's BM25 ({@code BM25Similarity(1.5, 0.75)}) differs from the reference's rank_bm25
 * {@code BM25Okapi(k1=1.5, b=0.75, epsilon=0.25)}:</b>
 * <ol>
 *   <li>IDF. Lucene: {@code log(1 + (N − n + 0.5) / (n + 0.5))}, always positive. BM25Okapi:
 *       {@code log((N − n + 0.5) / (n + 0.5))}, which is negative for a term in more than half the
 *       documents; such terms get {@code epsilon · mean IDF over the vocabulary} instead. So a
 *       word that is in most seconds weighs more in Lucene, and the relative weight of rare and common
 *       words differs — the only difference that can change a ranking in practice.</li>
 *   <li>No {@code (k1 + 1)} factor in Lucene's term score ({@code tf / (tf + k1·(1 − b + b·dl/avgdl))}):
 *       a constant 2.5× scale that never changes a ranking.</li>
 *   <li>Document length: Lucene stores dl in a lossy one-byte norm ({@code SmallFloat.intToByte4}),
 *       exact only for short documents (up to 40 tokens; a one-second transcript rarely has more). Longer
 *       seconds get a rounded length, which can reorder near-ties.</li>
 *   <li>Lucene scores in float32, rank_bm25 in float64: near-ties can order differently.</li>
 *   <li>A corpus with fewer tokens than seconds: Lucene's statistics force avgdl ≥ 1 (see
 *       {@link LuceneBm25}).</li>
 * </ol>
 * Both count a repeated query word once per occurrence, and both give 0 to a second that holds no query
 * word. The raw scores go through min-max in the selector, so only the differences in ranking and
 * relative spacing matter.
 */
public final class Bm25RelevanceProvider implements RelevanceProvider {
    /** The reference's BM25Okapi defaults. */
    public static final float K1 = 1.5f;
    public static final float B = 0.75f;

    private final LuceneBm25 bm25 = new LuceneBm25(K1, B);
    private final TranscriptResolver transcripts;

    public Bm25RelevanceProvider(TranscriptResolver transcripts) {
        this.transcripts = transcripts;
    }

    @Override
    public String name() {
        return "asr_bm25";
    }

    @Override
    public RelevanceResult score(RelevanceInput in) {
        List<TimedWord> words = transcripts.wordsFor(in);
        List<List<String>> seconds = Transcripts.tokensPerSecond(words, in.numSeconds());
        boolean anyToken = seconds.stream().anyMatch(s -> !s.isEmpty());
        double[] scores = anyToken ? bm25.score(seconds, Transcripts.tokens(in.question()))
                : new double[in.numSeconds()];
        return new RelevanceResult(scores, words);
    }
}
