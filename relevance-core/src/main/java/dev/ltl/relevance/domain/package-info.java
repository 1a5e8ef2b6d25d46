/**
 * Per-second query relevance (ltl-qa-epic.md §2, "query relevance"): the provider contract, its input
 * and result, transcript bucketing and vector maths. Pure Java: no ONNX Runtime, Lucene, DJL, Quarkus or gRPC.
 */
package dev.ltl.relevance.domain;
