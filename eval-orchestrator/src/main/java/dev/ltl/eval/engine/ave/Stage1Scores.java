package dev.ltl.eval.engine.ave;

import dev.ltl.eval.cache.EventnessScores;
import dev.ltl.eval.cache.EventnessScoresFile;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.EventnessClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stage-1 scores of clips kept in a scores file ({@code eventness_scores.json} format): what the
 * file already holds is reused, the rest is scored through eventness-svc in batches and the file
 * is saved after every batch, so a killed run keeps the scores it already paid for.
 */
public final class Stage1Scores {
    private static final int BATCH = 32;

    private Stage1Scores() {
    }

    /**
     * @param file     the scores file (created or extended)
     * @param method   eventness-svc method; the file must hold this method's scores
     * @param ids      clips to score
     * @param videoOf  clip id → its video file
     * @param client   eventness-svc client, or null when every clip must already be in the file
     * @return clip id → per-second scores, in {@code ids} order
     */
    public static Map<String, double[]> fetch(Path file, String method, List<String> ids, Function<String, Path> videoOf,
                                              EventnessClient client, AccountingLedger ledger, Progress progress)
            throws IOException, InterruptedException {
        EventnessScores scores = Files.exists(file) ? EventnessScoresFile.read(file)
                : EventnessScores.empty(method, AveOptions.NUM_SECONDS);
        if (!scores.method().equals(method)) {
            throw new IllegalStateException(file + " holds '" + scores.method() + "' scores, not '" + method
                    + "': use another --out or the same method");
        }
        List<String> missing = scores.missingIds(ids);
        if (!missing.isEmpty() && client == null) {
            throw new IllegalStateException(missing.size() + " clips have no '" + method + "' scores; give the videos"
                    + " and an eventness-svc target, or a scores file");
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            Map<String, Path> videos = new LinkedHashMap<>();
            for (String id : missing.subList(from, Math.min(missing.size(), from + BATCH))) {
                videos.put(id, videoOf.apply(id));
            }
            scores = scores.withScores(client.scoreAll(videos, method, AveOptions.NUM_SECONDS,
                    accounting -> ledger.record("eventness/ScoreStream", null, accounting)));
            EventnessScoresFile.write(file, scores);
            progress.update(0, 0, "scored " + Math.min(missing.size(), from + BATCH) + "/" + missing.size()
                    + " clips with " + method);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, scores.scoresOf(id));
        }
        return out;
    }
}
