package dev.ltl.eval.simulate.epic;

import dev.ltl.eval.simulate.ClipScene;
import dev.ltl.eval.simulate.SceneStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws every simulated EPIC video from the spec. Each video has its own random streams derived from
 * (seed, index), so changing the number of val videos leaves the train videos as they were.
 */
final class EpicVideoPlanner {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int MARGIN_PX = 12;
    private static final int JITTER_PX = 4;
    private static final double MAX_DRIFT_PX_PER_S = 0.3;

    private EpicVideoPlanner() {
    }

    static List<SimulatedEpicVideo> plan(SimulatedEpicSpec spec) {
        List<SimulatedEpicVideo> videos = new ArrayList<>();
        for (int i = 0; i < spec.numTrain() + spec.numVal(); i++) {
            videos.add(planVideo(spec, i, i < spec.numTrain() ? "train" : "val"));
        }
        return videos;
    }

    /** EPIC-style ids: participant P90 for train, P91 for val, then a running number. */
    static String videoId(String participant, int index) {
        return String.format(Locale.ROOT, "%s_%03d", participant, index);
    }

    private static SimulatedEpicVideo planVideo(SimulatedEpicSpec spec, int index, String split) {
        SplittableRandom base = new SplittableRandom(spec.seed() ^ (GOLDEN * (index + 1)));
        SplittableRandom timeline = base.split();
        SplittableRandom scene = base.split();
        int seconds = timeline.nextInt(spec.minSeconds(), spec.maxSeconds() + 1);
        String participant = split.equals("train") ? "P90" : "P91";
        return new SimulatedEpicVideo(videoId(participant, index), participant, split, seconds,
                planSegments(spec, seconds, timeline), planScene(spec.sceneStyle(), seconds, scene), base.nextLong());
    }

    /** Distinct classes, one segment per equal slot of the timeline, a quiet second at each slot edge. */
    private static List<SimulatedEpicVideo.Segment> planSegments(SimulatedEpicSpec spec, int seconds,
                                                                 SplittableRandom rng) {
        int count = rng.nextInt(spec.minSegments(), spec.maxSegments() + 1);
        List<Integer> classes = new ArrayList<>();
        while (classes.size() < count) {
            int c = rng.nextInt(spec.classes());
            if (!classes.contains(c)) {
                classes.add(c);
            }
        }
        int slot = seconds / count;
        List<SimulatedEpicVideo.Segment> segments = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int length = rng.nextInt(SimulatedEpicSpec.MIN_SEGMENT_SECONDS,
                    Math.min(SimulatedEpicSpec.MAX_SEGMENT_SECONDS, slot - 2) + 1);
            int start = s * slot + 1 + rng.nextInt(slot - 2 - length + 1);
            segments.add(new SimulatedEpicVideo.Segment(classes.get(s), start, start + length, rng.nextDouble(0.5, 0.9)));
        }
        return segments;
    }

    private static ClipScene planScene(SceneStyle style, int seconds, SplittableRandom rng) {
        int size = style.frameSize();
        int background = rgb(rng.nextInt(60, 191), rng.nextInt(60, 191), rng.nextInt(60, 191));
        List<ClipScene.Blob> blobs = new ArrayList<>();
        int blobCount = rng.nextInt(style.minBlobs(), style.maxBlobs() + 1);
        for (int b = 0; b < blobCount; b++) {
            blobs.add(new ClipScene.Blob(rng.nextDouble(0, size), rng.nextDouble(0, size),
                    rng.nextDouble(size / 40.0, size / 10.0), rng.nextDouble(-MAX_DRIFT_PX_PER_S, MAX_DRIFT_PX_PER_S),
                    rng.nextDouble(-MAX_DRIFT_PX_PER_S, MAX_DRIFT_PX_PER_S),
                    rgb(rng.nextInt(256), rng.nextInt(256), rng.nextInt(256))));
        }
        int overhang = (style.eventAreaPx() - style.patchPx() + 1) / 2;
        int lo = MARGIN_PX + JITTER_PX + overhang;
        int hi = size - style.patchPx() - MARGIN_PX - JITTER_PX - overhang;
        int x0 = rng.nextInt(lo, hi + 1);
        int y0 = rng.nextInt(lo, hi + 1);
        int[] xs = new int[seconds];
        int[] ys = new int[seconds];
        for (int t = 0; t < seconds; t++) {
            xs[t] = x0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
            ys[t] = y0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
        }
        int light = rgb(rng.nextInt(215, 256), rng.nextInt(215, 256), rng.nextInt(215, 256));
        int dark = rgb(rng.nextInt(0, 40), rng.nextInt(0, 40), rng.nextInt(0, 40));
        return new ClipScene(background, blobs, xs, ys, light, dark);
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }
}
