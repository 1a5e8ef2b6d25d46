package dev.ltl.planner.domain.epic;

import dev.ltl.planner.domain.InvalidInputException;
import dev.ltl.planner.domain.MissingInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Validates an {@link EpicSelectionRequest} and answers with its {@link EpicPlan}: uniform and
 * random look at every chosen second at 224; audio_anchored and oracle run the hybrid selection
 * around their anchors and the {@link EqualBudgetPlan}. The plan never costs more than
 * max_steps · 196 tokens. Stateless and thread-safe.
 */
public final class EpicPlanner {

    public EpicPlan plan(EpicSelectionRequest request) {
        if (request.maxSteps() < 1) {
            throw new InvalidInputException("max_steps", "max_steps must be >= 1, got " + request.maxSteps());
        }
        int dur = seconds(request);
        return switch (request.method()) {
            case UNIFORM -> atBase(request, dur, request.seed(), EpicSelections.uniform(dur, request.maxSteps()), List.of());
            case RANDOM -> {
                long seed = request.videoId().isEmpty() ? request.seed() : EpicSeeds.videoSeed(request.videoId());
                yield atBase(request, dur, seed, EpicSelections.random(dur, request.maxSteps(), seed), List.of());
            }
            case AUDIO_ANCHORED -> {
                if (request.audioScores().length == 0) {
                    throw new MissingInputException("audio_scores", "epic_audio_anchored needs audio_scores "
                            + "(one energy score per second)");
                }
                yield anchored(request, dur, EpicSelections.topAnchors(request.audioScores(), EpicSelections.TOP_K_ANCHORS));
            }
            case ORACLE -> anchored(request, dur, oracleAnchors(request.oracleAnchors(), dur));
        };
    }

    private static EpicPlan atBase(EpicSelectionRequest request, int dur, long seed, List<Integer> seconds,
                                   List<Integer> anchors) {
        List<Integer> sorted = seconds.stream().sorted().toList();
        return new EpicPlan(request.method(), dur, request.maxSteps(), seed, sorted,
                sorted.stream().map(t -> EpicTokens.BASE_RES).toList(), anchors);
    }

    private static EpicPlan anchored(EpicSelectionRequest request, int dur, List<Integer> anchors) {
        List<Integer> priority = EpicSelections.hybrid(dur, anchors, request.maxSteps());
        int[] resolutions = EqualBudgetPlan.resolutions(priority, anchors);
        Integer[] order = IntStream.range(0, priority.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(priority::get));
        List<Integer> seconds = new ArrayList<>();
        List<Integer> sortedResolutions = new ArrayList<>();
        for (int position : order) {
            seconds.add(priority.get(position));
            sortedResolutions.add(resolutions[position]);
        }
        return new EpicPlan(request.method(), dur, request.maxSteps(), request.seed(), seconds, sortedResolutions, anchors);
    }

    /**
     * [AMBIG] The spec does not cap the oracle's anchors; we keep the first 10 distinct in-range
     * centres (the same k as the energy anchors) so both anchored methods see the same number of
     * dense windows. Centres at or past dur (segments beyond MAX_SECONDS) are dropped.
     */
    static List<Integer> oracleAnchors(int[] given, int dur) {
        return Arrays.stream(given).filter(t -> t < dur).distinct().limit(EpicSelections.TOP_K_ANCHORS).boxed().toList();
    }

    private static int seconds(EpicSelectionRequest request) {
        if (request.numSeconds() < 0) {
            throw new InvalidInputException("num_seconds", "num_seconds must be >= 0, got " + request.numSeconds());
        }
        int scores = request.audioScores().length;
        if (request.numSeconds() > 0 && scores > 0 && scores != request.numSeconds()) {
            throw new InvalidInputException("audio_scores", "audio_scores has " + scores + " values but num_seconds is "
                    + request.numSeconds());
        }
        for (double score : request.audioScores()) {
            if (!Double.isFinite(score)) {
                throw new InvalidInputException("audio_scores", "audio_scores must be finite");
            }
        }
        for (int anchor : request.oracleAnchors()) {
            if (anchor < 0) {
                throw new InvalidInputException("oracle_anchor_seconds", "oracle_anchor_seconds must be >= 0, got " + anchor);
            }
        }
        int dur = request.numSeconds() > 0 ? request.numSeconds() : scores;
        if (dur == 0) {
            throw new InvalidInputException("num_seconds", "the video length is unknown: give num_seconds or audio_scores");
        }
        return dur;
    }
}
