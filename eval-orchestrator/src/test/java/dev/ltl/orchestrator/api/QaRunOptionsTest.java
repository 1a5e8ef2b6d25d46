package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.engine.qa.QaEvalConfig;
import dev.ltl.proto.orchestrator.v1.RunKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaRunOptionsTest {
    private final RunOptionsMapper mapper = new RunOptionsMapper(Path.of("/srv/ltl"));

    private static Map<String, Object> evalOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("format", "jsonl");
        options.put("annotations", "data/questions.jsonl");
        options.put("video-dir", "/data/videos");
        options.put("out", "/runs/qa");
        return options;
    }

    @Test
    void qaEvalTakesTheCliNamesAndDefaults() {
        RunSpec.QaEval eval = (RunSpec.QaEval) mapper.map(RunKind.RUN_KIND_QA_EVAL, "q", evalOptions());
        QaEvalConfig config = eval.config();
        assertThat(eval.outDir()).isEqualTo(Path.of("/runs/qa"));
        assertThat(config.annotations()).isEqualTo(Path.of("/srv/ltl/data/questions.jsonl"));
        assertThat(config.cacheDir()).isEqualTo(Path.of("/runs/qa-cache"));
        assertThat(config.methods()).containsExactly("uniform", "random", "text_only", "audio", "cheap_visual",
                "fused");
        assertThat(config.budgetFrames()).isEqualTo(16);
        assertThat(config.maxSeconds()).isEqualTo(120);
        assertThat(config.strategy()).isEqualTo("letter_likelihood");
        assertThat(config.nBoot()).isEqualTo(300);
        assertThat(config.imageSize()).isEqualTo(QaEvalConfig.ImageSize.DEFAULT);
        assertThat(config.targets()).isEqualTo(QaEvalConfig.ServiceTargets.LOCAL);
    }

    @Test
    void qaEvalReadsEveryOption() {
        Map<String, Object> options = evalOptions();
        options.put("methods", List.of("audio", "ql2l_text"));
        options.put("budget", 8.0);
        options.put("resolution", 224);
        options.put("concurrency", 8);
        options.put("allow_missing", true);
        options.put("planner", "planner:9");
        RunSpec.QaEval eval = (RunSpec.QaEval) mapper.map(RunKind.RUN_KIND_QA_EVAL, "q", options);
        assertThat(eval.config().methods()).containsExactly("uniform", "audio", "ql2l_text");
        assertThat(eval.config().budgetFrames()).isEqualTo(8);
        assertThat(eval.config().imageSize().resolution()).isEqualTo(224);
        assertThat(eval.config().concurrency()).isEqualTo(8);
        assertThat(eval.config().allowMissing()).isTrue();
        assertThat(eval.config().targets().planner()).isEqualTo("planner:9");
    }

    @Test
    void faithfulnessAndBucketsHaveTheirOwnOptions() {
        Map<String, Object> options = evalOptions();
        options.put("method", "audio");
        RunSpec.QaFaithfulness faithfulness = (RunSpec.QaFaithfulness) mapper.map(RunKind.RUN_KIND_QA_FAITHFULNESS,
                "f", options);
        assertThat(faithfulness.method()).isEqualTo("audio");

        RunSpec.QaBuckets buckets = (RunSpec.QaBuckets) mapper.map(RunKind.RUN_KIND_QA_BUCKETS, "b",
                Map.of("predictions", "/runs/qa/predictions.jsonl", "bucket_keys", "type,question_type"));
        assertThat(buckets.outDir()).isEqualTo(Path.of("/runs/qa"));
        assertThat(buckets.bucketKeys()).containsExactly("type", "question_type");
        assertThat(buckets.nBoot()).isEqualTo(5000);
        assertThat(buckets.methods()).isNull();
    }

    @Test
    void badQaOptionsAreRejectedByName() {
        Map<String, Object> strategy = evalOptions();
        strategy.put("strategy", "ppl");
        assertRejected(RunKind.RUN_KIND_QA_EVAL, strategy, "strategy");
        Map<String, Object> both = evalOptions();
        both.put("resolution", 224);
        both.put("max_pixels", 50000);
        assertRejected(RunKind.RUN_KIND_QA_EVAL, both, "max_pixels");
        Map<String, Object> missing = evalOptions();
        missing.remove("video-dir");
        assertRejected(RunKind.RUN_KIND_QA_EVAL, missing, "video_dir");
        Map<String, Object> foreign = evalOptions();
        foreign.put("candidate_set", "x");
        assertRejected(RunKind.RUN_KIND_QA_EVAL, foreign, "candidate_set");
        Map<String, Object> budget = evalOptions();
        budget.put("budget", 0);
        assertRejected(RunKind.RUN_KIND_QA_EVAL, budget, "budget");
    }

    private void assertRejected(RunKind kind, Map<String, ?> options, String option) {
        assertThatThrownBy(() -> mapper.map(kind, "id", options))
                .isInstanceOfSatisfying(InvalidRunOptionException.class, e -> assertThat(e.option()).isEqualTo(option));
    }
}
