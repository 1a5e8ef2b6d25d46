package dev.ltl.planner.domain;

import dev.ltl.planner.domain.alloc.BaseAllocation;
import dev.ltl.planner.domain.anchor.AnchorOutcome;
import dev.ltl.planner.domain.anchor.AnchorPipeline;
import dev.ltl.planner.domain.budget.BudgetPlanner;
import dev.ltl.planner.domain.budget.PlanRequest;
import dev.ltl.planner.domain.budget.TokenCost;
import dev.ltl.planner.domain.policy.HighCountPolicy;
import dev.ltl.planner.domain.policy.Triad;
import dev.ltl.planner.domain.policy.TriadPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: turns per-second Stage-1 scores into a per-second resolution plan under the
 * token budget N·tok(base), for the anchored Listen-then-Look pipeline (reference §3.2) or one
 * of the baselines (§4.1). Stateless and thread-safe.
 */
public final class ListenThenLookPlanner {

    /**
     * @throws InvalidInputException     a request field is unusable
     * @throws MissingInputException     the baseline or fallback needs an input that is absent
     * @throws InfeasiblePlanException   the budget cannot be met with this configuration
     */
    public PlanResult plan(PlanInput input) {
        int n = InputValidation.scores(input);
        InputValidation.optionalArrays(input, n);
        double[] scores = input.scores();
        PlannerConfig cfg = input.config();
        return switch (input.baseline()) {
            case ANCHORED -> anchored(scores, cfg, input.visualScores());
            case UNIFORM -> uniform(scores, cfg, cfg.baseRes());
            case UNIFORM_LOW -> uniform(scores, cfg, cfg.lowRes());
            case RANDOM -> fixedPolicyPlan(scores, cfg, randomAnchors(input, cfg, n));
            case ORACLE -> oracle(scores, cfg, input.oracleLabels());
        };
    }

    /** §3.2 steps 2–11. */
    private PlanResult anchored(double[] scores, PlannerConfig cfg, double[] visualScores) {
        AnchorOutcome outcome = AnchorPipeline.run(scores, cfg, visualScores);
        List<Integer> anchors = outcome.anchors();
        Integer maxHigh = HighCountPolicy.maxHigh(cfg, anchors, scores);
        Triad triad = TriadPolicy.forAnchored(cfg, scores, maxHigh);
        int[] resolutions = BudgetPlanner.plan(request(scores, cfg, anchors, triad, cfg.baseAllocation()),
                cfg.budgetModeKind());
        return result(resolutions, anchors, cfg, outcome.fallbackUsed(), outcome.fallbackReason(),
                outcome.confMetric(), outcome.confValue(), maxHigh, triad);
    }

    /**
     * Random and oracle baselines: no gate, fixed high policy (cfg M), fixed triad, and
     * [QUIRK] score allocations replaced by plain distance.
     */
    private PlanResult fixedPolicyPlan(double[] scores, PlannerConfig cfg, List<Integer> anchors) {
        Triad triad = TriadPolicy.fixed(cfg, cfg.maxHighAnchors());
        BaseAllocation allocation = cfg.baseAllocation().forNonAnchoredBaseline();
        int[] resolutions = BudgetPlanner.plan(request(scores, cfg, anchors, triad, allocation), cfg.budgetModeKind());
        return result(resolutions, anchors, cfg, false, null, cfg.effectiveConfMetric(),
                confValue(scores, cfg), cfg.maxHighAnchors(), triad);
    }

    private PlanResult uniform(double[] scores, PlannerConfig cfg, int resolution) {
        int[] resolutions = BudgetPlanner.uniform(scores.length, resolution);
        return result(resolutions, List.of(), cfg, false, null, cfg.effectiveConfMetric(), confValue(scores, cfg),
                cfg.maxHighAnchors(), TriadPolicy.fixed(cfg, cfg.maxHighAnchors()));
    }

    /** The first k event seconds in time order; a clip without events gets the uniform plan. */
    private PlanResult oracle(double[] scores, PlannerConfig cfg, int[] labels) {
        if (labels == null) {
            throw new MissingInputException(InputValidation.ORACLE_SEGMENTS,
                    "the ORACLE baseline needs per-second labels in oracle_segments");
        }
        List<Integer> events = new ArrayList<>();
        for (int i = 0; i < labels.length && events.size() < cfg.k(); i++) {
            if (labels[i] != 0) {
                events.add(i);
            }
        }
        boolean anyEvent = Arrays.stream(labels).anyMatch(label -> label != 0);
        return anyEvent ? fixedPolicyPlan(scores, cfg, events) : uniform(scores, cfg, cfg.baseRes());
    }

    /**
     * Explicit anchors when given, otherwise a fresh {@code random.Random(seed)} drawing
     * sample(range(N), k). [AMBIG] For k &gt; N (impossible at N = 10, k = 2) all N seconds are drawn.
     */
    private static List<Integer> randomAnchors(PlanInput input, PlannerConfig cfg, int n) {
        int[] explicit = input.randomAnchors();
        int[] drawn;
        if (explicit != null) {
            InputValidation.randomAnchors(explicit, n, cfg.k());
            drawn = explicit;
        } else if (input.seed() != null) {
            drawn = new PythonRandom(input.seed()).sample(n, Math.min(cfg.k(), n));
        } else {
            throw new MissingInputException(InputValidation.SEED,
                    "the RANDOM baseline needs a seed or explicit random_anchors");
        }
        return Arrays.stream(drawn).boxed().toList();
    }

    private static PlanRequest request(double[] scores, PlannerConfig cfg, List<Integer> anchors, Triad triad,
                                       BaseAllocation allocation) {
        return new PlanRequest(scores.length, anchors, scores, allocation, triad.lowRes(), triad.baseRes(),
                triad.highRes(), triad.maxHigh(), cfg.patchSize(), cfg.budgetExtraResolutions(),
                cfg.budgetEpsilonFrac());
    }

    private static double confValue(double[] scores, PlannerConfig cfg) {
        return ConfidenceMetrics.compute(cfg.effectiveConfMetric(), scores);
    }

    private static PlanResult result(int[] resolutions, List<Integer> anchors, PlannerConfig cfg,
                                     boolean fallbackUsed, String fallbackReason, String confMetric,
                                     double confValue, Integer maxHigh, Triad triad) {
        int patch = cfg.patchSize();
        long[] tokens = Arrays.stream(resolutions).mapToLong(r -> TokenCost.of(r, patch)).toArray();
        long budget = resolutions.length * TokenCost.of(cfg.baseRes(), patch);
        return new PlanResult(resolutions, anchors.stream().mapToInt(Integer::intValue).toArray(), tokens,
                Arrays.stream(tokens).sum(), budget, fallbackUsed, fallbackReason, confMetric, confValue,
                maxHigh, triad.maxHigh(), triad.lowRes(), triad.highRes(), patch);
    }
}
