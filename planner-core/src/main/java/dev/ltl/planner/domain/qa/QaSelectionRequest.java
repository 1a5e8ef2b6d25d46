package dev.ltl.planner.domain.qa;

/**
 * One QA selection request, as a service receives it. Absent vectors are {@code null} or empty.
 *
 * @param method        the selection method
 * @param numSeconds    T; 0 means "the length of the given vectors"
 * @param budgetFrames  B ≥ 0; {@code null} when not given (allowed only for {@code text_only})
 * @param seed          the run seed
 * @param itemSeedKey   {@code "qid|video_id"}: when non-empty, the per-item seed rule applies to {@code seed}
 * @param audioScores   raw per-second audio signal (audio, fused, ql2l_*)
 * @param visualScores  raw per-second cheap-visual signal (cheap_visual, fused, ql2l_*)
 * @param relevance     per-second query relevance (ql2l_*)
 * @param scores        generic per-second scores for {@code mixture}
 */
public record QaSelectionRequest(QaMethod method, int numSeconds, Integer budgetFrames, long seed,
                                 String itemSeedKey, double[] audioScores, double[] visualScores,
                                 double[] relevance, double[] scores) {

    /** The vector carried for {@code input}, or an empty array when absent. */
    double[] vector(QaInput input) {
        double[] v = switch (input) {
            case AUDIO_SCORES -> audioScores;
            case VISUAL_SCORES -> visualScores;
            case RELEVANCE -> relevance;
            case SCORES -> scores;
        };
        return v == null ? new double[0] : v;
    }
}
