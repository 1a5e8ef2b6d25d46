package dev.ltl.orchestrator.cli;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.engine.ave.AveAnalyses;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ltl ave plot-clips}: per-clip eventness / anchors / plan PNGs from a metrics.json. */
@Command(name = "plot-clips", mixinStandardHelpOptions = true,
        description = "ClipPlot PNGs (Stage-1 scores, anchors, plan resolutions) of the first N eval clips of a "
                + "metrics.json with debug_eval: <out>/clip_<id>.png.")
final class AvePlotClipsCommand implements Callable<Integer> {
    @Option(names = "--metrics", required = true) Path metrics;

    @Option(names = {"-n", "--clips"}, defaultValue = "8", description = "Clips to plot (default ${DEFAULT-VALUE}).")
    int clips;

    @Option(names = "--out", description = "Output directory (default: plots/ beside the metrics).") Path out;

    @Override
    public Integer call() throws Exception {
        MetricsJson run = ArtifactJson.read(metrics, MetricsJson.class);
        Path dir = out != null ? out : metrics.toAbsolutePath().resolveSibling("plots");
        List<Path> written = AveAnalyses.plotClips(run, dir, clips);
        if (written.isEmpty()) {
            System.err.println(metrics + " has no anchored_top2 debug records to plot");
            return 1;
        }
        System.out.println("wrote " + written.size() + " plots to " + dir);
        return 0;
    }
}
