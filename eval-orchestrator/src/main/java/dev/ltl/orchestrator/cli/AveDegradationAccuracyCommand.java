package dev.ltl.orchestrator.cli;

import dev.ltl.eval.analysis.DegradationAccuracy;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.engine.ave.AveAnalyses;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.ave.AveSession;
import dev.ltl.eval.engine.ave.DegradationAccuracyRun;
import dev.ltl.eval.engine.ave.ServiceStage1Scorer;
import dev.ltl.eval.engine.clients.EventnessClient;
import dev.ltl.eval.engine.clients.GrpcChannels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl ave degradation-accuracy}: the 54-row degradation accuracy grid with the α floor (reference §5.11). */
@Command(name = "degradation-accuracy", mixinStandardHelpOptions = true,
        description = "Train uniform/random_top2/anchored_top2 heads once per seed on clean plans, evaluate them on "
                + "eval plans re-made from corrupted Stage-1 scores under each (shift, SNR, silence, α): "
                + "<out>/degradation_accuracy.json.")
final class AveDegradationAccuracyCommand implements Callable<Integer> {
    @Mixin
    SessionOptions session;

    @Option(names = "--config", required = true, description = "A best_config.json.")
    Path config;

    @Option(names = "--split", defaultValue = "test", description = "Eval split (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--mode", defaultValue = "audio",
            description = "audio (corrupt the waveform, re-score through eventness-svc) or psp (score-space proxy).")
    String mode;

    @Override
    public Integer call() throws Exception {
        DegradationAccuracyRun.ScoreMode scoreMode = DegradationAccuracyRun.ScoreMode.valueOf(
                mode.toUpperCase(Locale.ROOT));
        AveOptions options = session.toOptions(AveCommand.splitOf(split));
        try (GrpcChannels channels = new GrpcChannels();
             AveSession s = AveSession.open(options, new ProgressBar(System.err))) {
            ServiceStage1Scorer scorer = new ServiceStage1Scorer(new EventnessClient(
                    channels.to(options.eventnessTarget()), 4), options.eventnessMethod(), s.ledger());
            DegradationAccuracyRun.Result result = AveAnalyses.degradationAccuracy(s,
                    BestConfigFile.read(config).toMap(), scoreMode, scorer, new ProgressBar(System.err));
            DegradationAccuracy.FloorChecks checks = result.alphaFloorChecks();
            System.out.printf(Locale.ROOT, "%d rows; α floor: %d pass, %d fail (min margin %s)%n", checks.numRows(),
                    checks.numPass(), checks.numFail(), checks.minMargin());
            System.out.println("wrote " + options.outDir().resolve(AveAnalyses.DEGRADATION_ACCURACY_FILE));
        }
        return 0;
    }
}
