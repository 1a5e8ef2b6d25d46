package dev.ltl.eval.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.common.media.SyntheticClip;
import dev.ltl.eval.data.AveAnnotation;
import dev.ltl.eval.data.AveSplit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ltl simulate ave}: writes a simulated audio-visual benchmark in the AVE layout, so every AVE tool runs on
 * it unchanged.
 *
 * <p>Output: {@code Annotations.txt}, {@code trainSet.txt}, {@code valSet.txt}, {@code testSet.txt} (rows
 * {@code Category&VideoID&Quality&Start&End}, whole seconds), {@code videos/<id>.mp4} (10 s, 448×448, 2 fps,
 * 16 kHz mono audio) and {@code simulation.json} (the spec and every clip's truth, for diagnostics).
 *
 * <p>Each clip has one event of one class. During the event seconds a class-specific tone or chirp sounds (shifted
 * by the A/V offset) and a ~40 px striped patch is visible whose stripe orientation and period encode the class;
 * the other seconds show coloured blobs only and may carry distractor sounds. Hearing tells <em>when</em>
 * (imperfectly); only a high-resolution look tells <em>what</em>. Output is a deterministic function of the spec.
 */
public final class SimulatedAve {

    /** Name of the truth file written beside the annotations. */
    public static final String TRUTH_FILE = "simulation.json";
    /** Sub-directory of the videos. */
    public static final String VIDEOS_DIR = "videos";

    private SimulatedAve() {
    }

    /** The clips {@code spec} describes, without rendering anything. */
    public static List<SimulatedClip> plan(SimulationSpec spec) {
        return ClipPlanner.plan(spec);
    }

    /** Writes the benchmark to {@code out}, encoding on up to min(4, cores) threads. */
    public static SimulationResult write(Path out, SimulationSpec spec) throws IOException {
        return write(out, spec, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Writes the benchmark to {@code out} (existing files of the same names are replaced). */
    public static SimulationResult write(Path out, SimulationSpec spec, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        List<SimulatedClip> clips = plan(spec);
        Path videos = Files.createDirectories(out.resolve(VIDEOS_DIR));
        encodeAll(videos, clips, spec, threads);
        // Annotations last: a run that fails midway leaves no annotation pointing at a missing video.
        writeTruth(out.resolve(TRUTH_FILE), spec, clips);
        List<String> all = new ArrayList<>();
        for (AveSplit split : AveSplit.values()) {
            List<String> rows = clips.stream().filter(c -> c.split() == split).map(SimulatedAve::row).toList();
            Files.write(out.resolve(split.fileName()), rows, StandardCharsets.UTF_8);
            all.addAll(rows);
        }
        Files.write(out.resolve("Annotations.txt"), all, StandardCharsets.UTF_8);
        return new SimulationResult(out, videos, clips);
    }

    /** Encodes one clip's video to {@code file}. */
    public static void writeVideo(Path file, SimulatedClip clip, SimulationSpec spec) throws IOException {
        SceneStyle style = spec.scene();
        Mp4Encoder.write(file, style.frameSize(), style.fps(), style.videoQscale(), SimulationSpec.SECONDS,
                t -> SceneRenderer.frame(clip, t, style), SimulatedAudio.render(clip, spec), SimulatedAudio.SAMPLE_RATE);
    }

    private static String row(SimulatedClip clip) {
        return new AveAnnotation(clip.category(), clip.videoId(), "good", clip.eventStart(), clip.eventEnd()).toRow();
    }

    private static void encodeAll(Path videos, List<SimulatedClip> clips, SimulationSpec spec, int threads)
            throws IOException {
        ParallelWrites.forEach(clips, threads, clip -> writeVideo(videos.resolve(clip.videoId() + ".mp4"), clip, spec));
    }

    private static void writeTruth(Path file, SimulationSpec spec, List<SimulatedClip> clips) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ObjectNode s = root.putObject("spec");
        s.put("clips", spec.clips());
        s.put("seed", spec.seed());
        s.put("classes", spec.classes());
        s.put("av_offset_seconds", spec.avOffsetSeconds());
        s.put("noise_level", spec.noiseLevel());
        s.put("distractor_probability", spec.distractorProbability());
        s.put("min_event_seconds", spec.minEventSeconds());
        s.put("max_event_seconds", spec.maxEventSeconds());
        s.put("train_fraction", spec.trainFraction());
        s.put("val_fraction", spec.valFraction());
        s.put("test_fraction", spec.testFraction());
        s.set("scene", json.valueToTree(spec.scene()));
        ArrayNode list = root.putArray("clips");
        for (SimulatedClip c : clips) {
            ObjectNode node = list.addObject();
            node.put("video_id", c.videoId());
            node.put("split", c.split().shortName());
            node.put("class_index", c.classIndex());
            node.put("category", c.category());
            node.put("event_start", c.eventStart());
            node.put("event_end", c.eventEnd());
            c.soundSeconds().forEach(node.putArray("sound_seconds")::add);
            c.distractorSeconds().forEach(node.putArray("distractor_seconds")::add);
            node.put("stripe_orientation_deg", c.signature().orientationDeg());
            node.put("stripe_period_px", c.signature().periodPx());
            node.put("sound", describe(c.signature().sound()));
        }
        Files.write(file, json.writeValueAsBytes(root));
    }

    private static String describe(SyntheticClip.Sound sound) {
        if (sound instanceof SyntheticClip.Tone tone) {
            return String.format(java.util.Locale.ROOT, "tone %.1f Hz", tone.frequencyHz());
        }
        if (sound instanceof SyntheticClip.Chirp chirp) {
            return String.format(java.util.Locale.ROOT, "chirp %.1f-%.1f Hz", chirp.startHz(), chirp.endHz());
        }
        return "noise";
    }
}
