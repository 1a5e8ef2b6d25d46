package dev.ltl.eval.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs small numpy scripts in tests when python3 with numpy is installed (skipped otherwise). */
final class Python {

    private Python() {
    }

    /** Whether {@code python3 -c "import numpy"} succeeds. */
    static boolean hasNumpy() {
        try {
            return run("import numpy").exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Exit code and combined output of {@code python3 -c script}. */
    static Result run(String script) throws IOException {
        Process process = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        try {
            // A bound on a hung interpreter, not a synchronisation sleep: the test fails if it is reached.
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "python3 did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }
}
