package dev.ltl.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates /work/shared (system property {@code ltl.shared.dir}); tests needing it are skipped where it is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code <shared>/<relative>}, or an assumption failure (test skipped) when it does not exist. */
    public static Path require(String relative) {
        String dir = System.getProperty("ltl.shared.dir");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "ltl.shared.dir is not set");
        Path path = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent");
        return path;
    }
}
