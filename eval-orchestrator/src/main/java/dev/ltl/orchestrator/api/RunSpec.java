package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.ave.AveOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated request for one run: what to run and with which options, built from a
 * {@code StartRun} by {@link RunOptionsMapper} and carried out by a {@link RunExecutor}.
 */
public sealed interface RunSpec permits RunSpec.Sweep, RunSpec.ConfigRun, RunSpec.Diagnose {

    /** Where the run writes its artifacts (reported as the status' {@code out_dir}). */
    Path outDir();

    /** {@code ltl ave sweep}: a candidate set on the eval split, then sweep_summary.json and best_config.json. */
    record Sweep(AveOptions options, String candidateSet, double pFilter) implements RunSpec {
        public Sweep {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(candidateSet, "candidateSet");
        }

        @Override
        public Path outDir() {
            return options.outDir();
        }
    }

    /** {@code ltl ave run}: the baselines of one best_config.json on the eval split, then metrics.json. */
    record ConfigRun(AveOptions options, Path config, List<String> baselines) implements RunSpec {
        public ConfigRun {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(config, "config");
            baselines = List.copyOf(baselines);
        }

        @Override
        public Path outDir() {
            return options.outDir();
        }
    }

    /** {@code ltl ave diagnose}: diagnose.json from a metrics.json and the AVE annotations. */
    record Diagnose(Path metaDir, Path metricsFile, Path outFile) implements RunSpec {
        public Diagnose {
            Objects.requireNonNull(metaDir, "metaDir");
            Objects.requireNonNull(metricsFile, "metricsFile");
            Objects.requireNonNull(outFile, "outFile");
        }

        @Override
        public Path outDir() {
            return outFile.getParent();
        }
    }
}
