package dev.ltl.orchestrator.cli;

import dev.ltl.common.process.ServiceProcess;
import dev.ltl.eval.engine.qa.QaEvalConfig;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.ModelInfo;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * eventness-svc, planner-svc and vlm-svc started from their packaged apps on free loopback ports
 * for {@code qa demo} / {@code qa bench}, all reading the given model roots (the tiny VLM's
 * included), stopped together.
 */
final class QaLocalServices implements AutoCloseable {
    private final ServiceProcess eventness;
    private final ServiceProcess planner;
    private final ServiceProcess vlm;

    private QaLocalServices(ServiceProcess eventness, ServiceProcess planner, ServiceProcess vlm) {
        this.eventness = eventness;
        this.planner = planner;
        this.vlm = vlm;
    }

    /**
     * Starts the three services and waits until they serve, and vlm-svc has {@code model} ready.
     *
     * @param answerConcurrency vlm-svc Answer requests computed at once
     */
    static QaLocalServices start(Path repo, String modelRoots, Path logs, String model, int answerConcurrency)
            throws IOException, InterruptedException {
        Map<String, String> roots = Map.of("ltl.models.roots", modelRoots);
        ServiceProcess eventness = ServiceProcess.start("eventness-svc",
                repo.resolve("eventness-svc/target/quarkus-app/quarkus-run.jar"), roots, logs);
        ServiceProcess planner = null;
        ServiceProcess vlm = null;
        try {
            planner = ServiceProcess.start("planner-svc",
                    repo.resolve("planner-svc/target/quarkus-app/quarkus-run.jar"), roots, logs);
            vlm = ServiceProcess.start("vlm-svc", repo.resolve("vlm-svc/target/quarkus-app/quarkus-run.jar"),
                    Map.of("ltl.models.roots", modelRoots, "ltl.vlm.answer.max-concurrency",
                            String.valueOf(answerConcurrency)), logs);
            eventness.awaitReady(Duration.ofMinutes(2));
            planner.awaitReady(Duration.ofMinutes(2));
            // vlm-svc's readiness also covers its embedding backbones, which QA does not need.
            vlm.awaitLive(Duration.ofMinutes(2));
            String problem = modelProblem(vlm.target(), model);
            if (problem != null) {
                throw new IOException("vlm-svc cannot answer with " + model + " (" + problem + "); see " + vlm.log());
            }
            return new QaLocalServices(eventness, planner, vlm);
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (ServiceProcess started : new ServiceProcess[] {vlm, planner, eventness}) {
                if (started != null) {
                    started.close();
                }
            }
            throw e;
        }
    }

    QaEvalConfig.ServiceTargets targets() {
        return new QaEvalConfig.ServiceTargets(eventness.target(), planner.target(), vlm.target());
    }

    /** Why vlm-svc cannot answer with {@code model}, or null when it is ready. */
    private static String modelProblem(String vlmTarget, String model) throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(vlmTarget).usePlaintext().build();
        try {
            for (ModelInfo info : VlmServiceGrpc.newBlockingStub(channel)
                    .listModels(ListModelsRequest.getDefaultInstance()).getModelsList()) {
                if (info.getStatus().getName().equals(model)) {
                    return info.getStatus().getState() == ModelState.MODEL_STATE_READY ? null
                            : info.getStatus().getState() + ": " + info.getStatus().getMessage();
                }
            }
            return "vlm-svc does not serve it";
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        vlm.close();
        planner.close();
        eventness.close();
    }
}
