package dev.ltl.orchestrator.cli;

import dev.ltl.eval.qa.BootstrapDelta;
import dev.ltl.eval.qa.MethodSummary;
import dev.ltl.eval.qa.QaMetricsJson;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a QA metrics.json as a person reads it: accuracy per method and the paired Δ vs uniform. */
final class QaResultTable {
    private QaResultTable() {
    }

    static void print(PrintStream out, QaMetricsJson metrics) {
        out.println();
        out.printf(Locale.ROOT, "%s (%s): %d items, B = %d, strategy %s, model %s%n", metrics.task(), metrics.split(),
                metrics.nItems(), metrics.budgetFrames(), metrics.strategy(), metrics.model().name());
        out.printf(Locale.ROOT, "%-16s %5s %8s %8s %26s%n", "method", "n", "acc", "invalid",
                "delta_vs_uniform [95% CI]");
        for (MethodSummary row : metrics.summary()) {
            BootstrapDelta delta = metrics.deltaVsUniform().get(row.method());
            String deltaText = delta == null ? "" : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", delta.mean(),
                    delta.lo(), delta.hi());
            out.printf(Locale.ROOT, "%-16s %5d %8.4f %8.4f %26s%n", row.method(), row.n(), row.acc(),
                    row.invalidRate(), deltaText);
        }
        if (!metrics.skippedVideos().isEmpty()) {
            out.println("skipped videos: " + metrics.skippedVideos().size());
        }
    }
}
