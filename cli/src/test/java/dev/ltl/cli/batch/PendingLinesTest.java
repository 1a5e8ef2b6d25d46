package dev.ltl.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PendingLinesTest {

    @Test
    void holdsBackAnswersUntilEveryEarlierLineIsAnswered() {
        PendingLines pending = new PendingLines(4);
        pending.addAwaiting(id("a"), "a");
        pending.addAwaiting(id("b"), "b");

        assertThat(pending.resolve("b", echo("B"))).isTrue();
        assertThat(pending.drainAnswered()).isEmpty();

        assertThat(pending.resolve("a", echo("A"))).isTrue();
        assertThat(jsons(pending.drainAnswered())).containsExactly("A:a", "B:b");
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    void localErrorsWaitTheirTurnBehindAwaitingLines() {
        PendingLines pending = new PendingLines(4);
        pending.addAwaiting(id("a"), "a");
        pending.addAnswered(new LineOutput("local", false));

        assertThat(pending.drainAnswered()).isEmpty();
        pending.resolve("a", echo("A"));
        assertThat(jsons(pending.drainAnswered())).containsExactly("A:a", "local");
    }

    @Test
    void aResponseWithoutAKnownRequestIdGoesToTheEarliestAwaitingLine() {
        PendingLines pending = new PendingLines(4);
        pending.addAnswered(new LineOutput("local", false));
        pending.addAwaiting(id("a"), "a");
        pending.addAwaiting(id("b"), "b");

        pending.resolve("", echo("first"));
        pending.resolve("somebody-else", echo("second"));

        assertThat(jsons(pending.drainAnswered())).containsExactly("local", "first:a", "second:b");
    }

    @Test
    void duplicateRequestIdsAreAnsweredOldestFirst() {
        PendingLines pending = new PendingLines(4);
        pending.addAwaiting(id("x1"), "x");
        pending.addAwaiting(id("x2"), "x");

        pending.resolve("x", echo("R1"));
        pending.resolve("x", echo("R2"));

        assertThat(jsons(pending.drainAnswered())).containsExactly("R1:x1", "R2:x2");
    }

    @Test
    void reportsAResponseNobodyAwaits() {
        PendingLines pending = new PendingLines(2);
        pending.addAnswered(new LineOutput("local", false));

        assertThat(pending.resolve("a", echo("A"))).isFalse();
    }

    @Test
    void capacityCountsEveryPendingLineAnsweredOrNot() {
        PendingLines pending = new PendingLines(2);
        pending.addAnswered(new LineOutput("local", false));
        pending.addAwaiting(id("a"), "a");

        assertThat(pending.hasRoom()).isFalse();
        assertThatThrownBy(() -> pending.addAwaiting(id("b"), "b")).isInstanceOf(IllegalStateException.class);

        pending.drainAnswered();
        assertThat(pending.hasRoom()).isTrue();
        assertThat(pending.awaiting()).isEqualTo(1);
    }

    @Test
    void answerAllAwaitingLeavesEarlierAnswersAlone() {
        PendingLines pending = new PendingLines(4);
        pending.addAwaiting(id("a"), "a");
        pending.addAwaiting(id("b"), "b");
        pending.addAwaiting(id("c"), "c");
        pending.resolve("b", echo("B"));

        pending.answerAllAwaiting(echo("FAILED"));

        assertThat(jsons(pending.drainAnswered())).containsExactly("FAILED:a", "B:b", "FAILED:c");
        assertThat(pending.awaiting()).isZero();
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThatThrownBy(() -> new PendingLines(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode id(String text) {
        return TextNode.valueOf(text);
    }

    /** Renders "label:id" so tests see which line got which answer. */
    private static Function<JsonNode, LineOutput> echo(String label) {
        return id -> new LineOutput(label + ":" + id.asText(), true);
    }

    private static List<String> jsons(List<LineOutput> outputs) {
        return outputs.stream().map(LineOutput::json).toList();
    }
}
