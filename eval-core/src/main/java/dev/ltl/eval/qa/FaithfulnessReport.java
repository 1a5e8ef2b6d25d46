package dev.ltl.eval.qa;

import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code faithfulness.json} (spec §3). All rates are over the n rows; failed rows count as invalid
 * and wrong on both schedules and as "not changed". Every value is NaN when there are no rows.
 *
 * @param methods           the methods the rows cover, in first-seen order
 * @param n                 rows
 * @param accuracy          fraction correct on the method's selection
 * @param accuracyDeleted   fraction correct on the deleted schedule
 * @param accDrop           accuracy − accuracy_deleted (positive: the anchors helped)
 * @param invalidRate        fraction invalid on the selection
 * @param invalidRateDeleted fraction invalid on the deleted schedule
 * @param predChangeRate    fraction of rows whose predicted index changed
 */
public record FaithfulnessReport(List<String> methods, int n, double accuracy, double accuracyDeleted,
                                 double accDrop, double invalidRate, double invalidRateDeleted,
                                 double predChangeRate) {

    /** The conventional file name. */
    public static final String FILE_NAME = "faithfulness.json";

    /** Computes the report from the rows (a pure function; row order does not matter). */
    public static FaithfulnessReport compute(List<FaithfulnessRow> rows) {
        int n = rows.size();
        List<String> methods = rows.stream().map(FaithfulnessRow::method).distinct().toList();
        double accuracy = fraction(rows.stream().filter(FaithfulnessRow::correct).count(), n);
        double accuracyDeleted = fraction(rows.stream().filter(FaithfulnessRow::correctDeleted).count(), n);
        return new FaithfulnessReport(methods, n, accuracy, accuracyDeleted, accuracy - accuracyDeleted,
                fraction(rows.stream().filter(FaithfulnessRow::invalid).count(), n),
                fraction(rows.stream().filter(FaithfulnessRow::invalidDeleted).count(), n),
                fraction(rows.stream().filter(FaithfulnessRow::predChanged).count(), n));
    }

    /** Writes the report atomically. */
    public void write(Path file) {
        ArtifactJson.write(file, this);
    }

    private static double fraction(long count, int n) {
        return n == 0 ? Double.NaN : (double) count / n;
    }
}
