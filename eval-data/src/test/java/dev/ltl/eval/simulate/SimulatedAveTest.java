package dev.ltl.eval.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.common.media.RgbImage;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tiny benchmark (4 clips) written once and inspected through the real decoder and the AVE loader. */
class SimulatedAveTest {

    private static final SimulationSpec SPEC = SimulationSpec.defaults(4, 11).withClasses(3)
            .withDistractorProbability(0.4);

    @TempDir
    static Path out;

    private static SimulationResult result;
    private static List<DecodedMedia> decoded;

    @BeforeAll
    static void writeOnce() throws Exception {
        result = SimulatedAve.write(out, SPEC, 2);
        MediaDecoder decoder = new MediaDecoder();
        decoded = new ArrayList<>();
        for (SimulatedClip clip : result.clips()) {
            decoded.add(decoder.decode(result.videosDir().resolve(clip.videoId() + ".mp4"), DecodeOptions.reference()));
        }
    }

    @Test
    void writesTheAveLayoutThatTheLoaderReads() {
        for (String name : List.of("Annotations.txt", "trainSet.txt", "valSet.txt", "testSet.txt",
                SimulatedAve.TRUTH_FILE)) {
            assertThat(out.resolve(name)).isRegularFile();
        }
        AveDataset ave = AveDataset.load(out, result.videosDir(), AveLoadOptions.defaults());

        assertThat(ave.ids(AveSplit.TRAIN)).hasSize(2);
        assertThat(ave.ids(AveSplit.VAL)).hasSize(1);
        assertThat(ave.ids(AveSplit.TEST)).hasSize(1);
        assertThat(ave.numClasses()).isEqualTo(4); // 3 classes, all present thanks to balanced assignment, + background
        for (SimulatedClip clip : result.clips()) {
            assertThat(ave.ids(clip.split())).contains(clip.videoId());
            assertThat(ave.labels(clip.videoId())).containsExactly(clip.labels());
            assertThat(ave.classMap().index(clip.category())).isEqualTo(clip.classIndex());
            assertThat(ave.videoPath(clip.videoId())).isPresent();
        }
    }

    @Test
    void decodedMediaHasTenSecondsOfAudioAndFramesAtTheSimulatedSize() {
        for (DecodedMedia media : decoded) {
            assertThat(media.hasAudio()).isTrue();
            assertThat(media.frames()).hasSize(10);
            assertThat(media.frames().get(0).width()).isEqualTo(448);
            assertThat(media.durationS()).isBetween(9.9, 10.2);
        }
    }

    @Test
    void soundingSecondsAreLoudAndSoAreDistractorsButQuietSecondsAreNot() {
        List<Double> sounding = new ArrayList<>();
        List<Double> distractor = new ArrayList<>();
        List<Double> quiet = new ArrayList<>();
        for (int c = 0; c < decoded.size(); c++) {
            SimulatedClip clip = result.clips().get(c);
            for (int t = 0; t < 10; t++) {
                double rms = rms(decoded.get(c).secondOfAudio(t));
                (clip.soundSeconds().contains(t) ? sounding
                        : clip.distractorSeconds().contains(t) ? distractor : quiet).add(rms);
            }
        }
        assertThat(sounding).isNotEmpty();
        assertThat(distractor).as("the seed gives distractors, so loudness is an imperfect cue").isNotEmpty();
        assertThat(quiet).isNotEmpty();
        double quietMax = quiet.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(sounding).allSatisfy(rms -> assertThat(rms).isGreaterThan(4 * quietMax).isGreaterThan(0.1));
        assertThat(distractor).allSatisfy(rms -> assertThat(rms).isGreaterThan(4 * quietMax));
    }

    @Test
    void eventFramesShowTheStripedPatchAndBackgroundFramesDoNot() {
        SceneStyle style = SPEC.scene();
        int eventChecks = 0;
        int backgroundChecks = 0;
        for (int c = 0; c < decoded.size(); c++) {
            SimulatedClip clip = result.clips().get(c);
            for (int t = 0; t < 10; t++) {
                RgbImage frame = decoded.get(c).frames().get(t);
                double[] seen = patchRegion(frame, clip, t, style);
                double[] pattern = patchPattern(clip, style);
                double correlation = correlation(seen, pattern);
                if (clip.isEventSecond(t)) {
                    // The stripes survive encoding: the decoded patch still follows the rendered pattern closely.
                    assertThat(correlation).as("clip %s second %d", clip.videoId(), t).isGreaterThan(0.9);
                    eventChecks++;
                } else {
                    assertThat(correlation).as("clip %s second %d", clip.videoId(), t).isLessThan(0.5);
                    backgroundChecks++;
                }
            }
        }
        assertThat(eventChecks).isPositive();
        assertThat(backgroundChecks).isPositive();
    }

    @Test
    void decodedFramesMatchTheRenderedScene() {
        SimulatedClip clip = result.clips().get(0);
        int t = clip.eventStart();
        RgbImage rendered = SceneRenderer.frame(clip, t, SPEC.scene());
        RgbImage frame = decoded.get(0).frames().get(t);
        double meanAbs = 0;
        for (int i = 0; i < rendered.rgb().length; i++) {
            meanAbs += Math.abs((rendered.rgb()[i] & 0xFF) - (frame.rgb()[i] & 0xFF));
        }
        meanAbs /= rendered.rgb().length;
        assertThat(meanAbs).isLessThan(4.0);
    }

    @Test
    void theSameSpecWritesTheSameFiles(@TempDir Path again) throws IOException {
        SimulatedAve.write(again, SPEC, 1);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path file : files) {
            assertThat(again.resolve(file)).as(file.toString()).hasSameBinaryContentAs(out.resolve(file));
        }
    }

    /** Luminance of the patch's stripe area (inside the light frame) at its position in second t. */
    private static double[] patchRegion(RgbImage frame, SimulatedClip clip, int t, SceneStyle style) {
        int x0 = clip.scene().patchX()[t];
        int y0 = clip.scene().patchY()[t];
        int inner = style.patchPx();
        double[] out = new double[inner * inner];
        for (int y = 0; y < inner; y++) {
            for (int x = 0; x < inner; x++) {
                int px = x0 + x;
                int py = y0 + y;
                out[y * inner + x] = luma(frame.at(px, py, 0), frame.at(px, py, 1), frame.at(px, py, 2));
            }
        }
        return out;
    }

    private static double[] patchPattern(SimulatedClip clip, SceneStyle style) {
        int inner = style.patchPx();
        double[] out = new double[inner * inner];
        for (int y = 0; y < inner; y++) {
            for (int x = 0; x < inner; x++) {
                int rgb = SceneRenderer.patchColour(x, y, style,
                        clip.signature(), clip.scene());
                out[y * inner + x] = luma(rgb >>> 16 & 0xFF, rgb >>> 8 & 0xFF, rgb & 0xFF);
            }
        }
        return out;
    }

    static double luma(int r, int g, int b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }
}
