package dev.ltl.eval.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepSelectionTest {

    private static SweepEntry entry(String name, Double delta, Double p) {
        return new SweepEntry(Map.of("name", name), name + "/metrics.json", delta, p);
    }

    private static List<String> names(List<SweepEntry> entries) {
        return entries.stream().map(SweepEntry::name).toList();
    }

    @Test
    void significantPositiveCandidateBeatsLargerInsignificantOne() {
        List<SweepEntry> c = List.of(entry("a", 0.03, 0.4), entry("b", 0.02, 0.05), entry("c", -0.01, 0.01));
        SweepSelection.Outcome o = SweepSelection.select(c);
        assertThat(o.best().name()).isEqualTo("b");
        assertThat(names(o.top3())).containsExactly("a", "b", "c");
    }

    @Test
    void withoutSignificanceTheLargestPositiveDeltaWins() {
        List<SweepEntry> c = List.of(entry("a", 0.01, 0.5), entry("b", 0.02, null), entry("c", -0.05, 0.001));
        assertThat(SweepSelection.select(c).best().name()).isEqualTo("b");
    }

    @Test
    void withoutPositiveDeltaTheFirstOfTheRankingWins() {
        List<SweepEntry> c = List.of(entry("a", -0.02, 0.01), entry("b", -0.01, 0.5), entry("c", null, null));
        SweepSelection.Outcome o = SweepSelection.select(c);
        assertThat(o.best().name()).isEqualTo("b");
        assertThat(names(o.ranked())).containsExactly("b", "a", "c");
    }

    /** [QUIRK falsy zero] Δ = 0.0 ranks below every negative Δ, together with None. */
    @Test
    void zeroDeltaSortsAsMinusInfinityLikeNone() {
        List<SweepEntry> c = List.of(entry("zero", 0.0, 1.0), entry("none", null, null),
                entry("neg", -0.3, 0.2), entry("pos", 0.001, 0.9));
        SweepSelection.Outcome o = SweepSelection.select(c);
        assertThat(names(o.ranked())).containsExactly("pos", "neg", "zero", "none");
        assertThat(names(o.top3())).containsExactly("pos", "neg", "zero");
        assertThat(o.best().name()).isEqualTo("pos");
    }

    @Test
    void allZeroOrNonePicksTheFirstCandidate() {
        List<SweepEntry> c = List.of(entry("none", null, null), entry("zero", 0.0, 1.0), entry("neg", -0.1, 0.5));
        SweepSelection.Outcome o = SweepSelection.select(c);
        assertThat(names(o.ranked())).containsExactly("neg", "none", "zero");
        assertThat(o.best().name()).isEqualTo("neg");
    }

    @Test
    void tiesKeepCandidateOrderWithNoPValueTieBreak() {
        List<SweepEntry> c = List.of(entry("first", 0.02, 0.09), entry("second", 0.02, 0.001),
                entry("third", 0.02, 0.05));
        SweepSelection.Outcome o = SweepSelection.select(c);
        assertThat(names(o.ranked())).containsExactly("first", "second", "third");
        assertThat(o.best().name()).isEqualTo("first");
    }

    @Test
    void pFilterZeroDisablesFiltering() {
        List<SweepEntry> c = List.of(entry("a", 0.03, 0.9), entry("b", 0.02, 0.01));
        assertThat(SweepSelection.select(c, 0.0).best().name()).isEqualTo("a");
        assertThat(SweepSelection.select(c, 0.1).best().name()).isEqualTo("b");
    }

    @Test
    void pExactlyAtTheFilterIsNotSignificant() {
        List<SweepEntry> c = List.of(entry("a", 0.03, 0.2), entry("b", 0.02, 0.1));
        assertThat(SweepSelection.select(c).best().name()).isEqualTo("a");
    }

    @Test
    void emptyCandidateListIsRejected() {
        assertThatThrownBy(() -> SweepSelection.select(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mdeGateSweepBreaksDeltaTiesByMinimumPWithNullAsZero() {
        List<SweepEntry> c = List.of(entry("a", 0.02, 0.09), entry("b", 0.02, 0.001), entry("c", 0.02, null),
                entry("d", 0.01, 0.0));
        assertThat(SweepSelection.selectMdeGateSweep(c).name()).isEqualTo("c");
        List<SweepEntry> exact = List.of(entry("x", 0.0, 0.5), entry("y", 0.0, 0.5), entry("z", null, 0.0));
        // unlike §5.2, Δ = 0.0 is an ordinary value here; the first of an exact tie wins
        assertThat(SweepSelection.selectMdeGateSweep(exact).name()).isEqualTo("x");
    }
}
