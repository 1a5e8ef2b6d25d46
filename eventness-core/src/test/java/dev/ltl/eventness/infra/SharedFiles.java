package dev.ltl.eventness.infra;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared via the {@code ltl.shared.dir} system property; skips the test when absent. */
final class SharedFiles {

    private SharedFiles() {
    }

    /** The path under the shared dir, or an aborted (skipped) test when it is not there. */
    static Path require(String first, String... more) {
        String root = System.getProperty("ltl.shared.dir");
        Assumptions.assumeTrue(root != null, "ltl.shared.dir is not set");
        Path path = Path.of(root, first).resolve(Path.of("", more));
        Assumptions.assumeTrue(Files.exists(path), "shared file missing: " + path);
        return path;
    }

    static Path taggerModel() {
        return require("models", "efficientat-mn04-as", "1", "model.onnx");
    }

    static Path taggerLabels() {
        return require("models", "efficientat-mn04-as", "labels.csv");
    }

    static Path sileroModel() {
        return require("models", "silero-vad-v5", "1", "model.onnx");
    }
}
