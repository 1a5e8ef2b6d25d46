package dev.ltl.eval.simulate.epic;

import dev.ltl.eval.simulate.ParallelWrites;
import dev.ltl.eval.cache.AtomicFiles;
import dev.ltl.eval.data.epic.EpicAnnotationReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ltl simulate epic}: videos of 30–60 s with several labelled sound segments each (an AVE
 * simulator event per segment: the class sound plays and the class's striped patch is visible),
 * written in the EPIC-SOUNDS layout so the EPIC evaluation reads it like the real dataset.
 *
 * <p>Output: {@code videos/<video_id>.mp4} (2 fps, 16 kHz mono), {@code EPIC_Sounds_train.csv} and
 * {@code EPIC_Sounds_validation.csv} (the real files' columns; samples counted at 24 kHz like the
 * dataset's audio), {@code train_videos.txt} / {@code val_videos.txt} (video-level split files).
 * A deterministic function of the spec.
 */
public final class SimulatedEpic {
    public static final String VIDEOS_DIR = "videos";
    public static final String TRAIN_CSV = "EPIC_Sounds_train.csv";
    public static final String VAL_CSV = "EPIC_Sounds_validation.csv";
    public static final String TRAIN_IDS = "train_videos.txt";
    public static final String VAL_IDS = "val_videos.txt";
    /** EPIC-SOUNDS counts start/stop samples at the dataset audio's 24 kHz. */
    static final int EPIC_SAMPLE_RATE = 24_000;
    private static final String HEADER =
            "annotation_id,participant_id,video_id,start_timestamp,stop_timestamp,start_sample,stop_sample,description,class,class_id";

    private SimulatedEpic() {
    }

    /** The videos {@code spec} describes, without rendering anything. */
    public static List<SimulatedEpicVideo> plan(SimulatedEpicSpec spec) {
        return EpicVideoPlanner.plan(spec);
    }

    /** Writes the benchmark to {@code outDir} on up to min(4, cores) threads. */
    public static SimulatedEpicResult generate(Path outDir, SimulatedEpicSpec spec) throws IOException {
        List<SimulatedEpicVideo> videos = plan(spec);
        Path videosDir = Files.createDirectories(outDir.resolve(VIDEOS_DIR));
        encodeAll(videosDir, videos, spec, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // Annotations last: a run that fails midway leaves no row pointing at a missing video.
        Path trainIds = outDir.resolve(TRAIN_IDS);
        Path valIds = outDir.resolve(VAL_IDS);
        AtomicFiles.write(trainIds, ids(videos, "train").getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(valIds, ids(videos, "val").getBytes(StandardCharsets.UTF_8));
        Path trainCsv = outDir.resolve(TRAIN_CSV);
        Path valCsv = outDir.resolve(VAL_CSV);
        AtomicFiles.write(trainCsv, csv(videos, "train").getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(valCsv, csv(videos, "val").getBytes(StandardCharsets.UTF_8));
        return new SimulatedEpicResult(outDir, videosDir, trainCsv, valCsv, trainIds, valIds, videos);
    }

    /** The annotation CSV of one split: one row per segment. */
    static String csv(List<SimulatedEpicVideo> videos, String split) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (SimulatedEpicVideo video : videos) {
            if (!video.split().equals(split)) {
                continue;
            }
            for (int s = 0; s < video.segments().size(); s++) {
                SimulatedEpicVideo.Segment segment = video.segments().get(s);
                String name = SimulatedEpicSpec.CLASS_NAMES.get(segment.classIndex());
                out.append(video.videoId()).append('_').append(s).append(',')
                        .append(video.participantId()).append(',')
                        .append(video.videoId()).append(',')
                        .append(EpicAnnotationReader.timestamp(segment.start())).append(',')
                        .append(EpicAnnotationReader.timestamp(segment.end())).append(',')
                        .append((long) segment.start() * EPIC_SAMPLE_RATE).append(',')
                        .append((long) segment.end() * EPIC_SAMPLE_RATE).append(',')
                        .append("\"simulated ").append(name).append("\",")
                        .append('"').append(name).append("\",")
                        .append(segment.classIndex()).append('\n');
            }
        }
        return out.toString();
    }

    private static String ids(List<SimulatedEpicVideo> videos, String split) {
        StringBuilder out = new StringBuilder();
        videos.stream().filter(v -> v.split().equals(split)).forEach(v -> out.append(v.videoId()).append('\n'));
        return out.toString();
    }

    private static void encodeAll(Path videosDir, List<SimulatedEpicVideo> videos, SimulatedEpicSpec spec, int threads)
            throws IOException {
        ParallelWrites.forEach(videos, threads,
                video -> EpicVideoEncoder.write(videosDir.resolve(video.videoId() + ".mp4"), video, spec));
    }
}
