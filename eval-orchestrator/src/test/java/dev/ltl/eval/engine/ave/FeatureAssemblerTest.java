package dev.ltl.eval.engine.ave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.engine.ave.Baselines.FeatureVariant;
import dev.ltl.proto.planner.v1.PlanResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-second tensors of reference §4.2 on hand-built plans, features and scores: exact values. */
class FeatureAssemblerTest {
    private static final int N = 10;
    private static final int[] RES_A = {112, 224, 448, 224, 224, 112, 224, 224, 448, 224};
    private static final int[] RES_B = {224, 224, 224, 224, 224, 224, 224, 224, 224, 224};

    /** A recognisable 3-d embedding of (clip, resolution, second). */
    private static float[] embedding(int clip, int resolution, int second) {
        return new float[] {resolution + second, clip * 10 + second, -resolution};
    }

    private static double score(int clip, int second) {
        return -10 + clip + 0.25 * second;
    }

    private final FeatureTable table = new FeatureTable();
    private final Map<String, float[][]> audio = new LinkedHashMap<>();
    private final AveData data;
    private final Map<String, PlanResponse> plans = new LinkedHashMap<>();

    FeatureAssemblerTest() {
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, int[]> labels = new LinkedHashMap<>();
        List<String> ids = List.of("a", "b");
        for (int c = 0; c < ids.size(); c++) {
            for (int r : new int[] {112, 224, 448}) {
                float[][] rows = new float[N][];
                for (int t = 0; t < N; t++) {
                    rows[t] = embedding(c, r, t);
                }
                table.put(ids.get(c), r, rows);
            }
            double[] s = new double[N];
            float[][] basic = new float[N][10];
            for (int t = 0; t < N; t++) {
                s[t] = score(c, t);
                for (int j = 0; j < 10; j++) {
                    basic[t][j] = c * 1000 + t * 10 + j;
                }
            }
            scores.put(ids.get(c), s);
            audio.put(ids.get(c), basic);
            labels.put(ids.get(c), new int[N]);
        }
        data = new AveData(List.of("a"), List.of("b"), labels, scores, 3, N);
        plans.put("a", plan(RES_A));
        plans.put("b", plan(RES_B));
    }

    private static PlanResponse plan(int[] resolutions) {
        PlanResponse.Builder plan = PlanResponse.newBuilder();
        for (int r : resolutions) {
            plan.addResolutions(r);
        }
        return plan.build();
    }

    private float[][][] assemble(FeatureVariant variant, boolean scalar) {
        return new FeatureAssembler(table, data, audio).assemble(List.of("a", "b"), plans, variant, scalar, 224);
    }

    @Test
    void plainTakesEachSecondsEmbeddingAtItsPlannedResolution() {
        float[][][] x = assemble(FeatureVariant.PLAIN, false);
        assertThat(x.length).isEqualTo(2);
        assertThat(x[0]).hasDimensions(N, 3);
        for (int t = 0; t < N; t++) {
            assertThat(x[0][t]).containsExactly(embedding(0, RES_A[t], t));
            assertThat(x[1][t]).containsExactly(embedding(1, 224, t));
        }
        assertThat(x[0][2]).containsExactly(450f, 2f, -448f);
    }

    @Test
    void scalarResFeatureAppendsTheRelativeResolution() {
        float[][][] x = assemble(FeatureVariant.PLAIN, true);
        assertThat(x[0][0]).containsExactly(112f, 0f, -112f, -0.5f);
        assertThat(x[0][1]).containsExactly(225f, 1f, -224f, 0f);
        assertThat(x[0][2]).containsExactly(450f, 2f, -448f, 1f);
        assertThat(x[1][9]).containsExactly(233f, 19f, -224f, 0f);
    }

    @Test
    void audioConcatAppendsTheRawStage1ScoreAfterTheScalarFeature() {
        float[][][] plain = assemble(FeatureVariant.AUDIO_CONCAT, false);
        assertThat(plain[0][4]).containsExactly(228f, 4f, -224f, -9f);
        assertThat(plain[1][3]).containsExactly(227f, 13f, -224f, -8.25f);
        float[][][] withScalar = assemble(FeatureVariant.AUDIO_CONCAT, true);
        assertThat(withScalar[0][5]).containsExactly(117f, 5f, -112f, -0.5f, -8.75f);
    }

    @Test
    void audioFeatConcatAppendsTheTenBasicAudioFeatures() {
        float[][][] x = assemble(FeatureVariant.AUDIO_FEAT_CONCAT, true);
        assertThat(x[1][7]).containsExactly(231f, 17f, -224f, 0f,
                1070f, 1071f, 1072f, 1073f, 1074f, 1075f, 1076f, 1077f, 1078f, 1079f);
        assertThat(x[0][8]).hasSize(3 + 1 + 10);
        assertThat(x[0][8][4]).isEqualTo(80f);
    }

    @Test
    void audioFeatConcatWithoutBasicFeaturesFails() {
        FeatureAssembler assembler = new FeatureAssembler(table, data, Map.of());
        assertThatThrownBy(() -> assembler.assemble(List.of("a"), plans, FeatureVariant.AUDIO_FEAT_CONCAT, false, 224))
                .hasMessageContaining("no basic audio features for clip 'a'");
    }

    @Test
    void identityChangesWithPlansAndVariantOnly() {
        String base = FeatureAssembler.identity("m|scores=x", List.of("a", "b"), plans, FeatureVariant.PLAIN, false, 224);
        assertThat(FeatureAssembler.identity("m|scores=x", List.of("a", "b"), Map.of("a", plan(RES_A), "b", plan(RES_B)),
                FeatureVariant.PLAIN, false, 224)).isEqualTo(base);
        assertThat(FeatureAssembler.identity("m|scores=x", List.of("a", "b"), Map.of("a", plan(RES_B), "b", plan(RES_B)),
                FeatureVariant.PLAIN, false, 224)).isNotEqualTo(base);
        assertThat(FeatureAssembler.identity("m|scores=x", List.of("a", "b"), plans, FeatureVariant.AUDIO_CONCAT,
                false, 224)).isNotEqualTo(base);
        assertThat(FeatureAssembler.identity("m|scores=x", List.of("a", "b"), plans, FeatureVariant.PLAIN, true, 224))
                .isNotEqualTo(base);
    }
}
