package dev.ltl.cli.demo;

import dev.ltl.proto.planner.v1.PlanResponse;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints one clip's per-second scores next to its plan, the way a person reads it. */
final class DemoTable {
    private DemoTable() {
    }

    static void print(PrintWriter out, DemoClip clip, Map<String, double[]> scores, String planMethod,
                      PlanResponse plan) {
        out.printf(Locale.ROOT, "%n%s  [%s]  event seconds: %s%n", clip.id(), clip.label(),
                clip.eventSeconds().isEmpty() ? "unknown" : clip.eventSeconds());
        out.printf(Locale.ROOT, "plan from %s: anchors %s, %s, conf %s = %.3f, tokens %d / budget %d%n",
                planMethod, plan.getAnchorsList(),
                plan.getFallbackUsed() ? "FALLBACK (" + plan.getFallbackReason() + ") -> uniform" : "no fallback",
                plan.getConfMetric(), plan.getConfValue(), plan.getTotalTokens(), plan.getBudget());
        List<String> methods = List.copyOf(scores.keySet());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s %5s", "sec", "event"));
        for (String method : methods) {
            header.append(String.format(Locale.ROOT, " %17s", method));
        }
        header.append(String.format(Locale.ROOT, " %6s %6s %6s", "res", "tokens", "anchor"));
        out.println(header);
        out.println("-".repeat(header.length()));
        for (int t = 0; t < plan.getResolutionsCount(); t++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d %5s", t,
                    clip.eventSeconds().contains(t) ? "*" : ""));
            for (String method : methods) {
                double[] values = scores.get(method);
                row.append(t < values.length ? String.format(Locale.ROOT, " %17.4f", values[t])
                        : String.format(Locale.ROOT, " %17s", "-"));
            }
            int rank = plan.getAnchorsList().indexOf(t);
            row.append(String.format(Locale.ROOT, " %6d %6d %6s", plan.getResolutions(t), plan.getTokensPerSecond(t),
                    rank >= 0 ? "#" + (rank + 1) : ""));
            out.println(row);
        }
    }
}
