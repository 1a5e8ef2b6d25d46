package dev.ltl.planner.domain.qa;

import dev.ltl.planner.domain.PythonRandom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Every QA frame selector of spec §2, for T seconds and a budget of B frames. Selections are
 * sorted and distinct; whenever B ≥ T every second is selected. Inputs are trusted here:
 * {@link QaFrameSelector} validates requests.
 */
public final class QaSelectors {
    private QaSelectors() {
    }

    /**
     * {@code uniform_seconds(T, n)}: all T when n ≥ T; [T // 2] when n = 1; otherwise
     * round(i·(T−1)/(n−1)) for i = 0..n−1 (half to even), deduplicated, padded with the earliest
     * unused seconds. The order is the construction order (ascending before the padding), which the
     * mixture's background record keeps.
     */
    public static List<Integer> uniform(int seconds, int n) {
        if (seconds <= 0 || n <= 0) {
            return List.of();
        }
        if (n >= seconds) {
            return IntStream.range(0, seconds).boxed().toList();
        }
        if (n == 1) {
            return List.of(seconds / 2);
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            out.add((int) Math.rint((double) i * (seconds - 1) / (n - 1)));
        }
        // The spec's pad step. For 1 < n < T the step (T−1)/(n−1) exceeds 1, so no two positions can
        // round to the same second and this never adds anything; kept so the rule reads as specified.
        for (int t = 0; t < seconds && out.size() < n; t++) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** The {@code uniform} method: {@link #uniform(int, int)}, sorted. */
    public static QaSelection uniformSelection(int seconds, int budget) {
        return QaSelection.plain(uniform(seconds, budget).stream().sorted().toList());
    }

    /** The {@code random} method: all T when B ≥ T, else sorted(Random(seed).sample(range(T), B)). */
    public static QaSelection random(int seconds, int budget, long seed) {
        if (seconds <= 0 || budget <= 0) {
            return QaSelection.plain(List.of());
        }
        if (budget >= seconds) {
            return QaSelection.plain(IntStream.range(0, seconds).boxed().toList());
        }
        int[] drawn = new PythonRandom(seed).sample(seconds, budget);
        Arrays.sort(drawn);
        return QaSelection.plain(Arrays.stream(drawn).boxed().toList());
    }

    /** The {@code text_only} method: no frames at all. */
    public static QaSelection textOnly() {
        return QaSelection.plain(List.of());
    }

    /** The reliability-gated mixture selector on caller-given per-second scores (T = scores.length ≥ 1). */
    public static QaSelection mixture(double[] scores, int budget) {
        return MixtureSelector.select(scores, budget);
    }

    /** {@code audio}: the mixture selector on audio_norm. */
    public static QaSelection audio(double[] audio, int budget) {
        return mixture(QaSignals.audioNorm(audio), budget);
    }

    /** {@code cheap_visual}: the mixture selector on vis_norm. */
    public static QaSelection cheapVisual(double[] visual, int budget) {
        return mixture(QaSignals.visNorm(visual), budget);
    }

    /** {@code fused}: the mixture selector on minmax01(max(audio_norm, vis_norm)). */
    public static QaSelection fused(double[] audio, double[] visual, int budget) {
        return mixture(QaSignals.fusedBase(audio, visual), budget);
    }

    /** {@code ql2l_*}: the mixture selector on the Q-L2L score of the fused base and the query relevance. */
    public static QaSelection queryAware(double[] audio, double[] visual, double[] relevance, int budget) {
        return mixture(QaSignals.ql2lScore(QaSignals.fusedBase(audio, visual), relevance), budget);
    }
}
