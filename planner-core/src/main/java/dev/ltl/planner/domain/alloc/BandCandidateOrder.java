package dev.ltl.planner.domain.alloc;

import java.util.ArrayList;
import java.util.List;

/**
 * Band mode (§3.8.5 step 5): a full priority order of the non-high seconds; earlier seconds
 * get larger DP weights. Some orders differ from exact mode on purpose (reference quirks).
 */
public final class BandCandidateOrder {
    private BandCandidateOrder() {
    }

    public static List<Integer> order(AllocationContext ctx) {
        List<Integer> distance = CandidateOrders.distance(ctx);
        int all = ctx.candidates().size();
        return switch (ctx.allocation().kind()) {
            case DISTANCE -> distance;
            case SCORE -> CandidateOrders.score(ctx);
            case FARTHEST -> CandidateOrders.farthest(ctx);
            // Between-seconds (uncapped), then every other second in distance order.
            case BRIDGE -> CandidateOrders.concatDistinct(CandidateOrders.between(ctx), distance, all);
            // [QUIRK] near and far are concatenated and deduplicated, which leaves the distance order.
            case MIXED -> distance;
            case BALANCED -> balanced(ctx);
        };
    }

    /**
     * [QUIRK] The d = 1 left neighbours of every centre, then the d = 1 right neighbours, then all
     * remaining non-high seconds in ascending index (the reference's fill loop sits inside d = 1).
     */
    private static List<Integer> balanced(AllocationContext ctx) {
        List<Integer> order = new ArrayList<>();
        List<Integer> centres = ctx.centresAscending();
        for (int sign : new int[] {-1, 1}) {
            for (int c : centres) {
                int second = c + sign;
                if (second >= 0 && second < ctx.numSegments() && !ctx.isHigh(second) && !order.contains(second)) {
                    order.add(second);
                }
            }
        }
        for (int i : ctx.candidates()) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        return order;
    }
}
