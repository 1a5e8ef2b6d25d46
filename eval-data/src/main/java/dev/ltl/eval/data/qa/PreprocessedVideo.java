package dev.ltl.eval.data.qa;

import java.nio.file.Path;
import java.util.List;

/**
 * A video decoded once for QA evaluation (ltl-qa-epic.md §1), cached on disk.
 *
 * @param videoId    video id
 * @param numSeconds T = min(#frames, max_seconds)
 * @param audioWav   mono 16 kHz PCM WAV truncated to max_seconds (silent when the video has no audio)
 * @param frames     T JPEG frames, frame t taken at t + 0.5 s
 * @param hadAudio   false when the video had no audio stream and a silent track was written
 * @param source     the original video file
 */
public record PreprocessedVideo(String videoId, int numSeconds, Path audioWav, List<Path> frames, boolean hadAudio,
                                Path source) {
    public PreprocessedVideo {
        frames = List.copyOf(frames);
    }

    /** The cache entry directory holding the frames, the WAV and {@code preprocess_meta.json}. */
    public Path directory() {
        return audioWav.getParent();
    }
}
