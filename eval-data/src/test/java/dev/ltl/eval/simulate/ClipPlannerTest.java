package dev.ltl.eval.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.common.media.RgbImage;
import dev.ltl.eval.data.AveSplit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClipPlannerTest {

    @Test
    void eventsRespectTheSpecAndClassesAreBalanced() {
        SimulationSpec spec = SimulationSpec.defaults(40, 5).withEventSeconds(2, 4);
        List<SimulatedClip> clips = SimulatedAve.plan(spec);

        assertThat(clips).hasSize(40);
        assertThat(clips.stream().filter(c -> c.split() == AveSplit.TRAIN)).hasSize(28);
        for (SimulatedClip clip : clips) {
            assertThat(clip.eventEnd() - clip.eventStart()).isBetween(2, 4);
            assertThat(clip.eventStart()).isGreaterThanOrEqualTo(0);
            assertThat(clip.eventEnd()).isLessThanOrEqualTo(10);
            assertThat(clip.soundSeconds()).containsExactlyElementsOf(
                    IntStream.range(clip.eventStart(), clip.eventEnd()).boxed().toList());
            assertThat(clip.distractorSeconds()).doesNotContainAnyElementsOf(clip.soundSeconds());
            assertThat(clip.category()).isEqualTo(String.format("sim_class_%02d", clip.classIndex()));
        }
        for (int k = 1; k <= 5; k++) {
            int cls = k;
            assertThat(clips.stream().filter(c -> c.classIndex() == cls)).hasSize(8);
        }
    }

    @Test
    void theAudioVisualOffsetShiftsOnlyTheSounds() {
        SimulationSpec base = SimulationSpec.defaults(30, 9);
        List<SimulatedClip> aligned = SimulatedAve.plan(base);
        List<SimulatedClip> lagging = SimulatedAve.plan(base.withAvOffsetSeconds(2));
        for (int i = 0; i < aligned.size(); i++) {
            SimulatedClip a = aligned.get(i);
            SimulatedClip b = lagging.get(i);
            assertThat(b.eventStart()).isEqualTo(a.eventStart());
            assertThat(b.labels()).containsExactly(a.labels());
            assertThat(b.soundSeconds()).containsExactlyElementsOf(IntStream.range(a.eventStart() + 2, a.eventEnd() + 2)
                    .filter(t -> t < 10).boxed().toList());
        }
    }

    @Test
    void noDistractorsAtProbabilityZeroAndManyAtOne() {
        assertThat(SimulatedAve.plan(SimulationSpec.defaults(20, 1).withDistractorProbability(0)))
                .allSatisfy(c -> assertThat(c.distractors()).isEmpty());
        assertThat(SimulatedAve.plan(SimulationSpec.defaults(20, 1).withDistractorProbability(1)))
                .allSatisfy(c -> assertThat(c.distractorSeconds()).hasSize(10 - c.soundSeconds().size()));
    }

    @Test
    void planningIsAFunctionOfTheSeed() {
        SimulationSpec spec = SimulationSpec.defaults(12, 42);
        assertThat(describe(SimulatedAve.plan(spec))).isEqualTo(describe(SimulatedAve.plan(spec)));
        assertThat(describe(SimulatedAve.plan(spec))).isNotEqualTo(describe(SimulatedAve.plan(
                SimulationSpec.defaults(12, 43))));
        RgbImage a = SceneRenderer.frame(SimulatedAve.plan(spec).get(3), 4, spec.scene());
        RgbImage b = SceneRenderer.frame(SimulatedAve.plan(spec).get(3), 4, spec.scene());
        assertThat(a.rgb()).isEqualTo(b.rgb());
    }

    @Test
    void theClassIsInTheFineDetailOnly() {
        SceneStyle style = SceneStyle.defaults();
        List<SimulatedClip> clips = SimulatedAve.plan(SimulationSpec.defaults(5, 2)); // one clip per class
        assertThat(clips.stream().map(SimulatedClip::classIndex).distinct()).hasSize(5);
        for (SimulatedClip clip : clips) {
            int t = clip.eventStart();
            RgbImage frame = SceneRenderer.frame(clip, t, style);
            int inner = style.patchPx();
            int x0 = clip.scene().patchX()[t];
            int y0 = clip.scene().patchY()[t];

            // At full resolution the stripe direction is measurable and is the class's orientation.
            double measured = stripeOrientationDeg(frame, x0, y0, inner);
            double error = Math.abs(measured - clip.signature().orientationDeg()) % 180;
            assertThat(Math.min(error, 180 - error)).as("class %d", clip.classIndex()).isLessThan(10);

            // Averaged down to 112 px (4×4 boxes), the 6-px stripes lose most of their contrast.
            double full = std(luma(frame, x0, y0, inner, 1));
            double low = std(luma(frame, x0, y0, inner, 4));
            assertThat(low).as("class %d", clip.classIndex()).isLessThan(0.5 * full);
        }
    }

    private static String describe(List<SimulatedClip> clips) {
        StringBuilder sb = new StringBuilder();
        for (SimulatedClip c : clips) {
            sb.append(c.videoId()).append(c.classIndex()).append(c.eventStart()).append(c.eventEnd())
                    .append(c.classSounds()).append(c.distractors()).append(c.audioSeed())
                    .append(Arrays.toString(c.scene().patchX())).append(c.scene().blobs()).append('\n');
        }
        return sb.toString();
    }

    /** Luminance of the square region, averaged over factor×factor boxes. */
    private static double[] luma(RgbImage img, int x0, int y0, int size, int factor) {
        int n = size / factor;
        double[] out = new double[n * n];
        for (int by = 0; by < n; by++) {
            for (int bx = 0; bx < n; bx++) {
                double sum = 0;
                for (int y = 0; y < factor; y++) {
                    for (int x = 0; x < factor; x++) {
                        int px = x0 + bx * factor + x;
                        int py = y0 + by * factor + y;
                        sum += SimulatedAveTest.luma(img.at(px, py, 0), img.at(px, py, 1), img.at(px, py, 2));
                    }
                }
                out[by * n + bx] = sum / (factor * factor);
            }
        }
        return out;
    }

    private static double std(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElse(0));
    }

    /** Direction the stripes run along, from the structure tensor of luminance gradients (0..180°). */
    private static double stripeOrientationDeg(RgbImage img, int x0, int y0, int size) {
        double jxx = 0;
        double jyy = 0;
        double jxy = 0;
        for (int y = y0 + 1; y < y0 + size - 1; y++) {
            for (int x = x0 + 1; x < x0 + size - 1; x++) {
                double gx = lum(img, x + 1, y) - lum(img, x - 1, y);
                double gy = lum(img, x, y + 1) - lum(img, x, y - 1);
                jxx += gx * gx;
                jyy += gy * gy;
                jxy += gx * gy;
            }
        }
        double gradientDeg = Math.toDegrees(0.5 * Math.atan2(2 * jxy, jxx - jyy));
        return ((gradientDeg + 90) % 180 + 180) % 180; // stripes run perpendicular to the gradient
    }

    private static double lum(RgbImage img, int x, int y) {
        return SimulatedAveTest.luma(img.at(x, y, 0), img.at(x, y, 1), img.at(x, y, 2));
    }
}
