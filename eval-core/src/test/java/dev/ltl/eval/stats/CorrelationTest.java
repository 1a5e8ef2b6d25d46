package dev.ltl.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    // python3 -c "from scipy.stats import spearmanr, pearsonr; x=[0.1,0.4,0.4,0.2,0.9,0.3];
    //   y=[1.0,0.5,0.5,0.7,0.2,0.2]; print(pearsonr(x,y)[0], spearmanr(x,y)[0])"
    @Test
    void matchesScipyWithTiedRanks() {
        Correlation c = Correlation.of(new double[] {0.1, 0.4, 0.4, 0.2, 0.9, 0.3},
                new double[] {1.0, 0.5, 0.5, 0.7, 0.2, 0.2});
        assertThat(c.pearson()).isCloseTo(-0.7230038466970103, within(1e-12));
        assertThat(c.spearman()).isCloseTo(-0.7463517925331651, within(1e-12));
        assertThat(c.n()).isEqualTo(6);
    }

    @Test
    void nonFinitePairsAreDroppedAndConstantInputIsNull() {
        Correlation c = Correlation.of(new double[] {1, 2, Double.NaN}, new double[] {3, 3, 1});
        assertThat(c).isEqualTo(new Correlation(null, null, 2));
    }
}
