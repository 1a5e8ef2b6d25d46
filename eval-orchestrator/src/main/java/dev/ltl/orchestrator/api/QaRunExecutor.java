package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.ave.Progress;
import dev.ltl.eval.engine.epic.EpicEvaluation;
import dev.ltl.eval.epic.EpicMetricsJson;
import dev.ltl.eval.engine.qa.QaEvaluation;
import dev.ltl.eval.engine.qa.QaFaithfulness;
import dev.ltl.eval.engine.qa.QaReports;
import dev.ltl.eval.qa.BucketReport;
import dev.ltl.eval.qa.FaithfulnessReport;
import java.util.Locale;

/**
 * The QA and EPIC runs of RunService ({@code RUN_KIND_QA_EVAL | QA_FAITHFULNESS | QA_BUCKETS | EPIC_EVAL}): the
 * same engine calls as {@code ltl qa eval | faithfulness | buckets} and {@code ltl epic eval}. Every finished row is persisted as it
 * is written, so a cancel (an interrupt: the rows in flight finish, no new ones start) or a crash
 * loses nothing, and a restart with the same options resumes. Other kinds go to {@code others}.
 */
public final class QaRunExecutor implements RunExecutor {
    private final RunExecutor others;

    public QaRunExecutor(RunExecutor others) {
        this.others = others;
    }

    @Override
    public String execute(RunSpec spec, Progress progress) throws Exception {
        if (spec instanceof RunSpec.QaEval eval) {
            QaEvaluation.Outcome outcome = QaEvaluation.run(eval.config(), eval.outDir(), progress);
            return String.format(Locale.ROOT, "qa eval: %d items x %d methods (%d rows answered, %d resumed) -> %s",
                    outcome.metrics().nItems(), outcome.metrics().methods().size(), outcome.rowsWritten(),
                    outcome.rowsResumed(), eval.outDir().resolve("metrics.json"));
        }
        if (spec instanceof RunSpec.QaFaithfulness faithfulness) {
            QaFaithfulness.Outcome outcome = QaFaithfulness.run(faithfulness.config(), faithfulness.method(),
                    faithfulness.outDir(), progress);
            FaithfulnessReport report = outcome.report();
            return String.format(Locale.ROOT,
                    "qa faithfulness of %s: n %d, acc_drop %+.4f, pred_change_rate %.4f -> %s",
                    faithfulness.method(), report.n(), report.accDrop(), report.predChangeRate(),
                    faithfulness.outDir().resolve(FaithfulnessReport.FILE_NAME));
        }
        if (spec instanceof RunSpec.QaBuckets buckets) {
            BucketReport report = QaReports.buckets(buckets.predictions(), buckets.outDir(), buckets.methods(),
                    buckets.bucketKeys(), buckets.nBoot(), buckets.seed(), buckets.qbarMethod());
            return "qa buckets: " + report.buckets().size() + " buckets -> "
                    + buckets.outDir().resolve(QaReports.BUCKETS_JSON);
        }
        if (spec instanceof RunSpec.EpicEval epic) {
            EpicMetricsJson metrics = EpicEvaluation.run(epic.options(), progress);
            return "epic eval: " + metrics.methods().size() + " methods -> " + epic.outDir().resolve("metrics.json");
        }
        return others.execute(spec, progress);
    }
}
