package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.eval.artifacts.ArtifactJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BucketReportTest {
    private static final List<String> METHODS = List.of("uniform", "audio");

    /**
     * 40 items. CH = items 0..19: uniform wrong, audio right (Δ +1 on 20 items). TN = items 20..38:
     * audio wrong on the 10 items 20..29 uniform got right, equal elsewhere (Δ −10/19). Item 39 has
     * no type. audio's q̄ = i/40.
     */
    private static List<QaPrediction> rows() {
        List<QaPrediction> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String qid = String.format("q%02d", i);
            Map<String, String> meta = i < 20 ? Map.of("type", "CH") : i < 39 ? Map.of("type", "TN") : Map.of();
            boolean uniform = i >= 20 && i < 30;
            boolean audio = i < 20;
            rows.add(QaRows.row(qid, "uniform", uniform, null, meta));
            rows.add(QaRows.row(qid, "audio", audio, i / 40.0, meta));
        }
        return rows;
    }

    @Test
    void metadataBucketsCarryRatesAndSignificance() {
        BucketReport r = BucketReport.compute(rows(), METHODS, List.of("type"), 5000, 0);
        assertThat(r.buckets()).extracting(BucketReport.Bucket::bucket).containsExactly(
                "type=CH", "type=TN", "qbar_tercile=low", "qbar_tercile=mid", "qbar_tercile=high");
        BucketReport.Bucket ch = r.buckets().get(0);
        assertThat(ch.nItems()).isEqualTo(20);
        assertThat(ch.byMethod()).containsExactly(
                Map.entry("uniform", new BucketReport.Rates(20, 0.0, 0.0)),
                Map.entry("audio", new BucketReport.Rates(20, 1.0, 0.0)));
        BucketSignificance chDelta = ch.deltaVsUniform().get("audio");
        assertThat(chDelta).isEqualTo(new BucketSignificance(1.0, 1.0, 1.0, 0.0, 20, true, 5000));

        BucketReport.Bucket tn = r.buckets().get(1);
        assertThat(tn.nItems()).isEqualTo(19);
        BucketSignificance tnDelta = tn.deltaVsUniform().get("audio");
        assertThat(tnDelta.mean()).isCloseTo(-10.0 / 19, within(1e-12));
        assertThat(tnDelta.hi()).isLessThan(0);
        assertThat(tnDelta.significant()).as("CI excludes 0 but n = 19 < 20").isFalse();
    }

    @Test
    void qbarTercilesUseNumpyQuantileEdgesOfTheAudioMethod() {
        BucketReport r = BucketReport.compute(rows(), METHODS, List.of(), 300, 0);
        assertThat(r.qbarMethod()).isEqualTo("audio");
        // np.quantile(np.arange(40) / 40, [0.33, 0.66]) = [0.32175, 0.6435] → 13 / 13 / 14 items
        assertThat(r.qbarEdges().get(0)).isCloseTo(0.32175, within(1e-12));
        assertThat(r.qbarEdges().get(1)).isCloseTo(0.6435, within(1e-12));
        assertThat(r.buckets()).extracting(BucketReport.Bucket::nItems).containsExactly(13, 13, 14);
        assertThat(BucketReport.tercile(0.32175, r.qbarEdges())).isEqualTo("low");
        assertThat(BucketReport.tercile(0.6435, r.qbarEdges())).isEqualTo("mid");
        assertThat(BucketReport.tercile(0.65, r.qbarEdges())).isEqualTo("high");
        // np.quantile([0.2, 0.9, 0.4, 0.75, 0.1, 0.6, 0.3, 0.55, 0.8, 0.05], [0.33, 0.66]) = [0.297, 0.597]
        List<Double> edges = BucketReport.tercileEdges(new double[] {0.2, 0.9, 0.4, 0.75, 0.1, 0.6, 0.3, 0.55, 0.8,
            0.05});
        assertThat(edges.get(0)).isCloseTo(0.297, within(1e-12));
        assertThat(edges.get(1)).isCloseTo(0.597, within(1e-12));
    }

    @Test
    void withoutAnyQbarThereAreNoTercileBuckets() {
        List<QaPrediction> noQbar = rows().stream().filter(p -> p.method().equals("uniform")).toList();
        BucketReport r = BucketReport.compute(noQbar, METHODS, List.of("type"), 300, 0);
        assertThat(r.qbarMethod()).isNull();
        assertThat(r.qbarEdges()).isEmpty();
        assertThat(r.buckets()).extracting(BucketReport.Bucket::bucket).containsExactly("type=CH", "type=TN");
        assertThat(r.buckets().get(0).deltaVsUniform().get("audio").n()).isZero();
    }

    @Test
    void anExplicitQbarMethodIsUsed() {
        List<QaPrediction> rows = new ArrayList<>(rows());
        for (int i = 0; i < 40; i++) {
            rows.add(QaRows.row(String.format("q%02d", i), "fused", true, i < 10 ? 0.0 : 1.0, Map.of()));
        }
        List<String> methods = List.of("uniform", "audio", "fused");
        BucketReport r = BucketReport.compute(rows, methods, List.of(), 300, 0, "fused");
        assertThat(r.qbarMethod()).isEqualTo("fused");
        // edges of ten 0s and thirty 1s are [1, 1]: all 40 fall into low
        assertThat(r.buckets()).extracting(BucketReport.Bucket::bucket).containsExactly("qbar_tercile=low");
        assertThat(r.buckets().get(0).byMethod().get("fused").acc()).isEqualTo(1.0);
    }

    @Test
    void markdownListsHelpfulAndHarmfulBuckets(@TempDir Path dir) throws Exception {
        BucketReport r = BucketReport.compute(rows(), METHODS, List.of("type"), 5000, 0);
        // q̄-low (items 0..12) and CH (0..19) both gain +1: equal means are ordered by bucket name.
        assertThat(r.topHelpful()).extracting(BucketReport.Entry::bucket)
                .startsWith("qbar_tercile=low", "type=CH");
        assertThat(r.topHarmful()).extracting(BucketReport.Entry::bucket).contains("type=TN");
        assertThat(r.topHelpful()).allMatch(e -> e.delta().mean() > 0);
        assertThat(r.topHarmful()).allMatch(e -> e.delta().mean() < 0);
        Path md = dir.resolve("bucket_report.md");
        r.writeMarkdown(md);
        String text = Files.readString(md);
        assertThat(text).contains("## Top 10 helpful buckets", "## Top 10 harmful buckets",
                "| type=CH | audio | 20 | +1.0000 | [+1.0000, +1.0000] | 0.0000 | yes |",
                "| type=TN | audio | 19 | -0.5263 |");
        Path json = dir.resolve("bucket_report.json");
        r.writeJson(json);
        JsonNode tree = ArtifactJson.mapper().readTree(json.toFile());
        assertThat(tree.get("buckets").get(0).get("delta_vs_uniform").get("audio").get("p_two_sided").asDouble())
                .isEqualTo(0.0);
        assertThat(tree.has("top_helpful")).isFalse();
    }

    @Test
    void topListsStopAtTen() {
        List<QaPrediction> rows = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String qid = "q" + i;
            Map<String, String> meta = Map.of("question_type", "t" + i);
            rows.add(QaRows.row(qid, "uniform", false, null, meta));
            rows.add(QaRows.row(qid, "audio", true, null, meta));
        }
        BucketReport r = BucketReport.compute(rows, METHODS, List.of("question_type"), 100, 0);
        assertThat(r.buckets()).hasSize(24);
        assertThat(r.topHelpful()).hasSize(10).extracting(BucketReport.Entry::bucket)
                .startsWith("question_type=t0", "question_type=t1", "question_type=t10");
        assertThat(r.topHarmful()).isEmpty();
    }
}
