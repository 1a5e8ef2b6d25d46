package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.epic.EpicOptions;
import dev.ltl.eval.engine.qa.QaEvalConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated request for one run: what to run and with which options, built from a
 * {@code StartRun} by {@link RunOptionsMapper} and carried out by a {@link RunExecutor}.
 */
public sealed interface RunSpec permits RunSpec.Sweep, RunSpec.ConfigRun, RunSpec.Diagnose, RunSpec.QaEval,
        RunSpec.QaFaithfulness, RunSpec.QaBuckets, RunSpec.EpicEval {

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

    /** {@code ltl qa eval}: predictions.jsonl + metrics.json in {@code out}, resumable. */
    record QaEval(QaEvalConfig config, Path outDir) implements RunSpec {
        public QaEval {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(outDir, "outDir");
        }
    }

    /** {@code ltl qa faithfulness}: rows.jsonl + faithfulness.json for one method, resumable. */
    record QaFaithfulness(QaEvalConfig config, String method, Path outDir) implements RunSpec {
        public QaFaithfulness {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(outDir, "outDir");
        }
    }

    /**
     * {@code ltl qa buckets}: buckets.json + buckets.md from a predictions.jsonl.
     *
     * @param methods    null: the predictions header's
     * @param bucketKeys null: the default keys the rows carry
     * @param qbarMethod null: the default
     */
    record QaBuckets(Path predictions, Path outDir, List<String> methods, List<String> bucketKeys, int nBoot,
                     long seed, String qbarMethod) implements RunSpec {
        public QaBuckets {
            Objects.requireNonNull(predictions, "predictions");
            Objects.requireNonNull(outDir, "outDir");
            methods = methods == null ? null : List.copyOf(methods);
            bucketKeys = bucketKeys == null ? null : List.copyOf(bucketKeys);
        }
    }

    /** {@code ltl epic eval}: the EPIC-SOUNDS multi-label evaluation, metrics.json in the options' out dir. */
    record EpicEval(EpicOptions options) implements RunSpec {
        public EpicEval {
            Objects.requireNonNull(options, "options");
        }

        @Override
        public Path outDir() {
            return options.outDir();
        }
    }
}
