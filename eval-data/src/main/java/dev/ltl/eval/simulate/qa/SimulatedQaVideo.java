package dev.ltl.eval.simulate.qa;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.eval.simulate.ClipScene;
import java.util.List;
import java.util.Optional;

/**
 * The truth and content of one simulated QA video.
 *
 * @param videoId     file stem of the video
 * @param events      the events in time order, of distinct classes, never overlapping
 * @param distractors distractor sounds, all outside the events
 * @param scene       background, blobs, the patch position of every second, stripe colours
 * @param audioSeed   seed of the noise floor
 * @param words       the synthetic transcript, in time order
 */
public record SimulatedQaVideo(String videoId, List<QaEvent> events, List<SyntheticClip.AudioEvent> distractors,
                               ClipScene scene, long audioSeed, List<TranscriptWord> words) {

    public SimulatedQaVideo {
        events = List.copyOf(events);
        distractors = List.copyOf(distractors);
        words = List.copyOf(words);
    }

    /** The event covering second t, if any. */
    public Optional<QaEvent> eventAt(int t) {
        return events.stream().filter(e -> e.contains(t)).findFirst();
    }
}
