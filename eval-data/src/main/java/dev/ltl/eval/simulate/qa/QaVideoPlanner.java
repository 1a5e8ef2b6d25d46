package dev.ltl.eval.simulate.qa;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.eval.simulate.ClipScene;
import dev.ltl.eval.simulate.SceneStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws every simulated QA video from the spec. Each video has its own random streams derived from (seed, index),
 * split into event, audio, scene and transcript streams, so e.g. the distractor probability changes the sounds
 * but not the events or the pictures.
 *
 * <p>Timeline: the video is cut into {@code eventsPerVideo} equal slots and each event lies inside its own slot
 * with at least a second of quiet on both sides, so events are in time order and never touch.
 */
final class QaVideoPlanner {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int MARGIN_PX = 12;
    private static final int JITTER_PX = 4;
    /** Blobs drift slowly: over 90 s they move at most ~36 px, so they stay in the frame. */
    private static final double MAX_DRIFT_PX_PER_S = 0.4;
    /** Words said now and then outside events, so the class name is not the only thing in the transcript. */
    private static final List<String> FILLER = List.of("okay", "look", "there", "now", "right", "so", "hmm", "yes");
    private static final double FILLER_PROBABILITY = 0.25;

    private QaVideoPlanner() {
    }

    static List<SimulatedQaVideo> plan(SimulatedQaSpec spec) {
        List<SimulatedQaVideo> videos = new ArrayList<>(spec.numVideos());
        for (int i = 0; i < spec.numVideos(); i++) {
            videos.add(planVideo(spec, i));
        }
        return videos;
    }

    static String videoId(int index) {
        return String.format(Locale.ROOT, "simqa%03d", index);
    }

    private static SimulatedQaVideo planVideo(SimulatedQaSpec spec, int index) {
        SplittableRandom base = new SplittableRandom(spec.seed() ^ (GOLDEN * (index + 1)));
        SplittableRandom eventRng = base.split();
        SplittableRandom audioRng = base.split();
        SplittableRandom sceneRng = base.split();
        SplittableRandom wordRng = base.split();
        List<QaEvent> events = planEvents(spec, eventRng, audioRng);
        List<SyntheticClip.AudioEvent> distractors = planDistractors(spec, events, audioRng);
        ClipScene scene = planScene(spec.sceneStyle(), spec.seconds(), sceneRng);
        return new SimulatedQaVideo(videoId(index), events, distractors, scene, audioRng.nextLong(),
                planWords(spec.seconds(), events, wordRng));
    }

    private static List<QaEvent> planEvents(SimulatedQaSpec spec, SplittableRandom rng, SplittableRandom audioRng) {
        int[] classes = distinctClasses(spec.classes(), spec.eventsPerVideo(), rng);
        int slot = spec.seconds() / spec.eventsPerVideo();
        List<QaEvent> events = new ArrayList<>();
        for (int e = 0; e < spec.eventsPerVideo(); e++) {
            int length = rng.nextInt(spec.minEventSeconds(), spec.maxEventSeconds() + 1);
            // One quiet second at each end of the slot keeps neighbouring events apart.
            int start = e * slot + 1 + rng.nextInt(0, slot - length - 1);
            events.add(new QaEvent(classes[e], SimulatedQaSpec.CLASS_NAMES.get(classes[e]), start, start + length,
                    audioRng.nextDouble(0.2, 0.4)));
        }
        return events;
    }

    /** {@code count} different classes out of {@code classes}, in random order (partial Fisher–Yates). */
    static int[] distinctClasses(int classes, int count, SplittableRandom rng) {
        int[] all = new int[classes];
        for (int k = 0; k < classes; k++) {
            all[k] = k;
        }
        for (int i = 0; i < count; i++) {
            int j = rng.nextInt(i, classes);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, count);
    }

    private static List<SyntheticClip.AudioEvent> planDistractors(SimulatedQaSpec spec, List<QaEvent> events,
                                                                  SplittableRandom rng) {
        List<SyntheticClip.AudioEvent> distractors = new ArrayList<>();
        for (int t = 0; t < spec.seconds(); t++) {
            // Draw for every second, so the stream does not depend on where the events are.
            double roll = rng.nextDouble();
            boolean noise = rng.nextBoolean();
            double hz = rng.nextDouble(150, 6000);
            double level = rng.nextDouble(0.2, 0.4);
            int second = t;
            boolean inEvent = events.stream().anyMatch(e -> e.contains(second));
            if (!inEvent && roll < spec.distractorProbability()) {
                SyntheticClip.Sound sound = noise ? new SyntheticClip.Noise() : new SyntheticClip.Tone(hz);
                distractors.add(new SyntheticClip.AudioEvent(t, sound, level));
            }
        }
        return distractors;
    }

    private static ClipScene planScene(SceneStyle style, int seconds, SplittableRandom rng) {
        int size = style.frameSize();
        int background = rgb(rng.nextInt(60, 191), rng.nextInt(60, 191), rng.nextInt(60, 191));
        int blobCount = rng.nextInt(style.minBlobs(), style.maxBlobs() + 1);
        List<ClipScene.Blob> blobs = new ArrayList<>(blobCount);
        for (int b = 0; b < blobCount; b++) {
            blobs.add(new ClipScene.Blob(rng.nextDouble(0, size), rng.nextDouble(0, size),
                    rng.nextDouble(size / 40.0, size / 10.0), rng.nextDouble(-MAX_DRIFT_PX_PER_S, MAX_DRIFT_PX_PER_S),
                    rng.nextDouble(-MAX_DRIFT_PX_PER_S, MAX_DRIFT_PX_PER_S),
                    hsv(rng.nextDouble(), rng.nextDouble(0.55, 1.0), rng.nextDouble(0.35, 0.9))));
        }
        int patch = style.patchPx();
        int overhang = (style.eventAreaPx() - patch + 1) / 2; // the card reaches this far beyond the patch
        int lo = MARGIN_PX + JITTER_PX + overhang;
        int hi = size - patch - MARGIN_PX - JITTER_PX - overhang;
        int x0 = rng.nextInt(lo, hi + 1);
        int y0 = rng.nextInt(lo, hi + 1);
        int[] xs = new int[seconds];
        int[] ys = new int[seconds];
        for (int t = 0; t < seconds; t++) {
            xs[t] = x0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
            ys[t] = y0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
        }
        double hue = rng.nextDouble();
        int light = hsv(hue, rng.nextDouble(0.2, 0.6), rng.nextDouble(0.85, 1.0));
        int dark = hsv(hue, rng.nextDouble(0.5, 1.0), rng.nextDouble(0.05, 0.2));
        return new ClipScene(background, blobs, xs, ys, light, dark);
    }

    /**
     * The class name once in every event second (as a narrator would name the sound), and now and then a filler
     * word in the other seconds.
     */
    private static List<TranscriptWord> planWords(int seconds, List<QaEvent> events, SplittableRandom rng) {
        List<TranscriptWord> words = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            double onset = rng.nextDouble(0.05, 0.5);
            double length = rng.nextDouble(0.25, 0.45);
            boolean filler = rng.nextDouble() < FILLER_PROBABILITY;
            String fillerWord = FILLER.get(rng.nextInt(FILLER.size()));
            int second = t;
            String word = events.stream().filter(e -> e.contains(second)).map(QaEvent::className).findFirst()
                    .orElse(filler ? fillerWord : null);
            if (word != null) {
                words.add(new TranscriptWord(word, round3(t + onset), round3(t + onset + length)));
            }
        }
        return words;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static int hsv(double h, double s, double v) {
        double sector = (h % 1.0) * 6;
        int i = (int) Math.floor(sector);
        double f = sector - i;
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double u = v * (1 - s * (1 - f));
        double[] c = switch (i) {
            case 0 -> new double[] {v, u, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, u};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {u, p, v};
            default -> new double[] {v, p, q};
        };
        return rgb((int) Math.round(c[0] * 255), (int) Math.round(c[1] * 255), (int) Math.round(c[2] * 255));
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }
}
