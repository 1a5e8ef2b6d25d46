package dev.ltl.eval.simulate;

import dev.ltl.common.media.SyntheticClip;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.data.SecondLabels;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ground truth and content of one simulated clip.
 *
 * @param videoId         file stem of the clip's video and its id in the annotation files
 * @param split           the split the clip belongs to
 * @param classIndex      event class, 1..K (0 is background); equals the AVE class index of {@code category}
 * @param category        the class name written to the annotations
 * @param eventStart      first visible event second
 * @param eventEnd        one past the last visible event second (the annotation's End)
 * @param classSounds     the class sound in each sounding second: the event seconds shifted by the A/V offset
 * @param distractors     distractor sounds, all outside the sounding seconds
 * @param signature       how the class looks and sounds
 * @param scene           frame content
 * @param audioSeed       seed of the audio noise floor
 */
public record SimulatedClip(String videoId, AveSplit split, int classIndex, String category, int eventStart,
                            int eventEnd, List<SyntheticClip.AudioEvent> classSounds,
                            List<SyntheticClip.AudioEvent> distractors, ClassSignature signature, ClipScene scene,
                            long audioSeed) {

    public SimulatedClip {
        classSounds = List.copyOf(classSounds);
        distractors = List.copyOf(distractors);
    }

    /** The per-second labels the annotation implies (§1.1 overlap rule). */
    public int[] labels() {
        return SecondLabels.of(eventStart, eventEnd, classIndex, SimulationSpec.SECONDS);
    }

    /** Whether the patch is visible in second {@code t}. */
    public boolean isEventSecond(int t) {
        return t >= eventStart && t < eventEnd;
    }

    /** Seconds carrying the class sound. */
    public SortedSet<Integer> soundSeconds() {
        SortedSet<Integer> seconds = new TreeSet<>();
        classSounds.forEach(e -> seconds.add(e.second()));
        return seconds;
    }

    /** Seconds carrying a distractor sound. */
    public SortedSet<Integer> distractorSeconds() {
        SortedSet<Integer> seconds = new TreeSet<>();
        distractors.forEach(e -> seconds.add(e.second()));
        return seconds;
    }
}
