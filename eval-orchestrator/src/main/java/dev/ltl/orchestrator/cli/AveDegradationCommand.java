package dev.ltl.orchestrator.cli;

import dev.ltl.eval.analysis.DegradationGrid;
import dev.ltl.eval.analysis.DegradationSuite;
import dev.ltl.eval.analysis.DegradationSuiteJson;
import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.ave.AveAnalyses;
import dev.ltl.eval.engine.ave.PlannerAnchorPicker;
import dev.ltl.eval.engine.ave.ServiceStage1Scorer;
import dev.ltl.eval.engine.clients.EventnessClient;
import dev.ltl.eval.engine.clients.GrpcChannels;
import dev.ltl.eval.engine.clients.PlannerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl ave degradation}: the 18-row degradation suite of reference §5.10. */
@Command(name = "degradation", mixinStandardHelpOptions = true,
        description = "Corrupt each clip's audio (shift x SNR x silence, 18 rows), re-score it through eventness-svc "
                + "(inline PCM), re-select gate-free anchors through planner-svc and report Recall@K,Δ per row: "
                + "<out>/degradation_suite.json.")
final class AveDegradationCommand implements Callable<Integer> {
    @Mixin
    SplitDataOptions data;

    @Option(names = "--out", required = true, description = "Output directory.") Path out;

    @Option(names = "--eventness-method", defaultValue = "energy_stride_max",
            description = "Stage-1 method (default ${DEFAULT-VALUE}).")
    String method;

    // The suite's own anchor defaults (§5.10): k 2, topk, NMS radius 2, shift 0, no gate.
    @Option(names = "--k", defaultValue = "2") int k;
    @Option(names = "--anchor-select", defaultValue = "topk") String select;
    @Option(names = "--nms-radius", defaultValue = "2") int nmsRadius;
    @Option(names = "--anchor-shift", defaultValue = "0") int shift;

    @Option(names = "--threads", defaultValue = "2", description = "Rows evaluated at once (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--eventness", defaultValue = "localhost:8081", description = "eventness-svc target.")
    String eventnessTarget;

    @Option(names = "--planner", defaultValue = "localhost:8082", description = "planner-svc target.")
    String plannerTarget;

    @Override
    public Integer call() throws Exception {
        AveDataset dataset = data.load(true);
        List<String> ids = dataset.ids(data.evalSplit());
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no " + data.split + " clips with media");
        }
        Files.createDirectories(out);
        List<DegradationSuite.ClipAudio> clips = AveAnalyses.loadClipAudio(dataset, ids);
        Map<String, Object> anchorCfg = PlannerAnchorPicker.gateFreeConfig(k, select, nmsRadius, shift);
        AccountingLedger ledger = new AccountingLedger();
        try (GrpcChannels channels = new GrpcChannels()) {
            ServiceStage1Scorer scorer = new ServiceStage1Scorer(new EventnessClient(channels.to(eventnessTarget), 4),
                    method, ledger);
            PlannerAnchorPicker picker = new PlannerAnchorPicker(new PlannerClient(channels.to(plannerTarget), 1),
                    anchorCfg, ledger);
            AveAnalyses.DegradationSetup setup = new AveAnalyses.DegradationSetup(data.metaDir().toString(),
                    String.valueOf(data.videosDir()), data.evalSplit().shortName(),
                    dataset.skippedCount(data.evalSplit()), method, anchorCfg);
            DegradationSuiteJson suite = AveAnalyses.degradation(setup, clips, scorer, picker, DegradationGrid.suite(),
                    threads, new ProgressBar(System.err));
            Path file = out.resolve(AveAnalyses.DEGRADATION_FILE);
            ArtifactJson.write(file, suite);
            for (DegradationSuite.Row row : suite.rows()) {
                System.out.printf(Locale.ROOT, "shift %+.1f  snr %4.0f  silence %.1f  recall@Δ0/1/2 %.3f %.3f %.3f%n",
                        row.shiftS(), row.snrDb(), row.silenceRatio(), row.recallByDelta().get("0"),
                        row.recallByDelta().get("1"), row.recallByDelta().get("2"));
            }
            System.out.println("wrote " + file);
        }
        return 0;
    }
}
