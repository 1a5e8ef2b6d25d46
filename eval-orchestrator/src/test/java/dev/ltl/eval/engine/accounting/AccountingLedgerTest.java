package dev.ltl.eval.engine.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.common.v1.Timings;
import dev.ltl.proto.common.v1.TokenUsage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountingLedgerTest {
    @Test
    void nearestRankPercentiles() {
        long[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(AccountingLedger.percentile(values, 50)).isEqualTo(50);
        assertThat(AccountingLedger.percentile(values, 90)).isEqualTo(90);
        assertThat(AccountingLedger.percentile(values, 99)).isEqualTo(100);
        assertThat(AccountingLedger.percentile(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void summarisesLatencyAndTokensPerRpcAndBaseline() {
        AccountingLedger ledger = new AccountingLedger();
        for (int i = 1; i <= 100; i++) {
            ledger.record("planner/Plan", i % 2 == 0 ? "uniform" : "anchored_top2", Accounting.newBuilder()
                    .setTimings(Timings.newBuilder().setTotalUs(i))
                    .setTokens(TokenUsage.newBuilder().setVisionTokens(1960)).build());
        }
        Map<String, Object> summary = ledger.summary();
        Map<String, Object> plan = (Map<String, Object>) ((Map<String, Object>) summary.get("rpcs")).get("planner/Plan");
        assertThat(plan).containsEntry("n", 100).containsEntry("p50_us", 50L).containsEntry("p90_us", 90L)
                .containsEntry("p99_us", 99L).containsEntry("max_us", 100L).containsEntry("vision_tokens", 196000L);
        assertThat((Map<String, Long>) summary.get("vision_tokens_by_baseline"))
                .containsEntry("uniform", 98000L).containsEntry("anchored_top2", 98000L);
    }
}
