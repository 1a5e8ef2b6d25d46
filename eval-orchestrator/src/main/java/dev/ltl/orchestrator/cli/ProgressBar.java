package dev.ltl.orchestrator.cli;

import dev.ltl.eval.engine.ave.Progress;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr; informational messages (total 0) print on their own line. */
final class ProgressBar implements Progress {
    private final PrintStream err;
    private final long startNanos = System.nanoTime();

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        if (total <= 0) {
            err.println(message);
            return;
        }
        int width = 30;
        int filled = (int) (width * done / total);
        err.printf(Locale.ROOT, "[%s%s] %d/%d %5.0fs  %s%n", "#".repeat(filled), ".".repeat(width - filled), done,
                total, (System.nanoTime() - startNanos) / 1e9, message);
    }
}
