package dev.ltl.eval.simulate.qa;

/** One word of a synthetic word-timestamp transcript (the planner's {@code TranscriptWord}: text, start, end). */
public record TranscriptWord(String text, double startS, double endS) {
}
