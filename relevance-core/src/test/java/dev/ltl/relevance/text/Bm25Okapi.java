package dev.ltl.relevance.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Test reference: rank_bm25's {@code BM25Okapi} (k1 1.5, b 0.75, epsilon 0.25) written out exactly, to
 * compare Lucene's BM25 with what the reference computed. IDF {@code log(N − n + 0.5) − log(n + 0.5)};
 * negative IDFs replaced by epsilon · (mean IDF over the vocabulary); term score
 * {@code idf · tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl))}, summed over query tokens with repetition.
 */
final class Bm25Okapi {
    private final double k1 = 1.5;
    private final double b = 0.75;
    private final double epsilon = 0.25;
    private final List<List<String>> corpus;
    private final Map<String, Double> idf = new HashMap<>();
    private final double avgdl;

    Bm25Okapi(List<List<String>> corpus) {
        this.corpus = corpus;
        Map<String, Integer> docFreq = new HashMap<>();
        long total = 0;
        for (List<String> doc : corpus) {
            total += doc.size();
            for (String w : new HashSet<>(doc)) {
                docFreq.merge(w, 1, Integer::sum);
            }
        }
        avgdl = (double) total / corpus.size();
        double sum = 0;
        List<String> negative = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> e : docFreq.entrySet()) {
            double value = Math.log(corpus.size() - e.getValue() + 0.5) - Math.log(e.getValue() + 0.5);
            idf.put(e.getKey(), value);
            sum += value;
            if (value < 0) {
                negative.add(e.getKey());
            }
        }
        double floor = epsilon * sum / idf.size();
        negative.forEach(w -> idf.put(w, floor));
    }

    double[] scores(List<String> query) {
        double[] scores = new double[corpus.size()];
        for (String q : query) {
            double weight = idf.getOrDefault(q, 0.0);
            for (int d = 0; d < corpus.size(); d++) {
                List<String> doc = corpus.get(d);
                long tf = doc.stream().filter(q::equals).count();
                scores[d] += weight * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc.size() / avgdl)));
            }
        }
        return scores;
    }
}
