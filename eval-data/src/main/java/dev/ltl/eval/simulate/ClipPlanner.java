package dev.ltl.eval.simulate;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.eval.data.AveSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the content of every simulated clip from the spec. Each clip has its own random streams derived from
 * (seed, clip index), split into event, audio and scene streams, so changing e.g. the distractor probability
 * changes the sounds but not the events or the pictures.
 */
final class ClipPlanner {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int MARGIN_PX = 16;
    private static final int JITTER_PX = 6;

    private ClipPlanner() {
    }

    static List<SimulatedClip> plan(SimulationSpec spec) {
        int[] classOf = balancedClasses(spec);
        int[] counts = spec.splitCounts();
        List<SimulatedClip> clips = new ArrayList<>(spec.clips());
        for (int i = 0; i < spec.clips(); i++) {
            AveSplit split = i < counts[0] ? AveSplit.TRAIN : i < counts[0] + counts[1] ? AveSplit.VAL : AveSplit.TEST;
            clips.add(planClip(spec, i, split, classOf[i]));
        }
        return clips;
    }

    /** Category name of class k (0-based): zero-padded, so lexicographic order equals class order. */
    static String categoryName(int k) {
        return String.format("sim_class_%02d", k + 1);
    }

    /** Every class equally often (±1), shuffled, so even a small benchmark shows every class. */
    private static int[] balancedClasses(SimulationSpec spec) {
        int[] classes = new int[spec.clips()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = i % spec.classes();
        }
        SplittableRandom rng = new SplittableRandom(spec.seed() * GOLDEN + 17);
        for (int i = classes.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = classes[i];
            classes[i] = classes[j];
            classes[j] = t;
        }
        return classes;
    }

    private static SimulatedClip planClip(SimulationSpec spec, int index, AveSplit split, int k) {
        SplittableRandom base = new SplittableRandom(spec.seed() ^ (GOLDEN * (index + 1)));
        SplittableRandom eventRng = base.split();
        SplittableRandom audioRng = base.split();
        SplittableRandom sceneRng = base.split();
        ClassSignature signature = ClassSignature.of(k, spec.classes(), spec.scene().basePeriodPx());

        int length = eventRng.nextInt(spec.minEventSeconds(), spec.maxEventSeconds() + 1);
        int start = eventRng.nextInt(0, SimulationSpec.SECONDS - length + 1);
        int end = start + length;

        double amplitude = audioRng.nextDouble(0.2, 0.4);
        List<SyntheticClip.AudioEvent> sounds = new ArrayList<>();
        boolean[] sounding = new boolean[SimulationSpec.SECONDS];
        for (int t = start + spec.avOffsetSeconds(); t < end + spec.avOffsetSeconds(); t++) {
            if (t >= 0 && t < SimulationSpec.SECONDS) {
                sounds.add(new SyntheticClip.AudioEvent(t, signature.sound(), amplitude));
                sounding[t] = true;
            }
        }
        List<SyntheticClip.AudioEvent> distractors = new ArrayList<>();
        for (int t = 0; t < SimulationSpec.SECONDS; t++) {
            // Draw for every second, so the stream does not depend on which seconds sound.
            double roll = audioRng.nextDouble();
            boolean noise = audioRng.nextBoolean();
            double hz = audioRng.nextDouble(150, 6000);
            double level = audioRng.nextDouble(0.2, 0.4);
            if (!sounding[t] && roll < spec.distractorProbability()) {
                SyntheticClip.Sound sound = noise ? new SyntheticClip.Noise() : new SyntheticClip.Tone(hz);
                distractors.add(new SyntheticClip.AudioEvent(t, sound, level));
            }
        }
        String id = String.format("sim%05d", index);
        return new SimulatedClip(id, split, k + 1, categoryName(k), start, end, sounds, distractors, signature,
                planScene(spec.scene(), sceneRng), audioRng.nextLong());
    }

    private static ClipScene planScene(SceneStyle style, SplittableRandom rng) {
        int size = style.frameSize();
        int background = rgb(rng.nextInt(60, 191), rng.nextInt(60, 191), rng.nextInt(60, 191));
        int blobCount = rng.nextInt(style.minBlobs(), style.maxBlobs() + 1);
        List<ClipScene.Blob> blobs = new ArrayList<>(blobCount);
        for (int b = 0; b < blobCount; b++) {
            blobs.add(new ClipScene.Blob(rng.nextDouble(0, size), rng.nextDouble(0, size),
                    rng.nextDouble(size / 40.0, size / 8.0), rng.nextDouble(-4, 4), rng.nextDouble(-4, 4),
                    saturatedColour(rng)));
        }
        int patch = style.patchPx();
        int overhang = (style.eventAreaPx() - patch + 1) / 2; // the card reaches this far beyond the patch
        int lo = MARGIN_PX + JITTER_PX + overhang;
        int hi = size - patch - MARGIN_PX - JITTER_PX - overhang;
        int x0 = rng.nextInt(lo, hi + 1);
        int y0 = rng.nextInt(lo, hi + 1);
        int[] xs = new int[SimulationSpec.SECONDS];
        int[] ys = new int[SimulationSpec.SECONDS];
        for (int t = 0; t < xs.length; t++) {
            xs[t] = x0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
            ys[t] = y0 + rng.nextInt(-JITTER_PX, JITTER_PX + 1);
        }
        double hue = rng.nextDouble();
        int light = hsv(hue, rng.nextDouble(0.2, 0.6), rng.nextDouble(0.85, 1.0));
        int dark = hsv(hue, rng.nextDouble(0.5, 1.0), rng.nextDouble(0.05, 0.2));
        return new ClipScene(background, blobs, xs, ys, light, dark);
    }

    /** Blob colours are saturated and never near white, so the light card stands out. */
    private static int saturatedColour(SplittableRandom rng) {
        return hsv(rng.nextDouble(), rng.nextDouble(0.55, 1.0), rng.nextDouble(0.35, 0.9));
    }

    static int hsv(double h, double s, double v) {
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

    static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }
}
