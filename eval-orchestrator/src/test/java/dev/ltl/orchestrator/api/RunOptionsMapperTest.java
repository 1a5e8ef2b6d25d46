package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.ltl.eval.data.AveSplit;
import dev.ltl.eval.engine.ave.AveOptions;
import dev.ltl.proto.orchestrator.v1.RunKind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOptionsMapperTest {
    private static final Path BASE = Path.of("/srv/ltl");
    private final RunOptionsMapper mapper = new RunOptionsMapper(BASE);

    @Test
    void sweepTakesTheCliDefaultsAndDerivesVideosCacheAndRunStoreKey() {
        RunSpec.Sweep sweep = (RunSpec.Sweep) mapper.map(RunKind.RUN_KIND_AVE_SWEEP, "nightly",
                Map.of("ave", "/data/ave", "out", "/runs/x"));

        AveOptions o = sweep.options();
        assertThat(sweep.candidateSet()).isEqualTo("ltl_top1med_norm_v1");
        assertThat(sweep.pFilter()).isEqualTo(0.1);
        assertThat(o.metaDir()).isEqualTo(Path.of("/data/ave"));
        assertThat(o.videosDir()).isEqualTo(Path.of("/data/ave/videos"));
        assertThat(o.outDir()).isEqualTo(Path.of("/runs/x"));
        assertThat(o.cacheDir()).isEqualTo(Path.of("/runs/feature-cache"));
        assertThat(o.runId()).isEqualTo("nightly");
        assertThat(o.evalSplit()).isEqualTo(AveSplit.VAL);
        assertThat(o.seeds()).containsExactly(0, 1, 2);
        assertThat(o.eventnessMethod()).isEqualTo("energy_stride_max");
        assertThat(o.backbone()).isEqualTo("mobilenetv2-12-int8-dyn");
        assertThat(List.of(o.eventnessTarget(), o.plannerTarget(), o.vlmTarget()))
                .containsExactly("localhost:8081", "localhost:8082", "localhost:8083");
        assertThat(o.settings().optimizer().epochs()).isEqualTo(5);
        assertThat(o.settings().optimizer().batchSize()).isEqualTo(16);
        assertThat(o.settings().optimizer().learningRate()).isEqualTo(0.002f);
        assertThat(o.settings().optimizer().weightDecay()).isZero();
        assertThat(List.of(o.workers(), o.threadsPerTraining(), o.limitTrain(), o.limitEval()))
                .containsExactly(2, 1, 0, 0);
        assertThat(o.allowMissing()).isFalse();
        assertThat(o.scoresJson()).isNull();
        assertThat(o.importNpz()).isNull();
        assertThat(sweep.outDir()).isEqualTo(Path.of("/runs/x"));
    }

    @Test
    void everyOptionIsMappedWithStructTypedValues() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("meta", "/meta");
        options.put("videos", "/videos");
        options.put("out", "/runs/y");
        options.put("run_id", "store-key");
        options.put("seeds", List.of(3.0, 4.0));
        options.put("split", "test");
        options.put("allow_missing", true);
        options.put("limit_train", 30.0);
        options.put("limit_eval", 12.0);
        options.put("eventness_method", "energy");
        options.put("scores_json", "/s.json");
        options.put("backbone", "clip-vit-b16");
        options.put("cache", "/cache");
        options.put("import_npz", "/npz");
        options.put("eventness", "e:1");
        options.put("planner", "p:2");
        options.put("vlm", "v:3");
        options.put("epochs", 1.0);
        options.put("batch_size", 8.0);
        options.put("lr", 0.01);
        options.put("weight_decay", 0.5);
        options.put("workers", 4.0);
        options.put("threads_per_training", 2.0);
        options.put("candidate_set", "ltl_gini_v2");
        options.put("p_filter", 0.05);

        RunSpec.Sweep sweep = (RunSpec.Sweep) mapper.map(RunKind.RUN_KIND_AVE_SWEEP, "id", options);

        AveOptions o = sweep.options();
        assertThat(sweep.candidateSet()).isEqualTo("ltl_gini_v2");
        assertThat(sweep.pFilter()).isEqualTo(0.05);
        assertThat(o.metaDir()).isEqualTo(Path.of("/meta"));
        assertThat(o.videosDir()).isEqualTo(Path.of("/videos"));
        assertThat(o.runId()).isEqualTo("store-key");
        assertThat(o.seeds()).containsExactly(3, 4);
        assertThat(o.evalSplit()).isEqualTo(AveSplit.TEST);
        assertThat(o.allowMissing()).isTrue();
        assertThat(o.limitTrain()).isEqualTo(30);
        assertThat(o.limitEval()).isEqualTo(12);
        assertThat(o.eventnessMethod()).isEqualTo("energy");
        assertThat(o.scoresJson()).isEqualTo(Path.of("/s.json"));
        assertThat(o.backbone()).isEqualTo("clip-vit-b16");
        assertThat(o.cacheDir()).isEqualTo(Path.of("/cache"));
        assertThat(o.importNpz()).isEqualTo(Path.of("/npz"));
        assertThat(List.of(o.eventnessTarget(), o.plannerTarget(), o.vlmTarget())).containsExactly("e:1", "p:2", "v:3");
        assertThat(o.settings().optimizer().epochs()).isEqualTo(1);
        assertThat(o.settings().optimizer().batchSize()).isEqualTo(8);
        assertThat(o.settings().optimizer().learningRate()).isEqualTo(0.01f);
        assertThat(o.settings().optimizer().weightDecay()).isEqualTo(0.5f);
        assertThat(o.workers()).isEqualTo(4);
        assertThat(o.threadsPerTraining()).isEqualTo(2);
    }

    @Test
    void runDefaultsToTestAndTheFiveReferenceBaselines() {
        RunSpec.ConfigRun run = (RunSpec.ConfigRun) mapper.map(RunKind.RUN_KIND_AVE_RUN, "t",
                Map.of("ave", "/data", "out", "/runs/test", "config", "/runs/sweep/best_config.json"));

        assertThat(run.config()).isEqualTo(Path.of("/runs/sweep/best_config.json"));
        assertThat(run.options().evalSplit()).isEqualTo(AveSplit.TEST);
        assertThat(run.baselines())
                .containsExactly("uniform", "uniform_low", "random_top2", "anchored_top2", "oracle_top2");
    }

    @Test
    void listsComeAsJsonListsOrLikeTheCliAsCommaSeparatedStrings() {
        RunSpec.ConfigRun run = (RunSpec.ConfigRun) mapper.map(RunKind.RUN_KIND_AVE_RUN, "t",
                Map.of("ave", "/d", "out", "/o", "config", "/c.json", "seeds", "0, 1,2",
                        "baselines", "uniform,anchored_top2"));

        assertThat(run.options().seeds()).containsExactly(0, 1, 2);
        assertThat(run.baselines()).containsExactly("uniform", "anchored_top2");
    }

    @Test
    void kebabCaseNamesAsOnTheCommandLineAreAccepted() {
        RunSpec.Sweep sweep = (RunSpec.Sweep) mapper.map(RunKind.RUN_KIND_AVE_SWEEP, "id",
                Map.of("ave", "/d", "out", "/o", "candidate-set", "energy_v2", "limit-eval", 7.0));

        assertThat(sweep.candidateSet()).isEqualTo("energy_v2");
        assertThat(sweep.options().limitEval()).isEqualTo(7);
    }

    @Test
    void theSameOptionInBothSpellingsIsRejected() {
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, Map.of("ave", "/d", "out", "/o", "run_id", "a", "run-id", "b"),
                "run_id", "given twice");
    }

    @Test
    void relativePathsResolveAgainstTheBaseDirectory() {
        RunSpec.Sweep sweep = (RunSpec.Sweep) mapper.map(RunKind.RUN_KIND_AVE_SWEEP, "id",
                Map.of("ave", "data/ave", "out", "runs/../runs/x"));

        assertThat(sweep.options().metaDir()).isEqualTo(Path.of("/srv/ltl/data/ave"));
        assertThat(sweep.options().outDir()).isEqualTo(Path.of("/srv/ltl/runs/x"));
    }

    @Test
    void diagnoseWritesBesideTheMetricsUnlessOutIsGiven() {
        RunSpec.Diagnose byDefault = (RunSpec.Diagnose) mapper.map(RunKind.RUN_KIND_AVE_DIAGNOSE, "d",
                Map.of("ave", "/data", "metrics", "/runs/test/metrics.json"));
        RunSpec.Diagnose explicit = (RunSpec.Diagnose) mapper.map(RunKind.RUN_KIND_AVE_DIAGNOSE, "d",
                Map.of("meta", "/meta", "metrics", "/m.json", "out", "/reports/d.json"));

        assertThat(byDefault.outFile()).isEqualTo(Path.of("/runs/test/diagnose.json"));
        assertThat(byDefault.metaDir()).isEqualTo(Path.of("/data"));
        assertThat(byDefault.outDir()).isEqualTo(Path.of("/runs/test"));
        assertThat(explicit.outFile()).isEqualTo(Path.of("/reports/d.json"));
        assertThat(explicit.metaDir()).isEqualTo(Path.of("/meta"));
    }

    @Test
    void aStructNullMeansNotSet() {
        Map<String, Object> options = new HashMap<>(Map.of("ave", "/d", "out", "/o"));
        options.put("cache", null);

        RunSpec.Sweep sweep = (RunSpec.Sweep) mapper.map(RunKind.RUN_KIND_AVE_SWEEP, "id", options);

        assertThat(sweep.options().cacheDir()).isEqualTo(Path.of("/feature-cache"));
    }

    @Test
    void wrongTypesAndRangesNameTheOption() {
        Map<String, Object> base = Map.of("ave", "/d", "out", "/o");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "seeds", List.of(0.0, 0.5)), "seeds", "whole number");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "seeds", "0,x"), "seeds", "whole number");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "seeds", List.of()), "seeds", "must not be empty");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "seeds", 3.0), "seeds", "a list");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "epochs", "5"), "epochs", "whole number");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "epochs", 0.0), "epochs", "at least 1");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "limit_train", -1.0), "limit_train", "at least 0");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "allow_missing", "yes"), "allow_missing", "true or false");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "lr", 0.0), "lr", "positive");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "p_filter", 1.5), "p_filter", "[0.0, 1.0]");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "out", 3.0), "out", "string");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "backbone", ""), "backbone", "non-empty");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "split", "train"), "split", "val or test");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, with(base, "candidate_set", "ltl_nope"), "candidate_set",
                "unknown candidate_set");
        assertRejected(RunKind.RUN_KIND_AVE_RUN, with(with(base, "config", "/c.json"), "baselines", List.of("uniform",
                "best_guess")), "baselines", "best_guess");
    }

    @Test
    void missingRequiredOptionsAreNamed() {
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, Map.of("ave", "/d"), "out", "required");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, Map.of("out", "/o"), "ave", "ave");
        assertRejected(RunKind.RUN_KIND_AVE_RUN, Map.of("ave", "/d", "out", "/o"), "config", "required");
        assertRejected(RunKind.RUN_KIND_AVE_DIAGNOSE, Map.of("ave", "/d"), "metrics", "required");
    }

    @Test
    void optionsOfAnotherKindOrWithTyposAreRejectedNotIgnored() {
        assertRejected(RunKind.RUN_KIND_AVE_RUN, Map.of("ave", "/d", "out", "/o", "config", "/c.json",
                "candidate_set", "energy_v2"), "candidate_set", "does not apply to RUN_KIND_AVE_RUN");
        assertRejected(RunKind.RUN_KIND_AVE_SWEEP, Map.of("ave", "/d", "out", "/o", "epoch", 3.0), "epoch",
                "known options");
    }

    @Test
    void anUnspecifiedKindIsRejected() {
        assertRejected(RunKind.RUN_KIND_UNSPECIFIED, Map.of("ave", "/d", "out", "/o"), "kind", "RUN_KIND_AVE_SWEEP");
    }

    @Test
    void structValuesBecomePlainJavaValues() {
        Struct struct = Struct.newBuilder()
                .putFields("s", Value.newBuilder().setStringValue("x").build())
                .putFields("n", Value.newBuilder().setNumberValue(2).build())
                .putFields("b", Value.newBuilder().setBoolValue(true).build())
                .putFields("z", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("l", Value.newBuilder().setListValue(ListValue.newBuilder()
                        .addValues(Value.newBuilder().setNumberValue(1))
                        .addValues(Value.newBuilder().setStringValue("y"))).build())
                .putFields("m", Value.newBuilder().setStructValue(Struct.newBuilder()
                        .putFields("k", Value.newBuilder().setBoolValue(false).build())).build())
                .build();

        Map<String, Object> map = StructMaps.toMap(struct);

        assertThat(map).containsEntry("s", "x").containsEntry("n", 2.0).containsEntry("b", true)
                .containsEntry("z", null).containsEntry("l", List.of(1.0, "y")).containsEntry("m", Map.of("k", false));
    }

    private void assertRejected(RunKind kind, Map<String, ?> options, String option, String messagePart) {
        assertThatThrownBy(() -> mapper.map(kind, "id", options))
                .isInstanceOfSatisfying(InvalidRunOptionException.class, e -> {
                    assertThat(e.option()).isEqualTo(option);
                    assertThat(e.getMessage()).contains(option).contains(messagePart);
                });
    }

    private static Map<String, Object> with(Map<String, ?> base, String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        out.put(key, value);
        return out;
    }
}
