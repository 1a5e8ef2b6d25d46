package dev.ltl.orchestrator.cli;

import dev.ltl.eval.analysis.ParetoGrid;
import dev.ltl.eval.analysis.ParetoPoint;
import dev.ltl.eval.analysis.Triad;
import dev.ltl.eval.artifacts.BestConfigFile;
import dev.ltl.eval.engine.ave.AveAnalyses;
import dev.ltl.eval.engine.ave.AveSession;
import dev.ltl.planner.domain.PlannerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl ave pareto}: the Pareto grid over triads and oracle-vs-predicted (reference §5.12). */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = "One run (uniform, random_top2, anchored_top2, oracle_top2[, cheap_visual]) per triad with "
                + "budget mode auto: <out>/triad_<l_b_h>/metrics.json, pareto_report.json, pareto.png, "
                + "oracle_vs_predicted.json. Resumable.")
final class AveParetoCommand implements Callable<Integer> {
    @Mixin
    SessionOptions session;

    @Option(names = "--split", defaultValue = "test", description = "Eval split (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--base-config", description = "A best_config.json (default: the runner's built-in config: "
            + "top1_med 0.6, adaptive_v1, shift 1, 160/224/352, temporal_conv).")
    Path baseConfig;

    @Option(names = "--triads", defaultValue = "112,160,224; 160,224,352; 224,352,448",
            description = "Triads 'l,b,h; ...' (default ${DEFAULT-VALUE}).")
    String triads;

    @Option(names = "--extras", split = ",", defaultValue = "112,160,224,352",
            description = "Band-mode extra resolutions; the triad's high is removed (default ${DEFAULT-VALUE}).")
    List<Integer> extras;

    @Option(names = "--include-cheap-visual", description = "Also run cheap_visual (frame_diff Stage-1 scores).")
    boolean cheapVisual;

    @Override
    public Integer call() throws Exception {
        PlannerConfig base = baseConfig == null ? AveAnalyses.paretoDefaultBase() : BestConfigFile.read(baseConfig);
        try (AveSession s = AveSession.open(session.toOptions(AveCommand.splitOf(split)), new ProgressBar(System.err))) {
            AveAnalyses.ParetoOutcome outcome = AveAnalyses.pareto(s, base, Triad.parseList(triads), extras,
                    cheapVisual);
            for (ParetoPoint p : outcome.report().points()) {
                System.out.printf(Locale.ROOT, "%-9s %-12s tokens %7.1f  acc %.4f ± %.4f%n", p.triad(), p.method(),
                        p.tokenBudget(), p.accMean(), p.accStd());
            }
            System.out.println("front: " + ParetoGrid.front(outcome.report().points()).stream()
                    .map(p -> p.method() + "@" + p.triad()).toList());
            System.out.printf(Locale.ROOT, "oracle - predicted: %.4f%n",
                    outcome.oracleVsPredicted().oracleMinusPredicted());
        }
        return 0;
    }
}
