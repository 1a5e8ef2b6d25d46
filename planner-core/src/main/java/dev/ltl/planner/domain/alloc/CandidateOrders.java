package dev.ltl.planner.domain.alloc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sort orders shared by the exact and band allocations (§3.8.4). */
final class CandidateOrders {
    private CandidateOrders() {
    }

    /** (dist(i), i): nearest to a centre first. */
    static List<Integer> distance(AllocationContext ctx) {
        return sorted(ctx, Comparator.comparingInt((Integer i) -> ctx.distance(i)).thenComparingInt(i -> i));
    }

    /** (−dist(i), i): farthest from every centre first. */
    static List<Integer> farthest(AllocationContext ctx) {
        return sorted(ctx, Comparator.comparingInt((Integer i) -> -ctx.distance(i)).thenComparingInt(i -> i));
    }

    /** (−score[i], dist(i), i) on the raw, unshifted scores [QUIRK]. */
    static List<Integer> score(AllocationContext ctx) {
        double[] s = ctx.scores();
        Comparator<Integer> byScore = (a, b) -> s[a] > s[b] ? -1 : s[a] < s[b] ? 1 : 0;
        return sorted(ctx, byScore.thenComparingInt(ctx::distance).thenComparingInt(i -> i));
    }

    /**
     * bridge: the non-high seconds strictly between the two smallest high seconds L &lt; R,
     * by (|i − (L+R)/2|, i). Empty when there are fewer than two high seconds.
     */
    static List<Integer> between(AllocationContext ctx) {
        if (ctx.high().size() < 2) {
            return List.of();
        }
        List<Integer> highSorted = ctx.high().stream().sorted().toList();
        int left = highSorted.get(0);
        int right = highSorted.get(1);
        double mid = (left + right) / 2.0;
        return ctx.candidates().stream()
                .filter(i -> i > left && i < right)
                .sorted(Comparator.comparingDouble((Integer i) -> Math.abs(i - mid)).thenComparingInt(i -> i))
                .toList();
    }

    /** {@code first}, then the seconds of {@code rest} not yet taken, up to {@code limit} seconds. */
    static List<Integer> concatDistinct(List<Integer> first, List<Integer> rest, int limit) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> part : List.of(first, rest)) {
            for (int i : part) {
                if (out.size() >= limit) {
                    return out;
                }
                if (!out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static List<Integer> sorted(AllocationContext ctx, Comparator<Integer> order) {
        return ctx.candidates().stream().sorted(order).toList();
    }
}
