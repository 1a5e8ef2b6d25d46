package dev.ltl.orchestrator.cli;

import dev.ltl.eval.simulate.SimulatedAve;
import dev.ltl.eval.simulate.SimulationResult;
import dev.ltl.eval.simulate.SimulationSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ltl simulate ave}: writes a simulated AVE-format benchmark. */
@Command(name = "simulate", description = "Generate simulated benchmarks.", subcommands = {SimulateCommand.Ave.class, SimulateFeaturesCommand.class, SimulateVlmCommand.class, SimulateQaCommand.class, SimulateEpicCommand.class})
public final class SimulateCommand {

    @Command(name = "ave", mixinStandardHelpOptions = true,
            description = "Write AVE-format videos, annotations and splits where sounds mark the event seconds and "
                    + "the class is visible only in fine detail.")
    static final class Ave implements Callable<Integer> {
        @Option(names = "--out", required = true, description = "Output directory.")
        Path out;

        @Option(names = "--clips", defaultValue = "60", description = "Number of 10-s clips (default ${DEFAULT-VALUE}).")
        int clips;

        @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--classes", defaultValue = "5", description = "Event classes (default ${DEFAULT-VALUE}).")
        int classes;

        @Option(names = "--av-offset", defaultValue = "0", description = "Seconds the sound lags the visible event.")
        int avOffset;

        @Option(names = "--noise", description = "Background noise level (std, full scale 1).")
        Double noise;

        @Option(names = "--distractors", description = "Probability of a distractor sound per non-event second.")
        Double distractors;

        @Override
        public Integer call() throws Exception {
            SimulationSpec spec = SimulationSpec.defaults(clips, seed).withClasses(classes).withAvOffsetSeconds(avOffset);
            if (noise != null) {
                spec = spec.withNoiseLevel(noise);
            }
            if (distractors != null) {
                spec = spec.withDistractorProbability(distractors);
            }
            SimulationResult result = SimulatedAve.write(out, spec);
            System.out.printf("wrote %d clips to %s (videos in %s)%n", result.clips().size(), result.metaDir(),
                    result.videosDir());
            return 0;
        }
    }
}
