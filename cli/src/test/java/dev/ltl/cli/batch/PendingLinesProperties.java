package dev.ltl.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the window, the mix of local errors and sent lines, and the order responses arrive
 * in, output comes out exactly in input order and the window is never exceeded.
 */
class PendingLinesProperties {

    /** One scenario: which lines are local errors, the window, and a seed for response order. */
    record Scenario(List<Boolean> localError, int window, long seed) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(
                Arbitraries.of(true, false).list().ofMaxSize(60),
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs())
                .as(Scenario::new);
    }

    @Property
    void outputFollowsInputOrderWhateverTheResponseOrder(@ForAll("scenarios") Scenario scenario) {
        PendingLines pending = new PendingLines(scenario.window());
        Random random = new Random(scenario.seed());
        List<String> inFlight = new ArrayList<>();
        List<String> written = new ArrayList<>();
        int next = 0;
        int lineCount = scenario.localError().size();

        while (written.size() < lineCount) {
            boolean canRead = next < lineCount && pending.hasRoom();
            // Either read the next line or deliver one in-flight response, chosen at random.
            if (canRead && (inFlight.isEmpty() || random.nextBoolean())) {
                String name = "line" + next;
                if (scenario.localError().get(next)) {
                    pending.addAnswered(new LineOutput(name, false));
                } else {
                    pending.addAwaiting(TextNode.valueOf(name), name);
                    inFlight.add(name);
                }
                next++;
            } else {
                String answered = inFlight.remove(random.nextInt(inFlight.size()));
                assertThat(pending.resolve(answered, id -> new LineOutput(id.asText(), true))).isTrue();
            }
            assertThat(pending.size()).isLessThanOrEqualTo(scenario.window());
            pending.drainAnswered().forEach(output -> written.add(output.json()));
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            expected.add("line" + i);
        }
        assertThat(written).isEqualTo(expected);
        assertThat(pending.isEmpty()).isTrue();
    }

    @Property
    void withoutRequestIdsResponsesInRequestOrderStillLandOnTheirLines(
            @ForAll @IntRange(min = 1, max = 40) int lineCount, @ForAll @IntRange(min = 1, max = 6) int window) {
        PendingLines pending = new PendingLines(window);
        List<String> written = new ArrayList<>();
        List<Integer> inFlight = new ArrayList<>();
        int next = 0;
        while (written.size() < lineCount) {
            if (next < lineCount && pending.hasRoom()) {
                pending.addAwaiting(TextNode.valueOf("line" + next), "line" + next);
                inFlight.add(next++);
            } else {
                int oldest = inFlight.remove(0);
                pending.resolve("", id -> new LineOutput(id.asText() + "=" + oldest, true));
            }
            pending.drainAnswered().forEach(output -> written.add(output.json()));
        }
        for (int i = 0; i < lineCount; i++) {
            assertThat(written.get(i)).isEqualTo("line" + i + "=" + i);
        }
    }
}
