package dev.ltl.orchestrator.api;

import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.eval.engine.ave.Baselines;
import dev.ltl.eval.engine.ave.TrainSettings;
import dev.ltl.eval.sweep.CandidateSets;
import dev.ltl.eval.train.domain.OptimizerConfig;
import dev.ltl.proto.orchestrator.v1.RunKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RunSpec} from a run's option map, with the names and defaults of the
 * {@code ltl ave sweep | run | diagnose} options ({@code --candidate-set} is {@code candidate_set}),
 * and for the QA kinds those of {@code ltl qa eval | faithfulness | buckets} ({@link QaRunOptions}),
 * for the EPIC kind those of {@code ltl epic eval} ({@link EpicRunOptions}).
 * Pure: it checks types, ranges and names, never the file system — a missing directory fails the
 * run itself, with the engine's message. Every error is an {@link InvalidRunOptionException}
 * naming the option.
 */
public final class RunOptionsMapper {
    public static final String DEFAULT_CANDIDATE_SET = CandidateSets.LTL_TOP1MED_NORM_V1;
    public static final double DEFAULT_P_FILTER = 0.1;
    public static final List<Integer> DEFAULT_SEEDS = List.of(0, 1, 2);
    public static final List<String> DEFAULT_BASELINES = List.of(Baselines.UNIFORM, Baselines.UNIFORM_LOW,
            Baselines.RANDOM, Baselines.ANCHORED, Baselines.ORACLE);

    private final Path baseDir;

    /**
     * @param baseDir what relative paths in the options resolve against ([AMBIG] the spec leaves it
     *                open; we take the server's directory at start-up, so a path means the same
     *                thing for every run, and recommend absolute paths)
     */
    public RunOptionsMapper(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * @param runId   the client's run id, also the run-store key unless the options give {@code run_id}
     * @param options option name to value (String, Number, Boolean, List, Map or null)
     */
    public RunSpec map(RunKind kind, String runId, Map<String, ?> options) {
        OptionReader reader = new OptionReader(options, baseDir);
        RunSpec spec = switch (kind) {
            case RUN_KIND_AVE_SWEEP -> sweep(reader, runId);
            case RUN_KIND_AVE_RUN -> configRun(reader, runId);
            case RUN_KIND_AVE_DIAGNOSE -> diagnose(reader);
            case RUN_KIND_QA_EVAL -> QaRunOptions.eval(reader);
            case RUN_KIND_QA_FAITHFULNESS -> QaRunOptions.faithfulness(reader);
            case RUN_KIND_QA_BUCKETS -> QaRunOptions.buckets(reader);
            case RUN_KIND_EPIC_EVAL -> EpicRunOptions.eval(reader);
            default -> throw new InvalidRunOptionException("kind", "kind must be RUN_KIND_AVE_SWEEP, RUN_KIND_AVE_RUN, "
                    + "RUN_KIND_AVE_DIAGNOSE, RUN_KIND_QA_EVAL, _FAITHFULNESS, _BUCKETS or RUN_KIND_EPIC_EVAL, got " + kind);
        };
        reader.rejectUnknown(kind.name());
        return spec;
    }

    private RunSpec.Sweep sweep(OptionReader r, String runId) {
        String candidateSet = r.string("candidate_set", DEFAULT_CANDIDATE_SET);
        if (!CandidateSets.names().contains(candidateSet)) {
            throw new InvalidRunOptionException("candidate_set", "unknown candidate_set '" + candidateSet
                    + "'; known: " + CandidateSets.names());
        }
        double pFilter = r.number("p_filter", DEFAULT_P_FILTER, 0, 1);
        return new RunSpec.Sweep(aveOptions(r, runId, AveSplit.VAL), candidateSet, pFilter);
    }

    private RunSpec.ConfigRun configRun(OptionReader r, String runId) {
        Path config = r.requiredPath("config");
        List<String> baselines = r.strings("baselines", DEFAULT_BASELINES);
        for (String baseline : baselines) {
            if (!Baselines.ALL.contains(baseline)) {
                throw new InvalidRunOptionException("baselines", "unknown baseline '" + baseline + "' in baselines; "
                        + "known: " + Baselines.ALL);
            }
        }
        return new RunSpec.ConfigRun(aveOptions(r, runId, AveSplit.TEST), config, baselines);
    }

    private RunSpec.Diagnose diagnose(OptionReader r) {
        Path metrics = r.requiredPath("metrics");
        Path metaDir = metaDir(r);
        Path out = r.path("out");
        return new RunSpec.Diagnose(metaDir, metrics, out != null ? out : metrics.resolveSibling("diagnose.json"));
    }

    /** The session options shared by sweep and run, with the CLI's defaults and derivations. */
    private AveOptions aveOptions(OptionReader r, String runId, AveSplit defaultSplit) {
        Path ave = r.path("ave");
        Path metaDir = metaDir(r);
        Path videos = r.path("videos");
        Path videosDir = videos != null ? videos : ave != null ? ave.resolve("videos") : null;
        Path outDir = r.requiredPath("out");
        Path cache = r.path("cache");
        AveSplit split = split(r.string("split", defaultSplit.shortName()));
        double lr = r.number("lr", 0.002, 0, 10);
        if (lr <= 0) {
            throw new InvalidRunOptionException("lr", "option lr must be positive, got " + lr);
        }
        OptimizerConfig optimizer = new OptimizerConfig(r.integer("epochs", 5, 1), r.integer("batch_size", 16, 1),
                (float) lr, (float) r.number("weight_decay", 0, 0, 10));
        return new AveOptions(metaDir, videosDir, outDir, r.string("run_id", runId), split,
                r.flag("allow_missing", false),
                r.integer("limit_train", 0, 0),
                r.integer("limit_eval", 0, 0),
                r.integers("seeds", DEFAULT_SEEDS),
                r.string("eventness_method", "energy_stride_max"),
                r.path("scores_json"),
                r.string("backbone", "mobilenetv2-12-int8-dyn"),
                cache != null ? cache : outDir.resolveSibling("feature-cache"),
                r.path("import_npz"),
                r.string("eventness", "localhost:8081"),
                r.string("planner", "localhost:8082"),
                r.string("vlm", "localhost:8083"),
                new TrainSettings(optimizer),
                r.integer("workers", 2, 1),
                r.integer("threads_per_training", 1, 1));
    }

    /** {@code meta}, else {@code ave} (the AVE layout keeps its metadata at the top). */
    private static Path metaDir(OptionReader r) {
        Path ave = r.path("ave");
        Path meta = r.path("meta");
        if (meta == null && ave == null) {
            throw new InvalidRunOptionException("ave", "give option ave (an AVE-layout directory) or meta");
        }
        return meta != null ? meta : ave;
    }

    private static AveSplit split(String name) {
        return switch (name) {
            case "val" -> AveSplit.VAL;
            case "test" -> AveSplit.TEST;
            default -> throw new InvalidRunOptionException("split", "split must be val or test, got '" + name + "'");
        };
    }
}
