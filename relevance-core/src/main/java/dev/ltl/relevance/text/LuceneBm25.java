package dev.ltl.relevance.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 scores of a query against a small corpus of pre-tokenised documents, computed by Apache Lucene's
 * {@link BM25Similarity} on an in-memory index (one {@link ByteBuffersDirectory} per call).
 *
 * <p>Every document is indexed, also empty ones, and the collection statistics are widened so that an
 * empty document still counts in N and in the average length — as in rank_bm25, where every second is a
 * document (Lucene itself counts only documents that hold the field). Lucene's invariants
 * ({@code sumTotalTermFreq ≥ sumDocFreq ≥ docCount}) then force the total length up to at least N, i.e.
 * avgdl ≥ 1: only a corpus with fewer tokens than documents is affected.
 *
 * <p>The query is a {@link BooleanQuery} with one SHOULD {@link TermQuery} per distinct query token, boosted
 * by how often the token occurs, so a repeated query word counts twice, as rank_bm25's {@code get_scores}
 * does; long questions are split into several queries whose scores add up. For where Lucene's BM25
 * differs from rank_bm25's BM25Okapi see {@link Bm25RelevanceProvider}.
 */
final class LuceneBm25 {
    private static final String FIELD = "tokens";
    private static final String POSITION = "position";
    /** Well under Lucene's default limit of 1024 clauses per query. */
    static final int MAX_CLAUSES_PER_QUERY = 512;

    private final float k1;
    private final float b;

    LuceneBm25(float k1, float b) {
        this.k1 = k1;
        this.b = b;
    }

    /** Score of each document (index = document position) for the query tokens; 0 where nothing matches. */
    double[] score(List<List<String>> documents, List<String> queryTokens) {
        double[] scores = new double[documents.size()];
        if (documents.isEmpty() || queryTokens.isEmpty()) {
            return scores;
        }
        BM25Similarity similarity = new BM25Similarity(k1, b);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig().setSimilarity(similarity);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < documents.size(); i++) {
                    Document doc = new Document();
                    doc.add(new Field(FIELD, new TokenListStream(documents.get(i)), TextField.TYPE_NOT_STORED));
                    doc.add(new StoredField(POSITION, i));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new EveryDocumentCountsSearcher(reader, documents.size());
                searcher.setSimilarity(similarity);
                // A SHOULD query's score is the sum of its clauses' scores, so the query is sent in chunks of
                // distinct terms (summed here) to stay under Lucene's clause limit for any question length.
                List<Map.Entry<String, Integer>> terms = new ArrayList<>(termCounts(queryTokens).entrySet());
                for (int from = 0; from < terms.size(); from += MAX_CLAUSES_PER_QUERY) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    for (Map.Entry<String, Integer> term : terms.subList(from,
                            Math.min(terms.size(), from + MAX_CLAUSES_PER_QUERY))) {
                        Query clause = new TermQuery(new Term(FIELD, term.getKey()));
                        // A word asked n times counts n times (rank_bm25 sums per query token occurrence).
                        query.add(term.getValue() == 1 ? clause : new BoostQuery(clause, term.getValue()),
                                BooleanClause.Occur.SHOULD);
                    }
                    TopDocs top = searcher.search(query.build(), documents.size());
                    var stored = searcher.storedFields();
                    for (ScoreDoc hit : top.scoreDocs) {
                        int position = stored.document(hit.doc).getField(POSITION).numericValue().intValue();
                        scores[position] += hit.score;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory BM25 index failed", e);
        }
        return scores;
    }

    private static Map<String, Integer> termCounts(List<String> tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String token : tokens) {
            counts.merge(token, 1, Integer::sum);
        }
        return counts;
    }

    /** Counts every document (also empty ones) in N and the average length, as rank_bm25 does. */
    private static final class EveryDocumentCountsSearcher extends IndexSearcher {
        private final long numDocuments;

        EveryDocumentCountsSearcher(DirectoryReader reader, long numDocuments) {
            super(reader);
            this.numDocuments = numDocuments;
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            CollectionStatistics lucene = super.collectionStatistics(field);
            if (lucene == null) {
                return null;
            }
            long sumDocFreq = Math.max(lucene.sumDocFreq(), numDocuments);
            long sumTotalTermFreq = Math.max(lucene.sumTotalTermFreq(), sumDocFreq);
            return new CollectionStatistics(field, numDocuments, numDocuments, sumTotalTermFreq, sumDocFreq);
        }
    }
}
