package dev.ltl.planner.domain.epic;

/**
 * One EPIC selection request as the domain sees it.
 *
 * @param method        which selection
 * @param numSeconds    dur; 0 = the length of {@code audioScores}
 * @param maxSteps      the step budget (≥ 1)
 * @param seed          epic_random without a video id: the seed bits (read unsigned)
 * @param videoId       epic_random: when non-empty the seed is md5(video_id) ({@link EpicSeeds})
 * @param audioScores   epic_audio_anchored: per-second energy scores (len = dur)
 * @param oracleAnchors epic_oracle: ground-truth segment centres, longest segment first
 */
public record EpicSelectionRequest(EpicMethod method, int numSeconds, int maxSteps, long seed, String videoId,
                                   double[] audioScores, int[] oracleAnchors) {
    public EpicSelectionRequest {
        audioScores = audioScores == null ? new double[0] : audioScores.clone();
        oracleAnchors = oracleAnchors == null ? new int[0] : oracleAnchors.clone();
        videoId = videoId == null ? "" : videoId;
    }
}
