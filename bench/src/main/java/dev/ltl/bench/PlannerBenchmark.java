package dev.ltl.bench;

import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process planner throughput: ops/s = plans/s of {@link ListenThenLookPlanner#plan} on 10-s clips.
 *
 * <p>Five warm-up iterations rather than two: with other work on the 2 cores, the JIT needed
 * about 8 s before the final winner's plans/s stopped climbing (2 × 2 s left it at a quarter of
 * its steady rate).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@State(Scope.Thread)
public class PlannerBenchmark {

    /** Power of two, so the cycling index is a mask; large enough that branch history cannot memorise it. */
    static final int POOL_SIZE = 1024;
    static final long SCORE_SEED = 20_260_001L;
    static final int SECONDS = 10;

    @Param({BenchPlannerConfigs.FINAL_WINNER, BenchPlannerConfigs.BAND})
    public String config;

    private final ListenThenLookPlanner planner = new ListenThenLookPlanner();
    private PlanInput[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void prepareInputs() {
        PlannerConfig plannerConfig = PlannerConfig.fromMap(BenchPlannerConfigs.byName(config));
        double[][] clips = SyntheticScores.clips(SCORE_SEED, POOL_SIZE, SECONDS);
        inputs = new PlanInput[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            inputs[i] = PlanInput.anchored(clips[i], plannerConfig);
        }
    }

    @Benchmark
    public PlanResult plan() {
        PlanInput input = inputs[next];
        next = (next + 1) & (POOL_SIZE - 1);
        return planner.plan(input);
    }
}
