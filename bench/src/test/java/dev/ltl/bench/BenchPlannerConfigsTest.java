package dev.ltl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.planner.domain.PlannerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPlannerConfigsTest {

    @Test
    void finalWinnerIsTheResolvedSweepWinner() {
        PlannerConfig config = PlannerConfig.fromMap(BenchPlannerConfigs.finalWinner());

        assertThat(config.name()).isEqualTo("ltlgini_keepadj_gini0p45_hconf0p5");
        assertThat(config.k()).isEqualTo(2);
        assertThat(List.of(config.lowRes(), config.baseRes(), config.highRes())).containsExactly(160, 224, 352);
        assertThat(config.anchorConfMetric()).isEqualTo("gini");
        assertThat(config.anchorConfThreshold()).isEqualTo(0.45);
        assertThat(config.anchorSelect()).isEqualTo("topk");
        assertThat(config.anchorShift()).isZero();
        assertThat(config.anchorHighPolicy()).isEqualTo("adaptive_v3");
        assertThat(config.anchorHighAdjacentDist()).isEqualTo(1);
        assertThat(config.anchorHighConfMetric()).isEqualTo("gini");
        assertThat(config.anchorHighConfThreshold()).isEqualTo(0.5);
        assertThat(config.anchorBaseAlloc()).isEqualTo("distance");
        assertThat(config.toMap()).containsEntry("anchor_drop_far_dist", 1).containsEntry("budget_mode", "exact");
    }

    @Test
    void bandIsTheWinnerInBandModeWith112Extra() {
        PlannerConfig config = PlannerConfig.fromMap(BenchPlannerConfigs.band());

        assertThat(config.toMap())
                .containsEntry("budget_mode", "band")
                .containsEntry("budget_extra_resolutions", List.of(112))
                .containsEntry("anchor_conf_metric", "gini")
                .containsEntry("high_res", 352);
    }

    @Test
    void byNameResolvesBothParametersAndRejectsOthers() {
        assertThat(BenchPlannerConfigs.byName(BenchPlannerConfigs.FINAL_WINNER))
                .isEqualTo(BenchPlannerConfigs.finalWinner());
        assertThat(BenchPlannerConfigs.byName(BenchPlannerConfigs.BAND)).isEqualTo(BenchPlannerConfigs.band());
        assertThatThrownBy(() -> BenchPlannerConfigs.byName("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
