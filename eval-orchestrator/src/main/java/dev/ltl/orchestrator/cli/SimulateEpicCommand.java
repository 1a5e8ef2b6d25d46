package dev.ltl.orchestrator.cli;

import dev.ltl.eval.simulate.epic.SimulatedEpic;
import dev.ltl.eval.simulate.epic.SimulatedEpicResult;
import dev.ltl.eval.simulate.epic.SimulatedEpicSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ltl simulate epic}: an EPIC-SOUNDS-format benchmark from the AVE simulator's events. */
@Command(name = "epic", mixinStandardHelpOptions = true,
        description = "Write EPIC-SOUNDS-format annotation CSVs, split files and 30-60 s videos with several "
                + "labelled sound segments each (the class sounds while its striped patch is visible).")
final class SimulateEpicCommand implements Callable<Integer> {
    @Option(names = "--out", required = true) Path out;
    @Option(names = "--train", defaultValue = "24", description = "Train videos (default ${DEFAULT-VALUE}).") int train;
    @Option(names = "--val", defaultValue = "12", description = "Val videos (default ${DEFAULT-VALUE}).") int val;
    @Option(names = "--min-seconds", defaultValue = "30") int minSeconds;
    @Option(names = "--max-seconds", defaultValue = "60") int maxSeconds;
    @Option(names = "--min-segments", defaultValue = "2") int minSegments;
    @Option(names = "--max-segments", defaultValue = "4") int maxSegments;
    @Option(names = "--classes", defaultValue = "6") int classes;
    @Option(names = "--seed", defaultValue = "0") long seed;
    @Option(names = "--frame-size", defaultValue = "224") int frameSize;
    @Option(names = "--noise", defaultValue = "0.01") double noise;

    @Override
    public Integer call() throws Exception {
        SimulatedEpicResult result = SimulatedEpic.generate(out, new SimulatedEpicSpec(train, val, minSeconds,
                maxSeconds, minSegments, maxSegments, classes, seed, frameSize, noise));
        System.out.println("wrote " + result.videos().size() + " videos, " + result.trainCsv().getFileName() + " and "
                + result.valCsv().getFileName() + " to " + result.outDir());
        return 0;
    }
}
