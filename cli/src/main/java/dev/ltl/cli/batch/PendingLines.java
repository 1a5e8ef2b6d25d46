package dev.ltl.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The lines read but not yet written, in input order: the heart of order preservation.
 *
 * <p>A line is either answered (its output is known: a local error or a response arrived) or
 * awaiting a response. Outputs leave only from the head, so they come out in input order whatever
 * order responses arrive in. The capacity bounds the whole queue, not only the requests in flight,
 * so answered lines stuck behind a slow one cannot pile up either.
 *
 * <p>Matching: a response goes to the earliest awaiting line with the same request id. When the
 * service echoed no id, or one nobody awaits, it goes to the earliest awaiting line: the services
 * answer in request order, so order is the fallback. With duplicate ids among lines in flight,
 * matching among those lines therefore relies on that order too.
 *
 * <p>Not thread-safe: the stream session guards it with its lock.
 */
final class PendingLines {

    private final int capacity;
    private final ArrayDeque<Line> lines = new ArrayDeque<>();
    private int awaiting;

    PendingLines(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    boolean hasRoom() {
        return lines.size() < capacity;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int size() {
        return lines.size();
    }

    int awaiting() {
        return awaiting;
    }

    /** Queues a line whose output is already known (e.g. rejected locally). */
    void addAnswered(LineOutput output) {
        Line line = new Line(null, null);
        line.output = output;
        add(line);
    }

    /** Queues a line whose request was (or is about to be) sent. */
    void addAwaiting(JsonNode id, String requestId) {
        add(new Line(id, Objects.requireNonNull(requestId, "requestId")));
        awaiting++;
    }

    /**
     * Answers the line a response belongs to.
     *
     * @param requestId the id echoed by the service; may be empty
     * @param render    turns the line's input id into its output
     * @return false when no line is awaiting a response at all
     */
    boolean resolve(String requestId, Function<JsonNode, LineOutput> render) {
        Line target = null;
        for (Line line : lines) {
            if (line.output == null) {
                if (line.requestId.equals(requestId)) {
                    target = line;
                    break;
                }
                if (target == null) {
                    target = line;
                }
            }
        }
        if (target == null) {
            return false;
        }
        answer(target, render);
        return true;
    }

    /** Answers every awaiting line at once (the stream failed). */
    void answerAllAwaiting(Function<JsonNode, LineOutput> render) {
        for (Line line : lines) {
            if (line.output == null) {
                answer(line, render);
            }
        }
    }

    /** Removes and returns the answered lines at the head, in input order. */
    List<LineOutput> drainAnswered() {
        List<LineOutput> ready = new ArrayList<>();
        while (!lines.isEmpty() && lines.peekFirst().output != null) {
            ready.add(lines.pollFirst().output);
        }
        return ready;
    }

    private void add(Line line) {
        if (!hasRoom()) {
            throw new IllegalStateException("no room: " + capacity + " lines already pending");
        }
        lines.addLast(line);
    }

    private void answer(Line line, Function<JsonNode, LineOutput> render) {
        line.output = render.apply(line.id);
        awaiting--;
    }

    private static final class Line {
        final JsonNode id;
        final String requestId;
        LineOutput output;

        Line(JsonNode id, String requestId) {
            this.id = id;
            this.requestId = requestId;
        }
    }
}
