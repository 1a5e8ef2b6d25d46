package dev.ltl.vlm.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates the tiny ONNX VLM under {@code target/} before the Quarkus app starts and adds that directory as a
 * model-repository root, so the app serves {@code tiny-qwen-vl@1} for Answer beside the real backbones.
 *
 * <p>The export runs in a child JVM ({@link TinyVlmExportMain}): a test resource lives outside the Quarkus
 * class loader, and loading vlm-core's classes here as well makes the app's copies fail with loader-constraint
 * LinkageErrors at their first use.
 */
public class TinyVlmResource implements QuarkusTestResourceLifecycleManager {
    static final String MODEL = "tiny-qwen-vl";

    @Override
    public Map<String, String> start() {
        Path root = Path.of("target", "tiny-vlm-models").toAbsolutePath();
        export(root.resolve(MODEL).resolve("1"));
        String shared = Path.of(System.getProperty("ltl.shared.dir", "../../shared"), "models").toString();
        return Map.of("ltl.models.roots", String.join(",", "../models", shared, root.toString()));
    }

    private static void export(Path dir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try {
            Path log = Files.createTempFile("tiny-vlm-export", ".log");
            Process process = new ProcessBuilder(List.of(java, "-cp", classPath, TinyVlmExportMain.class.getName(),
                    dir.toString(), "11")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            if (exit != 0 || !Files.isRegularFile(dir.resolve("model.yaml"))) {
                throw new IllegalStateException("tiny VLM export failed (exit " + exit + "): " + Files.readString(log));
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the tiny VLM export", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting the tiny VLM", e);
        }
    }

    @Override
    public void stop() {
        // The generated files stay under target/ (cleaned by the build).
    }
}
