package dev.ltl.orchestrator;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ltl.common.process.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services (eventness-svc, planner-svc, vlm-svc) started from the reactor build for an
 * end-to-end IT, with the repository's model descriptors layered over the shared model weights. The ITs skip
 * (assumption) when the apps, the real MobileNetV2 backbone or the packaged ltl-eval.jar are missing.
 */
final class PackagedServices implements AutoCloseable {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path SHARED = Path.of(System.getProperty("ltl.shared.dir", "../../shared")).toAbsolutePath()
            .normalize();
    private static final List<String> NAMES = List.of("eventness-svc", "planner-svc", "vlm-svc");

    private final List<ServiceProcess> processes;

    private PackagedServices(List<ServiceProcess> processes) {
        this.processes = processes;
    }

    /** Skips the calling IT unless the packaged apps, ltl-eval.jar and the real dynamic MobileNetV2 exist. */
    static void assumeBuiltWithBackbone() {
        for (String service : NAMES) {
            assumeThat(Files.exists(runJar(service))).as("packaged " + service + " (reactor build)").isTrue();
        }
        assumeThat(Files.exists(SHARED.resolve("models/mobilenetv2-12-int8-dyn/1/model.onnx")))
                .as("the real MobileNetV2 backbone").isTrue();
        assumeThat(Files.exists(Path.of("target/ltl-eval.jar"))).as("packaged ltl-eval.jar").isTrue();
    }

    /** Starts the three services (logs under {@code logs}) and waits until each reports ready. */
    static PackagedServices startAndAwaitReady(Path logs) throws IOException, InterruptedException {
        Map<String, String> models = Map.of("ltl.models.roots", REPO.resolve("models") + "," + SHARED.resolve("models"));
        List<ServiceProcess> started = new ArrayList<>();
        started.add(ServiceProcess.start("eventness-svc", runJar("eventness-svc"), models, logs));
        started.add(ServiceProcess.start("planner-svc", runJar("planner-svc"), Map.of(), logs));
        started.add(ServiceProcess.start("vlm-svc", runJar("vlm-svc"), models, logs));
        PackagedServices services = new PackagedServices(started);
        for (ServiceProcess service : started) {
            service.awaitReady(Duration.ofMinutes(2));
        }
        return services;
    }

    String eventness() {
        return processes.get(0).target();
    }

    String planner() {
        return processes.get(1).target();
    }

    String vlm() {
        return processes.get(2).target();
    }

    @Override
    public void close() {
        processes.forEach(ServiceProcess::close);
    }

    private static Path runJar(String service) {
        return REPO.resolve(service + "/target/quarkus-app/quarkus-run.jar");
    }
}
