package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.QaDatasetFormat;
import dev.ltl.eval.data.qa.QaDatasets;
import dev.ltl.eval.data.qa.QaItem;
import dev.ltl.eval.data.qa.QaLoadOptions;
import dev.ltl.eval.qa.AnswerPrior;
import dev.ltl.eval.qa.BucketReport;
import dev.ltl.eval.qa.BudgetCurve;
import dev.ltl.eval.qa.PredictionsJsonl;
import dev.ltl.eval.qa.QaPrediction;
import dev.ltl.eval.qa.SeedAggregation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reports made from finished evaluations ({@code ltl qa buckets | aggregate | prior}): thin
 * file-level wrappers over eval-core's pure computations.
 */
public final class QaReports {
    /** The metadata keys the reference buckets by (IntentQA {@code type}, AVQA {@code question_type}). */
    public static final List<String> DEFAULT_BUCKET_KEYS = List.of("type", "question_type");
    /** Bucket significance resamples (ltl-qa-epic.md §4). */
    public static final int BUCKET_N_BOOT = 5000;
    public static final String BUCKETS_JSON = "buckets.json";
    public static final String BUCKETS_MD = "buckets.md";

    private QaReports() {
    }

    /**
     * buckets.json + buckets.md from a predictions.jsonl.
     *
     * @param methods    null: the methods of the predictions header
     * @param bucketKeys null: those of {@link #DEFAULT_BUCKET_KEYS} some row carries
     * @param qbarMethod null: eval-core's default ({@link BucketReport#DEFAULT_QBAR_METHOD})
     */
    public static BucketReport buckets(Path predictions, Path out, List<String> methods, List<String> bucketKeys,
                                       int nBoot, long seed, String qbarMethod) throws java.io.IOException {
        List<QaPrediction> rows = PredictionsJsonl.read(predictions);
        List<String> usedMethods = methods != null ? methods : methodsOf(predictions, rows);
        List<String> keys = bucketKeys != null ? bucketKeys : presentKeys(rows);
        BucketReport report = BucketReport.compute(rows, usedMethods, keys, nBoot, seed, qbarMethod);
        Files.createDirectories(out);
        report.writeJson(out.resolve(BUCKETS_JSON));
        report.writeMarkdown(out.resolve(BUCKETS_MD));
        return report;
    }

    @SuppressWarnings("unchecked")
    private static List<String> methodsOf(Path predictions, List<QaPrediction> rows) {
        Object listed = PredictionsJsonl.readConfig(predictions).get("methods");
        if (listed instanceof List<?> list && !list.isEmpty()) {
            return (List<String>) list;
        }
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(row -> seen.add(row.method()));
        return new ArrayList<>(seen);
    }

    private static List<String> presentKeys(List<QaPrediction> rows) {
        return DEFAULT_BUCKET_KEYS.stream()
                .filter(key -> rows.stream().anyMatch(row -> row.meta().containsKey(key))).toList();
    }

    /** Per-method mean/std/CI95 across the metrics.json of several seeds: seed_aggregate.json. */
    public static Path seeds(List<Path> metricsFiles, Path out) throws java.io.IOException {
        Files.createDirectories(out);
        Path file = out.resolve(SeedAggregation.FILE_NAME);
        SeedAggregation.ofFiles(metricsFiles).write(file);
        return file;
    }

    /** Accuracy against budget across the metrics.json of several budgets: budget_curve.json + budget_curve.png. */
    public static Path budgetCurve(List<Path> metricsFiles, Path out) throws java.io.IOException {
        Files.createDirectories(out);
        BudgetCurve curve = BudgetCurve.ofFiles(metricsFiles);
        curve.writeJson(out.resolve(BudgetCurve.JSON_FILE_NAME));
        curve.writePng(out.resolve(BudgetCurve.PNG_FILE_NAME));
        return out.resolve(BudgetCurve.PNG_FILE_NAME);
    }

    /** The answer prior: always answering the most frequent train answer, scored on the eval items. */
    public static AnswerPrior prior(String format, Path train, Path eval, Path labels) throws java.io.IOException {
        QaDatasetFormat parsed = QaDatasetFormat.parse(format);
        QaLoadOptions options = QaLoadOptions.defaults().withAnswersFile(labels);
        return AnswerPrior.compute(answers(QaDatasets.load(parsed, train, options).items()),
                answers(QaDatasets.load(parsed, eval, options).items()));
    }

    private static List<Integer> answers(List<QaItem> items) {
        return items.stream().filter(item -> item.answerIdx() >= 0).map(QaItem::answerIdx).toList();
    }
}
