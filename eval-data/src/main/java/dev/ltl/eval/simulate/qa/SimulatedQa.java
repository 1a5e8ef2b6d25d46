package dev.ltl.eval.simulate.qa;

import dev.ltl.eval.simulate.ParallelWrites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.eval.cache.AtomicFiles;
import dev.ltl.eval.data.qa.QaItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ltl simulate qa}: a long-video multiple-choice QA benchmark built from the AVE simulator's audio-visual
 * events, so the whole QA path (preprocessing, every selector, the VLM, the metrics) runs end to end without
 * downloading a dataset.
 *
 * <p>Each video is {@code seconds} long and has a few events: while the class sound plays, the class's striped
 * patch is visible; elsewhere there are drifting blobs, a noise floor and occasional distractor sounds. Each
 * question's answer depends on one event the audio marks (see {@link QaQuestionMaker}), so frames chosen away
 * from the events cannot answer it.
 *
 * <p>Output: {@code videos/<id>.mp4} (2 fps, square frames, 16 kHz mono AAC), {@code words/<id>.words.json}
 * ({@code {"video_id", "words": [{"text", "start_s", "end_s"}]}}: the class name said once per event second and
 * a few filler words), {@code questions.jsonl} in the generic JSONL format (meta: question_type, event_index,
 * event_class, event_start_s, event_end_s, event_seconds) and {@code simulation.json} (spec and every video's
 * truth). The output is a deterministic function of the spec.
 */
public final class SimulatedQa {

    public static final String VIDEOS_DIR = "videos";
    public static final String WORDS_DIR = "words";
    public static final String QUESTIONS_FILE = "questions.jsonl";
    public static final String TRUTH_FILE = "simulation.json";
    /** Suffix of a transcript file after the video id. */
    public static final String WORDS_SUFFIX = ".words.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_LITERAL = Pattern.compile("-?\\d+|\\[.*]");

    private SimulatedQa() {
    }

    /** The videos {@code spec} describes, without rendering anything. */
    public static List<SimulatedQaVideo> plan(SimulatedQaSpec spec) {
        return QaVideoPlanner.plan(spec);
    }

    /** The questions of the planned {@code videos}, in video order. */
    public static List<QaItem> questions(SimulatedQaSpec spec, List<SimulatedQaVideo> videos) {
        List<QaItem> items = new ArrayList<>();
        for (int i = 0; i < videos.size(); i++) {
            items.addAll(QaQuestionMaker.questions(spec, videos.get(i), i));
        }
        return items;
    }

    /** Writes the benchmark to {@code outDir}, encoding on up to min(4, cores) threads. */
    public static SimulatedQaResult generate(Path outDir, SimulatedQaSpec spec) throws IOException {
        return generate(outDir, spec, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Writes the benchmark to {@code outDir} (files of the same names are replaced). */
    public static SimulatedQaResult generate(Path outDir, SimulatedQaSpec spec, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        List<SimulatedQaVideo> videos = plan(spec);
        List<QaItem> questions = questions(spec, videos);
        Path videosDir = Files.createDirectories(outDir.resolve(VIDEOS_DIR));
        Path wordsDir = Files.createDirectories(outDir.resolve(WORDS_DIR));
        encodeAll(videosDir, videos, spec, threads);
        for (SimulatedQaVideo video : videos) {
            AtomicFiles.write(wordsDir.resolve(video.videoId() + WORDS_SUFFIX), JSON.writeValueAsBytes(words(video)));
        }
        AtomicFiles.write(outDir.resolve(TRUTH_FILE), JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(truth(spec, videos)));
        // Questions last: a run that fails midway leaves no question pointing at a missing video.
        Path questionsFile = outDir.resolve(QUESTIONS_FILE);
        AtomicFiles.write(questionsFile, questionLines(questions).getBytes(StandardCharsets.UTF_8));
        return new SimulatedQaResult(outDir, videosDir, questionsFile, wordsDir, videos, questions);
    }

    private static void encodeAll(Path videosDir, List<SimulatedQaVideo> videos, SimulatedQaSpec spec, int threads)
            throws IOException {
        ParallelWrites.forEach(videos, threads,
                video -> QaVideoEncoder.write(videosDir.resolve(video.videoId() + ".mp4"), video, spec));
    }

    /** One generic-format JSON object per line; numeric and list meta values are written as JSON, not text. */
    static String questionLines(List<QaItem> questions) throws IOException {
        StringBuilder out = new StringBuilder();
        for (QaItem item : questions) {
            ObjectNode row = JSON.createObjectNode();
            row.put("qid", item.qid());
            row.put("video_id", item.videoId());
            row.put("question", item.question());
            item.options().forEach(row.putArray("options")::add);
            row.put("answer_idx", item.answerIdx());
            ObjectNode meta = row.putObject("meta");
            for (String key : QaQuestionMaker.META_KEYS) {
                String value = item.meta().get(key);
                if (value != null) {
                    meta.set(key, JSON_LITERAL.matcher(value).matches() ? JSON.readTree(value) : meta.textNode(value));
                }
            }
            out.append(JSON.writeValueAsString(row)).append('\n');
        }
        return out.toString();
    }

    private static JsonNode words(SimulatedQaVideo video) {
        ObjectNode root = JSON.createObjectNode();
        root.put("video_id", video.videoId());
        ArrayNode words = root.putArray("words");
        for (TranscriptWord w : video.words()) {
            words.addObject().put("text", w.text()).put("start_s", w.startS()).put("end_s", w.endS());
        }
        return root;
    }

    private static JsonNode truth(SimulatedQaSpec spec, List<SimulatedQaVideo> videos) {
        ObjectNode root = JSON.createObjectNode();
        root.set("spec", JSON.valueToTree(spec));
        ArrayNode list = root.putArray("videos");
        for (SimulatedQaVideo video : videos) {
            ObjectNode node = list.addObject();
            node.put("video_id", video.videoId());
            node.put("seconds", spec.seconds());
            ArrayNode events = node.putArray("events");
            for (QaEvent e : video.events()) {
                ObjectNode event = events.addObject();
                event.put("class_index", e.classIndex());
                event.put("class_name", e.className());
                event.put("start", e.start());
                event.put("end", e.end());
                event.put("stripe_orientation_deg", QaVideoEncoder.signature(e.classIndex(), spec).orientationDeg());
                event.put("stripe_period_px", QaVideoEncoder.signature(e.classIndex(), spec).periodPx());
            }
            ArrayNode distractors = node.putArray("distractor_seconds");
            video.distractors().forEach(d -> distractors.add(d.second()));
        }
        return root;
    }
}
