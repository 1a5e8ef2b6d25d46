package dev.ltl.eval.analysis;

import dev.ltl.eval.artifacts.BaselineResult;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.stats.Descriptive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-clip accuracy gains of one baseline over another (§5.7): for each eval position, the mean
 * over seeds of (y − x) {@code val_acc_by_sample}; the event variant is the nan-mean of the
 * event-only differences (a missing event accuracy is NaN). Duplicate eval ids are averaged
 * (nan-mean for the event variant).
 *
 * @param delta       clip id → δ, sorted by id
 * @param deltaEvent  clip id → event δ (NaN when the clip has no event second), sorted by id
 */
public record ClipDeltas(Map<String, Double> delta, Map<String, Double> deltaEvent) {

    /** δ of {@code y} over {@code x} from a run's metrics (ids from {@code debug_eval_clip_ids}). */
    public static ClipDeltas of(MetricsJson metrics, String y, String x) {
        List<String> ids = metrics.debugEvalClipIds();
        int n = ids.size();
        double[] d = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double[] perSeed = new double[metrics.resultsBySeed().size()];
            double[] perSeedEvent = new double[perSeed.length];
            for (int s = 0; s < perSeed.length; s++) {
                BaselineResult ry = metrics.resultsBySeed().get(s).baselines().get(y);
                BaselineResult rx = metrics.resultsBySeed().get(s).baselines().get(x);
                perSeed[s] = ry.valAccBySample().get(i) - rx.valAccBySample().get(i);
                perSeedEvent[s] = difference(ry.valAccEventBySample().get(i), rx.valAccEventBySample().get(i));
            }
            d[i] = Descriptive.mean(perSeed);
            e[i] = Descriptive.nanMean(perSeedEvent);
        }
        return new ClipDeltas(averageById(ids, d, false), averageById(ids, e, true));
    }

    private static double difference(Double a, Double b) {
        return a == null || b == null ? Double.NaN : a - b;
    }

    private static Map<String, Double> averageById(List<String> ids, double[] v, boolean nanMean) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(v[i]);
        }
        Map<String, Double> out = new TreeMap<>();
        groups.forEach((id, values) -> {
            double[] arr = values.stream().mapToDouble(Double::doubleValue).toArray();
            out.put(id, nanMean ? Descriptive.nanMean(arr) : Descriptive.mean(arr));
        });
        return out;
    }
}
