package dev.ltl.orchestrator.cli;

import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.stats.MeanStd;
import dev.ltl.eval.stats.TTestResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints a metrics.json as a person reads it: accuracy per baseline, then anchored vs uniform. */
final class ResultTable {
    private ResultTable() {
    }

    static void print(PrintStream out, String title, MetricsJson metrics) {
        out.println();
        out.println(title + "  (seeds " + metrics.seeds() + ", token budget " + metrics.tokenBudget() + ")");
        out.printf(Locale.ROOT, "%-34s %10s %10s%n", "baseline", "val_acc", "std");
        for (Map.Entry<String, MeanStd> row : metrics.summary().entrySet()) {
            out.printf(Locale.ROOT, "%-34s %10.4f %10.4f%n", row.getKey(), row.getValue().mean(), row.getValue().std());
        }
        MeanStd anchored = metrics.summary().get("anchored_top2");
        MeanStd uniform = metrics.summary().get("uniform");
        if (anchored != null && uniform != null) {
            TTestResult t = metrics.pairedTtest() == null ? null : metrics.pairedTtest().get("anchored_vs_uniform");
            out.printf(Locale.ROOT, "anchored_top2 - uniform: delta = %+.4f, paired t = %s, p = %s%n",
                    anchored.mean() - uniform.mean(), t == null ? "n/a" : String.format(Locale.ROOT, "%.3f", t.t()),
                    t == null ? "n/a" : String.format(Locale.ROOT, "%.4f", t.p()));
        }
        if (metrics.summary().containsKey("oracle_top2") && uniform != null) {
            TTestResult t = metrics.pairedTtest() == null ? null : metrics.pairedTtest().get("oracle_vs_uniform");
            out.printf(Locale.ROOT, "oracle_top2   - uniform: delta = %+.4f, p = %s%n",
                    metrics.summary().get("oracle_top2").mean() - uniform.mean(),
                    t == null ? "n/a" : String.format(Locale.ROOT, "%.4f", t.p()));
        }
    }
}
