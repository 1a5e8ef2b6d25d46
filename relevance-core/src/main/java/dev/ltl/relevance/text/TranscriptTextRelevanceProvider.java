package dev.ltl.relevance.text;

import dev.ltl.relevance.domain.RelevanceInput;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceResult;
import dev.ltl.relevance.domain.SentenceEmbedder;
import dev.ltl.relevance.domain.TimedWord;
import dev.ltl.relevance.domain.TranscriptResolver;
import dev.ltl.relevance.domain.Transcripts;
import dev.ltl.relevance.domain.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code text} (ql2l_text): cosine similarity of the question's sentence embedding and the embedding of
 * each second's transcript (the words whose midpoint falls in that second, joined with spaces).
 *
 * <p>A second without words scores 0 — "no evidence", not the similarity of an empty string (which a
 * sentence model maps to an arbitrary vector). Cosines can be negative, so a silent second can outrank
 * a second whose words point away from the question; min-max in the selector keeps that order.
 */
public final class TranscriptTextRelevanceProvider implements RelevanceProvider {
    private final SentenceEmbedder embedder;
    private final TranscriptResolver transcripts;

    public TranscriptTextRelevanceProvider(SentenceEmbedder embedder, TranscriptResolver transcripts) {
        this.embedder = embedder;
        this.transcripts = transcripts;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public RelevanceResult score(RelevanceInput in) {
        List<TimedWord> words = transcripts.wordsFor(in);
        List<String> perSecond = Transcripts.textPerSecond(words, in.numSeconds());
        List<String> batch = new ArrayList<>();
        batch.add(in.question());
        List<Integer> spokenSeconds = new ArrayList<>();
        for (int t = 0; t < perSecond.size(); t++) {
            if (!perSecond.get(t).isEmpty()) {
                spokenSeconds.add(t);
                batch.add(perSecond.get(t));
            }
        }
        double[] relevance = new double[in.numSeconds()];
        if (spokenSeconds.isEmpty()) {
            return new RelevanceResult(relevance, words);
        }
        float[][] embeddings = embedder.embed(batch);
        for (int i = 0; i < spokenSeconds.size(); i++) {
            relevance[spokenSeconds.get(i)] = Vectors.dot(embeddings[0], embeddings[i + 1]);
        }
        return new RelevanceResult(relevance, words);
    }
}
