package dev.ltl.orchestrator.cli;

import dev.ltl.eval.analysis.EvidenceAlignment;
import dev.ltl.eval.analysis.EvidenceAlignmentJson;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.engine.ave.AveAnalyses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ltl ave evidence}: evidence alignment Cov@τ of a run's anchors (reference §5.9). */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Cov@τ of the anchored_top2 debug anchors of a metrics.json against the labels, and its "
                + "correlation with the per-clip δ: <out>/evidence_alignment.json.")
final class AveEvidenceCommand implements Callable<Integer> {
    /** [AMBIG] the reference's top-list length is not given; 20 matches diagnose's default top-n. */
    static final int DEFAULT_TOP_N = 20;

    @Option(names = "--metrics", required = true, description = "A metrics.json with debug_eval.") Path metrics;
    @Option(names = "--ave", description = "AVE-layout directory.") Path ave;
    @Option(names = "--meta", description = "AVE metadata directory.") Path meta;
    @Option(names = "--out", description = "Output directory (default: beside the metrics).") Path out;

    @Option(names = "--delta-s", defaultValue = "0", description = "Predicted-window extension in seconds (default 0).")
    double deltaS;

    @Option(names = "--taus", split = ",", defaultValue = "0.3,0.5,0.7", description = "τ grid (default ${DEFAULT-VALUE}).")
    List<Double> taus;

    @Option(names = "--top-n", defaultValue = "" + DEFAULT_TOP_N, description = "Top-list length.") int topN;

    @Override
    public Integer call() throws Exception {
        Path metaDir = meta != null ? meta : ave;
        if (metaDir == null) {
            throw new IllegalArgumentException("give --ave DIR or --meta DIR");
        }
        AveDataset dataset = AveDataset.load(metaDir, null, AveLoadOptions.defaults());
        MetricsJson run = ArtifactJson.read(metrics, MetricsJson.class);
        double[] grid = taus.stream().mapToDouble(Double::doubleValue).toArray();
        EvidenceAlignmentJson result = AveAnalyses.evidence(run, metrics.toString(), metaDir.toString(),
                SplitDataOptions.allLabels(dataset), grid, deltaS, topN);
        Path dir = out != null ? out : metrics.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path file = dir.resolve(AveAnalyses.EVIDENCE_FILE);
        ArtifactJson.write(file, result);
        result.covByTau().forEach((tau, cov) -> System.out.printf(Locale.ROOT, "Cov@%s: %.4f ± %.4f%n", tau,
                cov.mean(), cov.std()));
        System.out.println("wrote " + file + " (" + result.numClipsUsed() + " clips; τ keys like "
                + EvidenceAlignment.tauKey(grid[0]) + ")");
        return 0;
    }
}
