package dev.ltl.eval.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the §5.2 selection rule over random candidate lists. */
class SweepSelectionProperties {

    @Provide
    Arbitrary<List<SweepEntry>> entries() {
        Arbitrary<Double> delta = Arbitraries.of(-0.02, -0.01, 0.0, 0.01, 0.02).injectNull(0.15);
        Arbitrary<Double> p = Arbitraries.of(0.01, 0.05, 0.1, 0.5, 1.0).injectNull(0.1);
        return net.jqwik.api.Combinators.combine(delta, p).as((d, q) -> new double[] {
            d == null ? Double.NaN : d, q == null ? Double.NaN : q}).list().ofMinSize(1).ofMaxSize(12)
                .map(rows -> {
                    List<SweepEntry> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        double[] r = rows.get(i);
                        out.add(new SweepEntry(Map.of("name", "c" + i), "m" + i,
                                Double.isNaN(r[0]) ? null : r[0], Double.isNaN(r[1]) ? null : r[1]));
                    }
                    return out;
                });
    }

    @Property(tries = 300)
    void bestIsSignificantPositiveWhenOneExists(@ForAll("entries") List<SweepEntry> entries) {
        SweepSelection.Outcome o = SweepSelection.select(entries);
        boolean anySignificant = entries.stream().anyMatch(e -> e.anchoredMinusUniformMean() != null
                && e.anchoredMinusUniformMean() > 0 && e.anchoredVsUniformP() != null && e.anchoredVsUniformP() < 0.1);
        if (anySignificant) {
            assertThat(o.best().anchoredVsUniformP()).isLessThan(0.1);
            assertThat(o.best().anchoredMinusUniformMean()).isPositive();
        }
        assertThat(o.ranked()).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(o.top3()).isEqualTo(o.ranked().subList(0, Math.min(3, entries.size())));
        for (int i = 1; i < o.ranked().size(); i++) {
            SweepEntry prev = o.ranked().get(i - 1);
            SweepEntry next = o.ranked().get(i);
            assertThat(SweepSelection.sortKey(prev)).isGreaterThanOrEqualTo(SweepSelection.sortKey(next));
            if (SweepSelection.sortKey(prev) == SweepSelection.sortKey(next)) {
                // stable: equal keys keep candidate-list order
                assertThat(entries.indexOf(prev)).isLessThan(entries.indexOf(next));
            }
        }
    }
}
