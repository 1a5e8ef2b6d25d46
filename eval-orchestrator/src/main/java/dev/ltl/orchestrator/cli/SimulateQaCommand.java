package dev.ltl.orchestrator.cli;

import dev.ltl.eval.simulate.qa.SimulatedQa;
import dev.ltl.eval.simulate.qa.SimulatedQaResult;
import dev.ltl.eval.simulate.qa.SimulatedQaSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl simulate qa}: writes the simulated long-video QA benchmark (videos, questions.jsonl, word transcripts)
 * that {@code ltl qa eval --format jsonl} runs on end to end.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Write long simulated videos with audio-marked events, multiple-choice questions about them "
                + "(questions.jsonl, generic JSONL format) and word-timestamp transcripts.")
final class SimulateQaCommand implements Callable<Integer> {

    private static final SimulatedQaSpec DEFAULTS = SimulatedQaSpec.defaults();

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--videos", description = "Number of videos (default 12).")
    int videos = DEFAULTS.numVideos();

    @Option(names = "--seconds", description = "Length of each video in seconds (default 90).")
    int seconds = DEFAULTS.seconds();

    @Option(names = "--events", description = "Audio-visual events per video (default 3).")
    int events = DEFAULTS.eventsPerVideo();

    @Option(names = "--options", description = "Options per question, e.g. 4 or 5 (default 4).")
    int options = DEFAULTS.optionsPerQuestion();

    @Option(names = "--questions", description = "Questions per video (default 4).")
    int questions = DEFAULTS.questionsPerVideo();

    @Option(names = "--seed", description = "Seed (default 0).")
    long seed = DEFAULTS.seed();

    @Option(names = "--frame-size", description = "Square frame size in pixels (default 224).")
    int frameSize = DEFAULTS.frameSize();

    @Option(names = "--classes", description = "Event classes, at most 8 (default 6).")
    int classes = DEFAULTS.classes();

    @Option(names = "--noise", description = "Background noise level (std, full scale 1; default 0.01).")
    double noise = DEFAULTS.noiseLevel();

    @Option(names = "--distractors", description = "Probability of a distractor sound per non-event second "
            + "(default 0.1).")
    double distractors = DEFAULTS.distractorProbability();

    @Option(names = "--event-seconds", description = "Event length range MIN-MAX in seconds (default 2-5).")
    String eventSeconds = DEFAULTS.minEventSeconds() + "-" + DEFAULTS.maxEventSeconds();

    @Option(names = "--threads", description = "Encoding threads (default: min(4, cores)).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        String[] range = eventSeconds.split("-", 2);
        if (range.length != 2) {
            throw new IllegalArgumentException("--event-seconds must be MIN-MAX, got " + eventSeconds);
        }
        SimulatedQaSpec spec = new SimulatedQaSpec(videos, seconds, events, options, questions, seed, frameSize,
                classes, noise, distractors, Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip()));
        SimulatedQaResult result = threads == null ? SimulatedQa.generate(out, spec)
                : SimulatedQa.generate(out, spec, threads);
        System.out.printf("wrote %d videos of %d s to %s%n", result.videos().size(), spec.seconds(),
                result.videosDir());
        System.out.printf("wrote %d questions to %s%n", result.questions().size(), result.questionsFile());
        System.out.printf("wrote word transcripts to %s and the truth to %s%n", result.wordsDir(),
                result.outDir().resolve(SimulatedQa.TRUTH_FILE));
        return 0;
    }
}
