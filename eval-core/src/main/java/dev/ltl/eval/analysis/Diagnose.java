package dev.ltl.eval.analysis;

import dev.ltl.eval.artifacts.AnchorPlanStats;
import dev.ltl.eval.artifacts.DebugEvalRecord;
import dev.ltl.eval.artifacts.DiagnoseJson;
import dev.ltl.eval.artifacts.DistributionSummary;
import dev.ltl.eval.artifacts.GroupDelta;
import dev.ltl.eval.artifacts.MetricsJson;
import dev.ltl.eval.artifacts.PerClipDiagnosis;
import dev.ltl.eval.artifacts.QuantileSummary;
import dev.ltl.eval.artifacts.TopClip;
import dev.ltl.eval.stats.Correlation;
import dev.ltl.planner.domain.ConfidenceMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@code diagnose.json} (reference §5.7, {@code ave_p0_diagnose}) from a run's
 * {@code metrics.json} and the per-second labels of the eval clips.
 *
 * <p>Choices where §5.7 is silent: {@code delta_summary}/{@code delta_event_summary} cover every
 * unique eval id; the anchor statistics, correlation, top lists and {@code per_clip} cover the
 * common clips; {@code recall_d0} is the recall at Δ = deltas[0]; top lists break δ ties by clip
 * id; histogram and group keys are sorted numerically.
 */
public final class Diagnose {
    /** Reference defaults: deltas "0,1,2" and top-n 20. */
    public static final List<Integer> DEFAULT_DELTAS = List.of(0, 1, 2);
    public static final int DEFAULT_TOP_N = 20;

    private Diagnose() {
    }

    /**
     * @param metrics        the run's metrics (must hold anchored_top2 and uniform, and debug_eval)
     * @param inMetrics      the metrics path written as {@code in_metrics}
     * @param labelsByClip   the annotation index: clip id → per-second labels (0 = background)
     * @param deltas         the Recall Δ values; the correlation uses deltas[0]
     * @param topN           length of {@code top_improve}/{@code top_degrade}
     */
    public static DiagnoseJson compute(MetricsJson metrics, String inMetrics, Map<String, int[]> labelsByClip,
                                       List<Integer> deltas, int topN) {
        if (deltas.isEmpty()) {
            throw new IllegalArgumentException("at least one recall delta is needed");
        }
        ClipDeltas clipDeltas = ClipDeltas.of(metrics, "anchored_top2", "uniform");
        Map<String, DebugEvalRecord> debug = metrics.anchoredDebug();
        List<String> common = debug.keySet().stream().filter(labelsByClip::containsKey).sorted().toList();

        Map<String, Map<String, Double>> recallByDelta = new LinkedHashMap<>();
        for (int delta : deltas) {
            Map<String, Double> byClip = new LinkedHashMap<>();
            for (String clip : common) {
                byClip.put(clip, AnchorRecall.recall(debug.get(clip).anchors(), labelsByClip.get(clip), delta));
            }
            recallByDelta.put(Integer.toString(delta), byClip);
        }
        Map<String, Double> recallD0 = recallByDelta.get(Integer.toString(deltas.get(0)));

        Map<String, Double> delta = new LinkedHashMap<>();
        Map<String, Double> deltaEvent = new LinkedHashMap<>();
        for (String clip : common) {
            delta.put(clip, finiteOrNull(clipDeltas.delta().getOrDefault(clip, Double.NaN)));
            deltaEvent.put(clip, finiteOrNull(clipDeltas.deltaEvent().getOrDefault(clip, Double.NaN)));
        }

        double[] d = common.stream().mapToDouble(c -> nanIfNull(delta.get(c))).toArray();
        double[] r = common.stream().mapToDouble(recallD0::get).toArray();
        List<String> notes = List.of(
                "delta = mean over seeds of anchored_top2 - uniform val_acc_by_sample; duplicate eval ids averaged",
                "recall from debug_eval.anchored_top2 anchors against annotation event seconds; empty GT gives 0",
                "common clips (debug records with annotations): " + common.size()
                        + " of " + debug.size() + " debug records",
                "corr_delta_vs_recall uses recall at delta " + deltas.get(0));
        return new DiagnoseJson(inMetrics, metrics.debugEvalClipIds().size(), clipDeltas.delta().size(),
                List.copyOf(deltas), DistributionSummary.of(values(clipDeltas.delta())),
                DistributionSummary.of(values(clipDeltas.deltaEvent())),
                planStats(common, debug, delta), Correlation.of(d, r),
                top(common, delta, deltaEvent, recallD0, topN, true),
                top(common, delta, deltaEvent, recallD0, topN, false),
                notes, new PerClipDiagnosis(delta, deltaEvent, recallByDelta));
    }

    private static AnchorPlanStats planStats(List<String> common, Map<String, DebugEvalRecord> debug,
                                             Map<String, Double> delta) {
        Map<Integer, Integer> lenHist = new TreeMap<>();
        Map<String, Integer> reasonHist = new TreeMap<>();
        Map<Integer, Integer> highHist = new TreeMap<>();
        Map<Integer, Integer> distHist = new TreeMap<>();
        Map<Integer, List<Double>> byLen = new TreeMap<>();
        Map<Integer, List<Double>> byHigh = new TreeMap<>();
        Map<Integer, List<Double>> byDist = new TreeMap<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> confs = new ArrayList<>();
        List<Double> fallbackConfs = new ArrayList<>();
        int emptyAnchors = 0;
        int fallbackUsed = 0;
        for (String clip : common) {
            DebugEvalRecord rec = debug.get(clip);
            int[] anchors = rec.anchors();
            double dc = nanIfNull(delta.get(clip));
            int high = highCount(rec.planResolutions());
            lenHist.merge(anchors.length, 1, Integer::sum);
            highHist.merge(high, 1, Integer::sum);
            byLen.computeIfAbsent(anchors.length, k -> new ArrayList<>()).add(dc);
            byHigh.computeIfAbsent(high, k -> new ArrayList<>()).add(dc);
            if (anchors.length >= 2) {
                int dist = Math.abs(anchors[0] - anchors[1]);
                distHist.merge(dist, 1, Integer::sum);
                byDist.computeIfAbsent(dist, k -> new ArrayList<>()).add(dc);
            }
            if (anchors.length == 0) {
                emptyAnchors++;
            }
            if (rec.fallbackUsed()) {
                fallbackUsed++;
                reasonHist.merge(rec.fallbackReason() == null ? "unknown" : rec.fallbackReason(), 1, Integer::sum);
                fallbackConfs.add(rec.confValue());
            }
            gaps.add(ConfidenceMetrics.compute(ConfidenceMetrics.TOP12_GAP, rec.scores()));
            confs.add(rec.confValue());
        }
        double denominator = common.isEmpty() ? Double.NaN : common.size();
        return new AnchorPlanStats(stringKeys(lenHist), reasonHist, stringKeys(highHist), stringKeys(distHist),
                emptyAnchors / denominator, fallbackUsed / denominator,
                QuantileSummary.of(toArray(gaps)), QuantileSummary.of(toArray(confs)),
                QuantileSummary.of(toArray(fallbackConfs)),
                groups(byLen), groups(byHigh), groups(byDist));
    }

    /** 0 for a single-resolution plan, else the number of seconds at the plan's maximum (§5.7). */
    static int highCount(int[] resolutions) {
        if (Arrays.stream(resolutions).distinct().count() <= 1) {
            return 0;
        }
        int max = Arrays.stream(resolutions).max().orElseThrow();
        return (int) Arrays.stream(resolutions).filter(res -> res == max).count();
    }

    private static List<TopClip> top(List<String> common, Map<String, Double> delta, Map<String, Double> deltaEvent,
                                     Map<String, Double> recallD0, int topN, boolean improve) {
        Comparator<String> byDelta = Comparator.comparingDouble(c -> delta.get(c));
        List<String> ranked = common.stream().filter(c -> delta.get(c) != null)
                .sorted(improve ? byDelta.reversed() : byDelta) // stable: ties stay in id order
                .limit(topN).toList();
        return ranked.stream()
                .map(c -> new TopClip(c, delta.get(c), deltaEvent.get(c), recallD0.get(c)))
                .toList();
    }

    private static Map<String, GroupDelta> groups(Map<Integer, List<Double>> groups) {
        Map<String, GroupDelta> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> {
            double[] finite = v.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
            double mean = Arrays.stream(finite).average().orElse(Double.NaN);
            out.put(Integer.toString(k), new GroupDelta(v.size(), finiteOrNull(mean)));
        });
        return out;
    }

    private static Map<String, Integer> stringKeys(Map<Integer, Integer> hist) {
        Map<String, Integer> out = new LinkedHashMap<>();
        hist.forEach((k, v) -> out.put(Integer.toString(k), v));
        return out;
    }

    private static double[] values(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double nanIfNull(Double v) {
        return v == null ? Double.NaN : v;
    }
}
