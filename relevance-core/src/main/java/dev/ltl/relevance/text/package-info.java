/**
 * Transcript-based relevance: BM25 over per-second token lists (Apache Lucene), MiniLM similarity of
 * the question and each second's words, and the word-timestamp JSON loader.
 */
package dev.ltl.relevance.text;
