package dev.ltl.eval.engine.epic;

import java.util.List;

/** planner-svc's answer for one (method, video): the seconds, their resolutions and the plan's tokens. */
public record EpicSelection(String method, String videoId, int durationSeconds, List<Integer> seconds,
                            List<Integer> resolutions, List<Integer> anchors, long totalTokens) {
    public EpicSelection {
        seconds = List.copyOf(seconds);
        resolutions = List.copyOf(resolutions);
        anchors = List.copyOf(anchors);
        if (seconds.size() != resolutions.size() || seconds.isEmpty()) {
            throw new IllegalArgumentException("video " + videoId + " (" + method
                    + "): need >= 1 selected second and one resolution per second");
        }
    }
}
