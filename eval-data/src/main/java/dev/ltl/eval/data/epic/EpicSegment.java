package dev.ltl.eval.data.epic;

/**
 * One labelled sound segment of an EPIC-SOUNDS annotation CSV.
 *
 * @param startSeconds start_timestamp in seconds
 * @param stopSeconds  stop_timestamp in seconds
 * @param startSample  start_sample (of the dataset's audio)
 * @param stopSample   stop_sample
 * @param className    the {@code class} column
 */
public record EpicSegment(String annotationId, String participantId, String videoId, double startSeconds,
                          double stopSeconds, long startSample, long stopSample, String description, String className,
                          int classId) {

    public double durationSeconds() {
        return stopSeconds - startSeconds;
    }

    /** The second holding the segment's centre: floor((start + stop) / 2). */
    public int centreSecond() {
        return (int) Math.floor((startSeconds + stopSeconds) / 2.0);
    }
}
