package dev.ltl.eval.artifacts;

/** One {@code top_improve}/{@code top_degrade} line of {@code diagnose.json} (§5.7). */
public record TopClip(String clipId, Double delta, Double deltaEvent, Double recallD0) {
}
