package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerPriorTest {

    @Test
    void predictsTheMostFrequentTrainLabel() {
        List<Integer> train = List.of(2, 0, 2, 1, 2, 0);
        List<Integer> eval = List.of(2, 2, 1, 0, 2, 3, 2, 4);
        assertThat(AnswerPrior.accuracy(train, eval)).isEqualTo(0.5);
        assertThat(AnswerPrior.compute(train, eval)).isEqualTo(new AnswerPrior(2, 6, 8, 0.5));
    }

    @Test
    void tiesGoToTheSmallestIndex() {
        assertThat(AnswerPrior.mostFrequent(List.of(3, 1, 3, 1, 4))).isEqualTo(1);
        assertThat(AnswerPrior.compute(List.of(4, 0), List.of(0, 0, 4)).accuracy()).isEqualTo(2.0 / 3);
    }

    @Test
    void emptyInputs() {
        assertThat(AnswerPrior.accuracy(List.of(1), List.of())).isNaN();
        assertThatThrownBy(() -> AnswerPrior.accuracy(List.of(), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
