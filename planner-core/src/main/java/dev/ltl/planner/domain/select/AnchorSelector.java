package dev.ltl.planner.domain.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The anchor selectors of reference §3.5. Every selector returns at most k distinct seconds,
 * ordered by descending selection score with ties to the lower index.
 */
public final class AnchorSelector {
    /** adjacent_top2: neighbours whose scores differ by at most this count as tied. */
    private static final double NEIGHBOUR_TIE = 1e-12;

    private AnchorSelector() {
    }

    public static List<Integer> select(double[] s, SelectorSettings settings) {
        if (settings.k() == 0 || s.length == 0) {
            return List.of();
        }
        return switch (settings.method()) {
            case TOPK -> topK(s, settings.k());
            case NMS -> nms(s, settings.k(), settings.nmsRadius());
            case NMS_STRONG -> nmsStrong(s, settings);
            case ADJACENT_TOP2 -> adjacentTop2(s, settings);
            case WINDOW_TOPK -> nms(ScoreSmoothing.centred(s, settings.windowWidth(), SmoothingMode.MEAN),
                    settings.k(), settings.nmsRadius());
        };
    }

    /** Indices sorted by (−score, index). */
    static List<Integer> order(double[] s) {
        return IntStream.range(0, s.length).boxed().sorted(byScoreDescending(s)).toList();
    }

    /**
     * (−score, index) order. Compares with {@code <}/{@code >} rather than Double.compare so that
     * 0.0 and −0.0 tie, as they do in Python.
     */
    public static Comparator<Integer> byScoreDescending(double[] s) {
        return (a, b) -> s[a] > s[b] ? -1 : s[a] < s[b] ? 1 : Integer.compare(a, b);
    }

    private static List<Integer> topK(double[] s, int k) {
        List<Integer> order = order(s);
        return List.copyOf(order.subList(0, Math.min(k, order.size())));
    }

    /** Greedy: accept a second unless it lies within r of an accepted one; may return fewer than k. */
    private static List<Integer> nms(double[] s, int k, int radius) {
        List<Integer> accepted = new ArrayList<>();
        addNonSuppressed(order(s), accepted, k, radius);
        return List.copyOf(accepted);
    }

    private static void addNonSuppressed(List<Integer> candidates, List<Integer> accepted, int k, int radius) {
        for (int i : candidates) {
            if (accepted.size() >= k) {
                return;
            }
            boolean suppressed = accepted.stream().anyMatch(j -> Math.abs(i - j) <= radius);
            if (!suppressed) {
                accepted.add(i);
            }
        }
    }

    /**
     * Second anchor: the best second farther than r from the first, if it trails by at most g;
     * otherwise simply the runner-up, even when adjacent.
     */
    private static List<Integer> nmsStrong(double[] s, SelectorSettings settings) {
        List<Integer> order = order(s);
        if (settings.k() == 1 || s.length == 1) {
            return List.of(order.get(0));
        }
        int first = order.get(0);
        int r = settings.nmsRadius();
        Integer far = order.subList(1, order.size()).stream()
                .filter(i -> Math.abs(i - first) > r).findFirst().orElse(null);
        int second = far != null && s[first] - s[far] <= settings.strongGap() ? far : order.get(1);
        return completeAndSort(s, order, first, second, settings.k(), r);
    }

    /**
     * Second anchor: the best neighbour within r (r forced ≥ 1) if it trails by at most g;
     * otherwise the runner-up.
     */
    private static List<Integer> adjacentTop2(double[] s, SelectorSettings settings) {
        List<Integer> order = order(s);
        if (settings.k() == 1 || s.length == 1) {
            return List.of(order.get(0));
        }
        int first = order.get(0);
        int r = Math.max(1, settings.nmsRadius());
        Integer neighbour = null;
        for (int i = Math.max(0, first - r); i <= Math.min(s.length - 1, first + r); i++) {
            if (i != first && (neighbour == null || s[i] > s[neighbour] + NEIGHBOUR_TIE)) {
                neighbour = i;
            }
        }
        int second = neighbour != null && s[first] - s[neighbour] <= settings.strongGap()
                ? neighbour : order.get(1);
        // [AMBIG] The k > 2 fill uses the same forced radius (≥ 1) as the neighbour search.
        return completeAndSort(s, order, first, second, settings.k(), r);
    }

    /** Fills slots beyond two with NMS over order[2..], then sorts by (−score, index) and truncates to k. */
    private static List<Integer> completeAndSort(double[] s, List<Integer> order, int first, int second,
                                                 int k, int radius) {
        List<Integer> chosen = new ArrayList<>(List.of(first, second));
        if (k > 2) {
            List<Integer> rest = order.subList(2, order.size()).stream()
                    .filter(i -> !chosen.contains(i)).toList();
            addNonSuppressed(rest, chosen, k, radius);
        }
        return chosen.stream()
                .sorted(byScoreDescending(s))
                .limit(k)
                .toList();
    }
}
