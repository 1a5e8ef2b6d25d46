package dev.ltl.orchestrator.cli;

import dev.ltl.eval.artifacts.ArtifactJson;
import dev.ltl.eval.engine.qa.QaEvaluation;
import dev.ltl.eval.engine.qa.QaFaithfulness;
import dev.ltl.eval.engine.qa.QaReports;
import dev.ltl.eval.qa.AnswerPrior;
import dev.ltl.eval.qa.BucketReport;
import dev.ltl.eval.qa.ConfigMismatchException;
import dev.ltl.eval.qa.FaithfulnessReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltl qa eval | faithfulness | buckets | aggregate | prior | demo}: budgeted long-video QA. */
@Command(name = "qa", description = "Budgeted long-video QA: evaluation, faithfulness, reports and a demo.",
        subcommands = {QaCommand.Eval.class, QaCommand.Faithfulness.class, QaCommand.Buckets.class,
                QaCommand.Aggregate.class, QaCommand.Prior.class, QaDemoCommand.class, QaBenchCommand.class})
public final class QaCommand {

    /** Exit status of a resume refused because the options differ from the run in --out. */
    static final int CONFIG_MISMATCH = 2;

    static int refuseResume(ConfigMismatchException e) {
        System.err.println(e.getMessage() + ": rerun with the options of that run to resume it, or use another --out");
        return CONFIG_MISMATCH;
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Every item x method through planner-svc (SelectFrames) and vlm-svc (Answer): "
                    + "predictions.jsonl (streamed), metrics.json, run_summary.json, preprocess_meta.json. "
                    + "Resumable: rerun with the same --out.")
    static final class Eval implements Callable<Integer> {
        @Mixin
        QaEvalOptions options;

        @Option(names = "--methods", split = ",", defaultValue = "uniform,random,text_only,audio,cheap_visual,fused",
                description = "Selection methods; uniform is always included, first (default ${DEFAULT-VALUE}).")
        List<String> methods;

        @Override
        public Integer call() throws Exception {
            QaEvaluation.Outcome outcome;
            try {
                outcome = QaEvaluation.run(options.toConfig(methods), options.out.toAbsolutePath().normalize(),
                        new ProgressBar(System.err));
            } catch (ConfigMismatchException e) {
                return refuseResume(e);
            }
            QaResultTable.print(System.out, outcome.metrics());
            System.out.printf(Locale.ROOT, "%d rows answered (%d resumed) in %.1f s: %.2f rows/s at concurrency %d%n",
                    outcome.rowsWritten(), outcome.rowsResumed(), outcome.evalSeconds(), outcome.rowsPerSecond(),
                    options.concurrency);
            System.out.println("artifacts: " + outcome.out());
            return 0;
        }
    }

    @Command(name = "faithfulness", mixinStandardHelpOptions = true,
            description = "Delete-and-predict: the method's selection vs the budget-matched deleted schedule "
                    + "(background + uniform), two Answer calls per item: rows.jsonl (streamed, resumable), "
                    + "faithfulness.json.")
    static final class Faithfulness implements Callable<Integer> {
        @Mixin
        QaEvalOptions options;

        @Option(names = "--method", defaultValue = "fused",
                description = "The mixture method whose anchors are deleted (default ${DEFAULT-VALUE}).")
        String method;

        @Override
        public Integer call() throws Exception {
            QaFaithfulness.Outcome outcome;
            try {
                outcome = QaFaithfulness.run(options.toConfig(List.of(method)), method,
                        options.out.toAbsolutePath().normalize(), new ProgressBar(System.err));
            } catch (ConfigMismatchException e) {
                return refuseResume(e);
            }
            FaithfulnessReport report = outcome.report();
            System.out.printf(Locale.ROOT, "%s: n %d, acc %.4f, acc_deleted %.4f, acc_drop %+.4f, pred_change_rate "
                    + "%.4f (%d rows answered, %d resumed)%n", method, report.n(), report.accuracy(),
                    report.accuracyDeleted(), report.accDrop(), report.predChangeRate(), outcome.rowsWritten(),
                    outcome.rowsResumed());
            System.out.println("artifacts: " + outcome.out());
            return 0;
        }
    }

    @Command(name = "buckets", mixinStandardHelpOptions = true,
            description = "Bucket report from a predictions.jsonl: per metadata bucket and q-bar tercile, accuracy "
                    + "per method, delta vs uniform with paired-bootstrap significance: buckets.json, buckets.md.")
    static final class Buckets implements Callable<Integer> {
        @Option(names = "--predictions", required = true, description = "A predictions.jsonl.")
        Path predictions;

        @Option(names = "--out", description = "Output directory (default: beside the predictions).")
        Path out;

        @Option(names = "--methods", split = ",", description = "Methods (default: the predictions header's).")
        List<String> methods;

        @Option(names = "--bucket-keys", split = ",",
                description = "Metadata keys to bucket by (default: those of type,question_type the rows carry).")
        List<String> bucketKeys;

        @Option(names = "--qbar-method", description = "Method whose q-bar defines the terciles (default: audio).")
        String qbarMethod;

        @Option(names = "--n-boot", defaultValue = "5000", description = "Resamples (default ${DEFAULT-VALUE}).")
        int nBoot;

        @Option(names = "--seed", defaultValue = "0", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            Path dir = out != null ? out : predictions.toAbsolutePath().getParent();
            BucketReport report = QaReports.buckets(predictions, dir, methods, bucketKeys, nBoot, seed, qbarMethod);
            System.out.println(report.toMarkdown());
            System.out.println("wrote " + dir.resolve(QaReports.BUCKETS_JSON) + " and "
                    + dir.resolve(QaReports.BUCKETS_MD));
            return 0;
        }
    }

    @Command(name = "aggregate", mixinStandardHelpOptions = true,
            description = "Several metrics.json -> per-method mean/std/CI95 across seeds (seed_aggregate.json) or "
                    + "across budgets (budget_curve.json + budget_curve.png).")
    static final class Aggregate implements Callable<Integer> {
        @Option(names = "--metrics", required = true, split = ",", description = "metrics.json files.")
        List<Path> metrics;

        @Option(names = "--mode", defaultValue = "seeds", description = "seeds | budget (default ${DEFAULT-VALUE}).")
        String mode;

        @Option(names = "--out", required = true, description = "Output directory.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path written = switch (mode) {
                case "seeds" -> QaReports.seeds(metrics, out);
                case "budget" -> QaReports.budgetCurve(metrics, out);
                default -> throw new IllegalArgumentException("--mode must be seeds or budget, got " + mode);
            };
            System.out.println("wrote " + written);
            return 0;
        }
    }

    @Command(name = "prior", mixinStandardHelpOptions = true,
            description = "Answer prior: accuracy of always answering the most frequent train answer.")
    static final class Prior implements Callable<Integer> {
        @Option(names = "--format", required = true, description = "intentqa | egoschema | avqa | jsonl.")
        String format;

        @Option(names = "--train", required = true, description = "Train annotations.")
        Path train;

        @Option(names = "--eval", required = true, description = "Eval annotations.")
        Path eval;

        @Option(names = "--labels", description = "EgoSchema labels file.")
        Path labels;

        @Option(names = "--out", description = "Also write answer_prior.json here.")
        Path out;

        @Override
        public Integer call() throws Exception {
            AnswerPrior prior = QaReports.prior(format, train, eval, labels);
            System.out.printf(Locale.ROOT, "answer prior: always %d -> accuracy %.4f on %d eval items (%d train)%n",
                    prior.label(), prior.accuracy(), prior.evalN(), prior.trainN());
            if (out != null) {
                ArtifactJson.write(out.resolve("answer_prior.json"), prior);
            }
            return 0;
        }
    }
}
