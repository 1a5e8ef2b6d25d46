package dev.ltl.planner.domain.epic;

import dev.ltl.planner.domain.PythonRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which seconds of a video of {@code dur} seconds each EPIC method looks at; every method picks
 * exactly target = min(max_steps, dur) distinct seconds. Inputs are trusted here:
 * {@link EpicPlanner} validates requests.
 */
public final class EpicSelections {
    /** Anchors taken from the energy scores. */
    public static final int TOP_K_ANCHORS = 10;
    /** Seconds within this distance of an anchor come first. */
    public static final int ANCHOR_RADIUS = 2;
    /** Then every this-many-th second as background. */
    public static final int BACKGROUND_STRIDE = 5;

    private EpicSelections() {
    }

    public static int target(int dur, int maxSteps) {
        return Math.max(0, Math.min(maxSteps, dur));
    }

    /**
     * Centred stratified seconds floor((i + 0.5)·dur / target) for i below target; every second
     * when dur ≤ max_steps. Gaps from collisions (impossible for target ≤ dur, kept as the rule
     * reads) are filled with the earliest unused seconds.
     */
    public static List<Integer> uniform(int dur, int maxSteps) {
        int target = target(dur, maxSteps);
        if (target == dur) {
            return IntStream.range(0, dur).boxed().toList();
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < target; i++) {
            out.add(Math.min(dur - 1, (int) Math.floor((i + 0.5) * dur / target)));
        }
        for (int t = 0; t < dur && out.size() < target; t++) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** sorted(random.Random(seed).sample(range(dur), target)), the seed read as unsigned 64 bits. */
    public static List<Integer> random(int dur, int maxSteps, long seedBits) {
        int target = target(dur, maxSteps);
        if (target == 0) {
            return List.of();
        }
        int[] drawn = PythonRandom.ofUnsigned64(seedBits).sample(dur, target);
        Arrays.sort(drawn);
        return Arrays.stream(drawn).boxed().toList();
    }

    /** The k highest-scored seconds, highest first, ties to the earlier second (plain top-k, no NMS). */
    public static List<Integer> topAnchors(double[] scores, int k) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(Math.max(0, k)).toList();
    }

    /**
     * The hybrid selection in priority order (NOT sorted): the seconds within ±2 of any anchor in
     * ascending order, then the background seconds 0, 5, 10, … not already taken, then the earliest
     * remaining, cut at target. Anchors outside [0, dur) are ignored.
     */
    public static List<Integer> hybrid(int dur, List<Integer> anchors, int maxSteps) {
        int target = target(dur, maxSteps);
        TreeSet<Integer> window = new TreeSet<>();
        for (int anchor : anchors) {
            if (anchor < 0 || anchor >= dur) {
                continue;
            }
            for (int t = Math.max(0, anchor - ANCHOR_RADIUS); t <= Math.min(dur - 1, anchor + ANCHOR_RADIUS); t++) {
                window.add(t);
            }
        }
        Set<Integer> out = new LinkedHashSet<>();
        List<Integer> priority = new ArrayList<>(window);
        for (int t = 0; t < dur; t += BACKGROUND_STRIDE) {
            priority.add(t);
        }
        for (int t = 0; t < dur; t++) {
            priority.add(t);
        }
        for (int t : priority) {
            if (out.size() == target) {
                break;
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
