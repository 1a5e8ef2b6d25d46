package dev.ltl.eval.qa;

import java.util.List;

/**
 * The run-describing head of the QA {@code metrics.json} (spec §5).
 *
 * @param task         dataset ({@code intentqa}, {@code egoschema}, {@code avqa}, …)
 * @param split        dataset split
 * @param methods      methods in run order ({@code uniform} included)
 * @param budgetFrames budget B
 * @param maxSeconds   MAX_SECONDS
 * @param seed         run seed (also the bootstrap seed)
 * @param strategy     answer strategy ({@code ppl}/{@code letter_likelihood} or {@code generate})
 * @param model        the VLM
 */
public record QaRunInfo(String task, String split, List<String> methods, int budgetFrames, int maxSeconds,
                        long seed, String strategy, Model model) {

    /** The model block: {@code {name, device, dtype}}. */
    public record Model(String name, String device, String dtype) {
    }
}
