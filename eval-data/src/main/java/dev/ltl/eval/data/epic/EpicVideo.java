package dev.ltl.eval.data.epic;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** One video with its labelled segments; its video-level labels are the union of their class ids. */
public record EpicVideo(String videoId, List<EpicSegment> segments) {
    public EpicVideo {
        segments = List.copyOf(segments);
    }

    public SortedSet<Integer> classIds() {
        SortedSet<Integer> ids = new TreeSet<>();
        segments.forEach(s -> ids.add(s.classId()));
        return ids;
    }

    /**
     * The oracle anchors: the centre second of every segment, longest segment first (ties: earlier
     * start first), repeated centres kept once.
     */
    public List<Integer> oracleAnchors() {
        return segments.stream()
                .sorted(Comparator.comparingDouble(EpicSegment::durationSeconds).reversed()
                        .thenComparingDouble(EpicSegment::startSeconds))
                .map(EpicSegment::centreSecond).distinct().toList();
    }
}
