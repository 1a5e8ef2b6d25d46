package dev.ltl.eval.engine.qa;

import dev.ltl.eval.data.qa.PreprocessedVideo;
import dev.ltl.eval.engine.ave.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-second signals of every video, computed once through eventness-svc and kept in
 * {@link SignalCache}: audio {@code energy_stride_max} on the cached 16 kHz WAV and cheap-visual
 * {@code frame_diff} on the video, both with exactly T seconds (the video's preprocessed length).
 */
final class QaSignals {
    static final String AUDIO_METHOD = "energy_stride_max";
    static final String VISUAL_METHOD = "frame_diff";

    private QaSignals() {
    }

    /**
     * Signals per video, and the videos whose scoring failed with the reason (their rows that need
     * signals become error rows; nothing is cached for them, so a rerun tries again).
     */
    record Outcome(Map<String, SignalCache.VideoSignals> signals, Map<String, String> errors) {
    }

    static Outcome ensure(Map<String, PreprocessedVideo> videos, QaServiceCalls calls, SignalCache cache,
                          int concurrency, Progress progress) throws InterruptedException {
        Map<String, SignalCache.VideoSignals> signals = new ConcurrentHashMap<>();
        Map<String, String> errors = new ConcurrentHashMap<>();
        List<PreprocessedVideo> missing = new ArrayList<>();
        for (PreprocessedVideo video : videos.values()) {
            cache.get(video.videoId()).filter(s -> s.numSeconds() == video.numSeconds()).ifPresentOrElse(
                    s -> signals.put(video.videoId(), s), () -> missing.add(video));
        }
        if (!missing.isEmpty()) {
            progress.update(0, 0, "scoring " + missing.size() + " videos (" + AUDIO_METHOD + ", " + VISUAL_METHOD
                    + "); " + signals.size() + " cached");
        }
        AtomicInteger done = new AtomicInteger();
        BoundedWork.run(missing, concurrency, "ltl-qa-signals", video -> {
            try {
                double[] audio = calls.score(video.videoId() + "|audio", AUDIO_METHOD, video.audioWav(),
                        video.numSeconds());
                double[] visual = calls.score(video.videoId() + "|visual", VISUAL_METHOD, video.source(),
                        video.numSeconds());
                SignalCache.VideoSignals scored = new SignalCache.VideoSignals(video.videoId(), video.numSeconds(),
                        audio, visual);
                cache.put(scored);
                signals.put(video.videoId(), scored);
            } catch (RuntimeException e) {
                ServiceUnavailableException.throwIfTransient("score " + video.videoId(), e);
                errors.put(video.videoId(), "score " + ItemAnswerer.describe(e));
            }
            done.incrementAndGet();
        });
        return new Outcome(Map.copyOf(signals), Map.copyOf(errors));
    }
}
