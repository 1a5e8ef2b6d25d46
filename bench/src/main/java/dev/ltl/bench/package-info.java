/**
 * JMH speed benchmarks for Listen-then-Look: the planner in-process and over gRPC (streaming and
 * unary, against the packaged planner-svc), the energy scorers and the AudioSet tagger.
 * Never run as tests; see bench/README.md for the command and the measured figures.
 */
package dev.ltl.bench;
