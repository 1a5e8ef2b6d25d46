package dev.ltl.planner.domain.alloc;

import java.util.ArrayList;
import java.util.List;

/** Exact mode (§3.8.4): which num_base non-high seconds become base. */
public final class ExactBaseChoice {
    private ExactBaseChoice() {
    }

    /** The first {@code numBase} seconds of the allocation's order. */
    public static List<Integer> choose(AllocationContext ctx, int numBase) {
        if (numBase <= 0) {
            return List.of();
        }
        List<Integer> distance = CandidateOrders.distance(ctx);
        List<Integer> chosen = switch (ctx.allocation().kind()) {
            case DISTANCE -> distance;
            case SCORE -> CandidateOrders.score(ctx);
            case FARTHEST -> CandidateOrders.farthest(ctx);
            // Between-seconds capped at num_base, then the distance order.
            case BRIDGE -> CandidateOrders.concatDistinct(CandidateOrders.between(ctx), distance, numBase);
            case BALANCED -> balanced(ctx, numBase);
            case MIXED -> mixed(ctx, numBase, distance);
        };
        return List.copyOf(chosen.subList(0, Math.min(numBase, chosen.size())));
    }

    /**
     * Round robin outwards from the centres: for d = 1..N, left neighbours c − d of every centre
     * (ascending), then right neighbours c + d; then ascending index if still short.
     * [QUIRK] Distance 0 is never visited, so a demoted (non-high) anchor is only reached as
     * another centre's neighbour and can end up low.
     */
    private static List<Integer> balanced(AllocationContext ctx, int numBase) {
        List<Integer> chosen = new ArrayList<>();
        List<Integer> centres = ctx.centresAscending();
        for (int d = 1; d <= ctx.numSegments() && chosen.size() < numBase; d++) {
            for (int sign : new int[] {-1, 1}) {
                for (int c : centres) {
                    addIfFree(ctx, chosen, c + sign * d, numBase);
                }
            }
        }
        for (int i = 0; i < ctx.numSegments(); i++) {
            addIfFree(ctx, chosen, i, numBase);
        }
        return chosen;
    }

    private static void addIfFree(AllocationContext ctx, List<Integer> chosen, int second, int numBase) {
        boolean valid = second >= 0 && second < ctx.numSegments();
        if (chosen.size() < numBase && valid && !ctx.isHigh(second) && !chosen.contains(second)) {
            chosen.add(second);
        }
    }

    /**
     * Near seconds (distance order) up to ⌊num_base/2⌋, [QUIRK] but always at least one; then
     * far seconds (farthest order) not yet taken.
     */
    private static List<Integer> mixed(AllocationContext ctx, int numBase, List<Integer> distance) {
        int near = Math.max(1, numBase / 2);
        List<Integer> nearPart = distance.subList(0, Math.min(near, distance.size()));
        return CandidateOrders.concatDistinct(nearPart, CandidateOrders.farthest(ctx), numBase);
    }
}
