package dev.ltl.eval.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DeletedScheduleProperties {

    @Property(tries = 300)
    void deletedScheduleIsBudgetMatchedSortedAndKeepsTheBackground(
            @ForAll @IntRange(min = 1, max = 200) int seconds, @ForAll @IntRange(min = 0, max = 64) int budget,
            @ForAll long seed) {
        int target = Math.min(seconds, budget);
        List<Integer> pool = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            pool.add(t);
        }
        Collections.shuffle(pool, new Random(seed));
        List<Integer> background = pool.subList(0, new Random(seed + 1).nextInt(target + 1));

        List<Integer> deleted = DeletedSchedule.of(seconds, budget, background);

        assertThat(deleted).hasSize(target).isSorted().doesNotHaveDuplicates()
                .allMatch(t -> t >= 0 && t < seconds);
        assertThat(deleted).containsAll(background);
    }
}
