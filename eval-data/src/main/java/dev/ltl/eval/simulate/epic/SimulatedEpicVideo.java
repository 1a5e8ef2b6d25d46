package dev.ltl.eval.simulate.epic;

import dev.ltl.eval.simulate.ClipScene;
import java.util.List;

/**
 * One planned video: its sound segments (in time order, distinct classes), its picture and its audio seed.
 *
 * @param split "train" or "val"
 */
public record SimulatedEpicVideo(String videoId, String participantId, String split, int seconds,
                                 List<Segment> segments, ClipScene scene, long audioSeed) {
    public SimulatedEpicVideo {
        segments = List.copyOf(segments);
    }

    /** A labelled sound segment covering seconds [start, end), its patch visible meanwhile. */
    public record Segment(int classIndex, int start, int end, double amplitude) {
        public boolean contains(int t) {
            return t >= start && t < end;
        }
    }
}
