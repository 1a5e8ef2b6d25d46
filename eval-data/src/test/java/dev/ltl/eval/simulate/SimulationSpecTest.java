package dev.ltl.eval.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulationSpecTest {

    @Test
    void referenceLikeSplitsAndEmptySplits() {
        assertThat(SimulationSpec.defaults(100, 0).splitCounts()).containsExactly(70, 15, 15);
        assertThat(SimulationSpec.defaults(4, 0).splitCounts()).containsExactly(2, 1, 1);
        assertThat(SimulationSpec.defaults(10, 0).withSplitFractions(1, 0, 0).splitCounts()).containsExactly(10, 0, 0);
    }

    @Test
    void everyClassHasItsOwnLookAndSound() {
        for (int classes = 1; classes <= SimulationSpec.MAX_CLASSES; classes++) {
            Set<String> looks = new HashSet<>();
            Set<String> sounds = new HashSet<>();
            for (int k = 0; k < classes; k++) {
                ClassSignature s = ClassSignature.of(k, classes, 6);
                looks.add(s.orientationDeg() + "/" + s.periodPx());
                sounds.add(s.sound().toString());
                assertThat(s.orientationDeg()).isGreaterThanOrEqualTo(0).isLessThan(180);
            }
            assertThat(looks).hasSize(classes);
            assertThat(sounds).hasSize(classes);
        }
    }

    @Test
    void invalidSpecsAreRejected() {
        SimulationSpec ok = SimulationSpec.defaults(3, 0);
        assertThatThrownBy(() -> ok.withClasses(29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withEventSeconds(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withAvOffsetSeconds(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withSplitFractions(0.5, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withDistractorProbability(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SceneStyle(448, 40, 20, 8, 16, 6, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
