package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.domain.Baseline;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.planner.infra.PlannerServiceConfig;
import dev.ltl.proto.planner.v1.PlanRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Validates a {@link PlanRequest} at the API edge (sizes, finiteness) and maps it to the domain's
 * {@link PlanInput}. Rules about the config itself (unknown keys, ranges, feasibility) belong to
 * the domain and surface as its exceptions, which name the key.
 */
@ApplicationScoped
public class PlanRequestMapper {
    private final PlannerServiceConfig config;

    public PlanRequestMapper(PlannerServiceConfig config) {
        this.config = config;
    }

    public PlanInput toInput(PlanRequest request) {
        int seconds = request.getScoresCount();
        if (seconds == 0) {
            throw GrpcErrors.invalidArgument("scores", "scores is empty: give one score per second");
        }
        if (seconds > config.maxSeconds()) {
            throw GrpcErrors.invalidArgument("scores", "scores has " + seconds + " values; at most "
                    + config.maxSeconds() + " seconds per plan (ltl.planner.max-seconds)");
        }
        double[] scores = finite("scores", request.getScoresList());
        PlannerConfig plannerConfig = PlannerConfig.fromMap(StructMaps.toMap(request.getConfig()));
        if ("band".equals(plannerConfig.budgetMode()) && seconds > config.maxBandSeconds()) {
            throw GrpcErrors.invalidArgument("scores", "budget_mode=band plans at most " + config.maxBandSeconds()
                    + " seconds (ltl.planner.max-band-seconds); got " + seconds);
        }
        Baseline baseline = switch (request.getBaseline()) {
            case BASELINE_UNSPECIFIED, BASELINE_ANCHORED -> Baseline.ANCHORED;
            case BASELINE_UNIFORM -> Baseline.UNIFORM;
            case BASELINE_UNIFORM_LOW -> Baseline.UNIFORM_LOW;
            case BASELINE_RANDOM -> Baseline.RANDOM;
            case BASELINE_ORACLE -> Baseline.ORACLE;
            case UNRECOGNIZED -> throw GrpcErrors.invalidArgument("baseline",
                    "unknown baseline value " + request.getBaselineValue());
        };
        int[] oracle = request.getOracleSegmentsCount() == 0 ? null
                : request.getOracleSegmentsList().stream().mapToInt(Integer::intValue).toArray();
        if (baseline == Baseline.ORACLE && oracle == null) {
            throw GrpcErrors.invalidArgument("oracle_segments",
                    "baseline ORACLE needs oracle_segments (one label per second, non-zero = event)");
        }
        int[] randomAnchors = request.getRandomAnchorsCount() == 0 ? null
                : request.getRandomAnchorsList().stream().mapToInt(Integer::intValue).toArray();
        double[] visual = request.getVisualScoresCount() == 0 ? null
                : finite("visual_scores", request.getVisualScoresList());
        return new PlanInput(scores, plannerConfig, baseline, oracle, request.getSeed(), randomAnchors, visual);
    }

    private static double[] finite(String field, java.util.List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) {
                throw GrpcErrors.invalidArgument(field, field + "[" + i + "] is " + v + "; every value must be finite");
            }
            out[i] = v;
        }
        return out;
    }
}
