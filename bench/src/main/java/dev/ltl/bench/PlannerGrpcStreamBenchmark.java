package dev.ltl.bench;

import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planner throughput over gRPC against the real packaged planner-svc, started as a child JVM on
 * loopback. {@link #planStream}: 1000 requests pipelined on one PlanStream call per op, reported
 * per plan; {@link #planUnary}: one blocking Plan call per op, for comparison.
 *
 * <p>Client and server share the machine's cores, so the figures are end-to-end on one host,
 * not server capacity.
 *
 * <p>Why a server warm-up in the trial setup: the child JVM starts cold, and on 2 cores its JIT
 * took about 30 s of streaming (some 120 000 plans) to reach steady throughput, far longer than
 * the 2 × 2 s JMH warm-up, which would otherwise time the server's interpreter. Every trial runs
 * the same fixed amount of work first ({@value #WARMUP_STREAM_BATCHES} stream batches and
 * {@value #WARMUP_UNARY_CALLS} unary calls), so streaming and unary start from the same state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@State(Scope.Benchmark)
public class PlannerGrpcStreamBenchmark {

    static final int BATCH = 1000;
    static final int WINDOW = 256;
    static final int WARMUP_STREAM_BATCHES = 150;
    static final int WARMUP_UNARY_CALLS = 20_000;
    static final String JAR_PROPERTY = "ltl.planner.jar";
    static final String DEFAULT_JAR = "planner-svc/target/quarkus-app/quarkus-run.jar";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration UNARY_DEADLINE = Duration.ofSeconds(10);

    @Param({BenchPlannerConfigs.FINAL_WINNER, BenchPlannerConfigs.BAND})
    public String config;

    private PlannerServiceProcess service;
    private ManagedChannel channel;
    private PlanStreamBatch streamBatch;
    private PlannerServiceGrpc.PlannerServiceBlockingStub blocking;
    private List<PlanRequest> requests;
    private int nextUnary;

    @Setup(Level.Trial)
    public void startService() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, DEFAULT_JAR));
        service = PlannerServiceProcess.start(jar, READY_TIMEOUT);
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", service.port(), InsecureChannelCredentials.create())
                // Callbacks only count answers and free window slots, so running them on the
                // transport thread avoids a thread hop per answer without blocking it.
                .directExecutor()
                .build();
        streamBatch = new PlanStreamBatch(PlannerServiceGrpc.newStub(channel), WINDOW, BATCH_TIMEOUT);
        blocking = PlannerServiceGrpc.newBlockingStub(channel);
        requests = PlanRequests.anchored(
                SyntheticScores.clips(PlannerBenchmark.SCORE_SEED, BATCH, PlannerBenchmark.SECONDS),
                BenchPlannerConfigs.byName(config));
        warmUpService();
    }

    private void warmUpService() throws InterruptedException {
        for (int batch = 0; batch < WARMUP_STREAM_BATCHES; batch++) {
            streamBatch.run(requests);
        }
        for (int call = 0; call < WARMUP_UNARY_CALLS; call++) {
            planUnary();
        }
    }

    @TearDown(Level.Trial)
    public void stopService() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (service != null) {
            service.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int planStream() throws InterruptedException {
        return streamBatch.run(requests);
    }

    @Benchmark
    public PlanResponse planUnary() {
        PlanRequest request = requests.get(nextUnary);
        nextUnary = (nextUnary + 1) % BATCH;
        return blocking.withDeadlineAfter(UNARY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS).plan(request);
    }
}
