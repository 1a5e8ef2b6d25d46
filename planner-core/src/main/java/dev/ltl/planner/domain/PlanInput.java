package dev.ltl.planner.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One planning request.
 *
 * @param scores         per-second Stage-1 scores; N = scores.length seconds are planned (required, finite)
 * @param config         planner configuration; null means {@link PlannerConfig#defaults()}
 * @param baseline       plan family; null means {@link Baseline#ANCHORED}
 * @param oracleLabels   ORACLE: per-second labels, non-zero = event second, length N
 * @param seed           RANDOM: seed of Python's {@code random.Random(seed).sample(range(N), k)}
 * @param randomAnchors  RANDOM: explicit anchors in draw order, used instead of the seed
 * @param visualScores   cheap visual scores (length N), needed when a cheap-visual fallback fires
 *
 * <p>Empty optional arrays count as absent, so proto {@code repeated} fields map directly.
 */
public record PlanInput(double[] scores, PlannerConfig config, Baseline baseline,
                        int[] oracleLabels, Long seed, int[] randomAnchors, double[] visualScores) {

    public PlanInput {
        scores = scores == null ? null : scores.clone();
        config = config == null ? PlannerConfig.defaults() : config;
        baseline = baseline == null ? Baseline.ANCHORED : baseline;
        oracleLabels = emptyToNull(oracleLabels);
        randomAnchors = emptyToNull(randomAnchors);
        visualScores = visualScores == null || visualScores.length == 0 ? null : visualScores.clone();
    }

    /** An anchored-pipeline request with no optional inputs. */
    public static PlanInput anchored(double[] scores, PlannerConfig config) {
        return new PlanInput(scores, config, Baseline.ANCHORED, null, null, null, null);
    }

    /** A request for a baseline that needs no optional input (ANCHORED, UNIFORM, UNIFORM_LOW). */
    public static PlanInput of(double[] scores, PlannerConfig config, Baseline baseline) {
        return new PlanInput(scores, config, baseline, null, null, null, null);
    }

    private static int[] emptyToNull(int[] values) {
        return values == null || values.length == 0 ? null : values.clone();
    }

    @Override
    public double[] scores() {
        return scores == null ? null : scores.clone();
    }

    @Override
    public int[] oracleLabels() {
        return oracleLabels == null ? null : oracleLabels.clone();
    }

    @Override
    public int[] randomAnchors() {
        return randomAnchors == null ? null : randomAnchors.clone();
    }

    @Override
    public double[] visualScores() {
        return visualScores == null ? null : visualScores.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanInput other
                && Arrays.equals(scores, other.scores)
                && config.equals(other.config)
                && baseline == other.baseline
                && Arrays.equals(oracleLabels, other.oracleLabels)
                && Objects.equals(seed, other.seed)
                && Arrays.equals(randomAnchors, other.randomAnchors)
                && Arrays.equals(visualScores, other.visualScores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(scores), config, baseline, Arrays.hashCode(oracleLabels), seed,
                Arrays.hashCode(randomAnchors), Arrays.hashCode(visualScores));
    }

    @Override
    public String toString() {
        return "PlanInput[scores=" + Arrays.toString(scores) + ", baseline=" + baseline
                + ", oracleLabels=" + Arrays.toString(oracleLabels) + ", seed=" + seed
                + ", randomAnchors=" + Arrays.toString(randomAnchors)
                + ", visualScores=" + Arrays.toString(visualScores) + ", config=" + config + "]";
    }
}
