package dev.ltl.orchestrator.api;

import dev.ltl.eval.engine.epic.EpicOptions;
import dev.ltl.eval.simulate.epic.SimulatedEpic;
import dev.ltl.eval.train.domain.MultiLabelConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The EPIC run kind's options, named as the {@code ltl epic eval} options ({@code --max-steps} is
 * {@code max_steps}), with the CLI's defaults. An {@code epic} directory (what {@code ltl simulate epic}
 * writes) supplies the annotation CSVs, split files and videos unless they are given one by one.
 */
final class EpicRunOptions {
    private EpicRunOptions() {
    }

    static RunSpec.EpicEval eval(OptionReader r) {
        Path epic = r.path("epic");
        Path trainCsv = r.path("train_csv");
        Path valCsv = r.path("val_csv");
        Path videos = r.path("videos");
        if (epic == null && (trainCsv == null || valCsv == null || videos == null)) {
            throw new InvalidRunOptionException("epic", "give epic (an EPIC-layout directory), or train_csv, val_csv "
                    + "and videos");
        }
        Path out = r.requiredPath("out");
        Path cache = r.path("cache");
        Path trainIds = r.path("train_ids");
        Path valIds = r.path("val_ids");
        MultiLabelConfig reference = MultiLabelConfig.reference();
        MultiLabelConfig training = new MultiLabelConfig(r.integer("hidden", reference.hiddenDim(), 1),
                (float) r.number("dropout", reference.dropout(), 0, 1),
                (float) r.number("lr", reference.learningRate(), 0, Double.MAX_VALUE),
                (float) r.number("weight_decay", reference.weightDecay(), 0, Double.MAX_VALUE),
                r.integer("epochs", reference.epochs(), 1), r.integer("batch_size", reference.batchSize(), 1));
        List<Long> seeds = r.integers("seeds", List.of(0, 1, 2)).stream().map(Integer::longValue).toList();
        List<String> methods = r.strings("methods", EpicOptions.ALL_METHODS);
        for (String method : methods) {
            if (!EpicOptions.ALL_METHODS.contains(method)) {
                throw new InvalidRunOptionException("methods", "unknown EPIC method '" + method + "'; known: "
                        + EpicOptions.ALL_METHODS);
            }
        }
        if (seeds.isEmpty() || methods.isEmpty()) {
            throw new InvalidRunOptionException(seeds.isEmpty() ? "seeds" : "methods", "must not be empty");
        }
        EpicOptions options = new EpicOptions(
                trainCsv != null ? trainCsv : epic.resolve(SimulatedEpic.TRAIN_CSV),
                valCsv != null ? valCsv : epic.resolve(SimulatedEpic.VAL_CSV),
                trainIds != null ? trainIds : splitFile(epic, SimulatedEpic.TRAIN_IDS),
                valIds != null ? valIds : splitFile(epic, SimulatedEpic.VAL_IDS),
                videos != null ? videos : epic.resolve(SimulatedEpic.VIDEOS_DIR), out,
                cache != null ? cache : out.resolveSibling("feature-cache"), methods,
                r.integer("max_steps", 120, 1), r.integer("max_seconds", 120, 1), seeds, training,
                r.string("backbone", "mobilenetv2-12-int8-dyn"), r.string("eventness_method", "energy"),
                r.integer("limit_train", 0, 0), r.integer("limit_val", 0, 0),
                r.string("eventness", "localhost:8081"), r.string("planner", "localhost:8082"),
                r.string("vlm", "localhost:8083"), r.integer("threads_per_training", 1, 1));
        return new RunSpec.EpicEval(options);
    }

    /** The simulated layout's split file when the directory has one (the run reads it then). */
    private static Path splitFile(Path epic, String name) {
        return epic == null ? null : epic.resolve(name).toFile().isFile() ? epic.resolve(name) : null;
    }
}
