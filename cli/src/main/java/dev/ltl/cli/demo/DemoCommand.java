package dev.ltl.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.cli.CliEnvironment;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.json.StructConverter;
import dev.ltl.common.process.ServiceProcess;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ListMethodsRequest;
import dev.ltl.proto.eventness.v1.MethodInfo;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl demo}: the main job. Starts eventness-svc and planner-svc from their packaged apps,
 * scores every clip with each ready eventness method, plans it with the reference's final LTL
 * config, and prints a per-second table plus the per-RPC latency from the accounting envelopes.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start eventness-svc and planner-svc, score and plan sample clips, print per-second tables.")
public final class DemoCommand implements Callable<Integer> {
    /** The reference's resolved final winner, ltlgini_keepadj_gini0p45_hconf0p5 (spec §3.9). */
    static final String FINAL_CONFIG = """
            {"name":"ltlgini_keepadj_gini0p45_hconf0p5","k":2,"low_res":160,"base_res":224,"high_res":352,
             "anchor_select":"topk","anchor_shift":0,"anchor_conf_metric":"gini","anchor_conf_threshold":0.45,
             "anchor_drop_far_dist":1,"anchor_high_policy":"adaptive_v3","anchor_high_adjacent_dist":1,
             "anchor_high_conf_metric":"gini","anchor_high_conf_threshold":0.5,"anchor_base_alloc":"distance",
             "budget_mode":"exact"}""";
    private static final List<String> METHODS = List.of("energy_stride_max", "audioset", "frame_diff");

    private final CliEnvironment env;

    @Option(names = "--repo", description = "Repository root holding the built services (default: current directory).")
    Path repo;

    @Option(names = "--shared", description = "Shared data and models directory (default: <repo>/../shared).")
    Path shared;

    @Option(names = "--clips", description = "Directory of .mp4 clips (default: <shared>/data/ave-sample, "
            + "or clips generated under --work when that is absent).")
    Path clipsDir;

    @Option(names = "--config", description = "Planner config JSON (e.g. a best_config.json); default: the "
            + "reference's final winner ltlgini_keepadj_gini0p45_hconf0p5.")
    Path configFile;

    @Option(names = "--plan-method", description = "Eventness method whose scores are planned "
            + "(default: audioset when its model is ready, else energy_stride_max).")
    String planMethod;

    @Option(names = "--work", description = "Where logs and generated clips go (default: <repo>/run/demo).")
    Path work;

    public DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), true);
        Path root = (repo == null ? env.workingDir() : env.workingDir().resolve(repo)).toAbsolutePath().normalize();
        Path sharedDir = shared == null ? root.resolve("../shared").normalize() : env.workingDir().resolve(shared);
        Path workDir = work == null ? root.resolve("run/demo") : env.workingDir().resolve(work);
        ObjectNode config = configFile == null ? (ObjectNode) new ObjectMapper().readTree(FINAL_CONFIG)
                : (ObjectNode) new ObjectMapper().readTree(env.workingDir().resolve(configFile).toFile());

        List<DemoClip> clips = findClips(sharedDir, workDir, out);
        String modelRoots = root.resolve("models") + "," + sharedDir.resolve("models");
        long started = System.nanoTime();
        out.println("starting eventness-svc and planner-svc (logs in " + workDir + ") ...");
        try (ServiceProcess eventness = ServiceProcess.start("eventness-svc",
                root.resolve("eventness-svc/target/quarkus-app/quarkus-run.jar"),
                Map.of("ltl.models.roots", modelRoots), workDir);
             ServiceProcess planner = ServiceProcess.start("planner-svc",
                     root.resolve("planner-svc/target/quarkus-app/quarkus-run.jar"), Map.of(), workDir)) {
            eventness.awaitReady(Duration.ofMinutes(2));
            planner.awaitReady(Duration.ofMinutes(2));
            out.printf(Locale.ROOT, "services ready in %.1f s: eventness-svc at %s, planner-svc at %s%n",
                    (System.nanoTime() - started) / 1e9, eventness.target(), planner.target());
            return run(out, clips, config, eventness.target(), planner.target());
        }
    }

    private List<DemoClip> findClips(Path sharedDir, Path workDir, PrintWriter out) throws java.io.IOException {
        Path dir = clipsDir != null ? env.workingDir().resolve(clipsDir) : sharedDir.resolve("data/ave-sample");
        if (Files.isDirectory(dir)) {
            out.println("clips: " + dir);
            return DemoClips.fromDirectory(dir, sharedDir.resolve("data/ave-meta/Annotations.txt"));
        }
        Path generated = workDir.resolve("clips");
        out.println("no sample clips at " + dir + "; generating synthetic clips in " + generated);
        return DemoClips.generate(generated);
    }

    private int run(PrintWriter out, List<DemoClip> clips, ObjectNode config, String eventnessTarget,
                    String plannerTarget) throws InterruptedException {
        ManagedChannel eventnessChannel = ManagedChannelBuilder.forTarget(eventnessTarget).usePlaintext().build();
        ManagedChannel plannerChannel = ManagedChannelBuilder.forTarget(plannerTarget).usePlaintext().build();
        Map<String, List<Long>> latencies = new TreeMap<>();
        try {
            EventnessServiceGrpc.EventnessServiceBlockingStub scorer = EventnessServiceGrpc.newBlockingStub(eventnessChannel);
            PlannerServiceGrpc.PlannerServiceBlockingStub planner = PlannerServiceGrpc.newBlockingStub(plannerChannel);
            List<String> ready = new ArrayList<>();
            for (MethodInfo method : scorer.listMethods(ListMethodsRequest.getDefaultInstance()).getMethodsList()) {
                if (METHODS.contains(method.getName())) {
                    if (method.getReady()) {
                        ready.add(method.getName());
                    } else {
                        out.println("method " + method.getName() + " not ready: "
                                + method.getModels(0).getMessage());
                    }
                }
            }
            String planWith = planMethod != null ? planMethod
                    : ready.contains("audioset") ? "audioset" : "energy_stride_max";
            for (DemoClip clip : clips) {
                Map<String, double[]> scores = new LinkedHashMap<>();
                for (String method : METHODS) {
                    if (!ready.contains(method)) {
                        continue;
                    }
                    ScoreResponse response = scorer.withDeadlineAfter(2, TimeUnit.MINUTES).score(ScoreRequest.newBuilder()
                            .setRequestId(clip.id() + "/" + method).setMethod(method)
                            .setMedia(MediaInput.newBuilder().setUri(clip.file().toUri().toString())).build());
                    scores.put(method, response.getScoresList().stream().mapToDouble(Double::doubleValue).toArray());
                    latencies.computeIfAbsent("Score/" + method, k -> new ArrayList<>())
                            .add(response.getAccounting().getTimings().getTotalUs());
                }
                PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(clip.id())
                        .setConfig(StructConverter.toStruct(config));
                for (double s : scores.get(planWith)) {
                    request.addScores(s);
                }
                PlanResponse plan = planner.withDeadlineAfter(30, TimeUnit.SECONDS).plan(request.build());
                latencies.computeIfAbsent("Plan", k -> new ArrayList<>()).add(plan.getAccounting().getTimings().getTotalUs());
                DemoTable.print(out, clip, scores, planWith, plan);
            }
            out.println();
            out.println("server-side latency per RPC (from the Accounting envelopes):");
            latencies.forEach((rpc, micros) -> out.printf(Locale.ROOT, "  %-28s n=%d  mean %.1f ms  max %.1f ms%n",
                    rpc, micros.size(), micros.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0,
                    micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0));
            return ExitCodes.OK;
        } finally {
            eventnessChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            plannerChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
