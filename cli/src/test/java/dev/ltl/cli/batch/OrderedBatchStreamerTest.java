package dev.ltl.cli.batch;

import static dev.ltl.cli.testing.CliHarness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltl.cli.ExitCodes;
import dev.ltl.cli.score.ScoreLineCodec;
import dev.ltl.cli.testing.CliHarness;
import dev.ltl.cli.testing.GatedEventnessService;
import dev.ltl.cli.testing.InProcessServer;
import dev.ltl.cli.testing.ScriptedEventnessService;
import dev.ltl.cli.testing.ScriptedEventnessService.Order;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreStreamResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streamer against in-process eventness services, through the score codec. */
class OrderedBatchStreamerTest {

    private static final Path WORKING_DIR = Path.of("/data/clips");

    private InProcessServer server;
    private ManagedChannel channel;

    @AfterEach
    void shutDown() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void writesOutputInInputOrderWhenTheServiceAnswersNewestFirst() throws Exception {
        ScriptedEventnessService service = new ScriptedEventnessService(Order.REVERSED_AT_HALF_CLOSE, true);
        Run run = stream(service, 8, numberedLines(6));

        assertThat(run.summary().exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ids(run)).containsExactly("c0", "c1", "c2", "c3", "c4", "c5");
        for (int i = 0; i < 6; i++) {
            assertThat(run.lines().get(i).get("scores").get(0).asDouble()).isEqualTo(i);
        }
    }

    @Test
    void fallsBackToResponseOrderWhenTheServiceEchoesNoRequestIds() throws Exception {
        ScriptedEventnessService service = new ScriptedEventnessService(Order.IMMEDIATE, false);
        Run run = stream(service, 3, numberedLines(10));

        assertThat(ids(run)).containsExactly(IntStream.range(0, 10).mapToObj(i -> "c" + i).toArray(String[]::new));
        for (int i = 0; i < 10; i++) {
            assertThat(run.lines().get(i).get("scores").get(0).asDouble()).isEqualTo(i);
        }
    }

    @Test
    void reportsBadLinesLocallyAndPerItemServiceErrorsAndGoesOn() throws Exception {
        ScriptedEventnessService service = new ScriptedEventnessService();
        Run run = stream(service, 4, lines(
                "{\"id\":\"a\",\"uri\":\"a.wav\",\"method\":\"energy\",\"max_seconds\":1}",
                "{not json",
                "{\"uri\":\"b.wav\",\"method\":\"energy\"}",
                "{\"id\":\"c\",\"method\":\"energy\"}",
                "{\"id\":\"d\",\"uri\":\"d.wav\",\"method\":\"" + ScriptedEventnessService.REJECTED_METHOD + "\"}",
                "",
                "[1,2]",
                "{\"id\":7,\"uri\":\"e.wav\",\"method\":\"energy\",\"max_seconds\":2}"));

        assertThat(run.lines()).hasSize(7);
        assertThat(run.lines().get(0).get("scores").get(0).asDouble()).isEqualTo(1.0);
        assertError(run.lines().get(1), null, "INVALID_ARGUMENT", "line 2: not valid JSON");
        assertError(run.lines().get(2), null, "INVALID_ARGUMENT", "line 3: missing required field \"id\"");
        assertError(run.lines().get(3), "c", "INVALID_ARGUMENT", "line 4: missing required field \"uri\"");
        assertError(run.lines().get(4), "d", "INVALID_ARGUMENT", "unknown method");
        assertError(run.lines().get(5), null, "INVALID_ARGUMENT", "line 7: expected a JSON object");
        assertThat(run.lines().get(6).get("id").isInt()).as("numeric id echoed as a number").isTrue();
        assertThat(run.lines().get(6).get("scores").get(0).asDouble()).isEqualTo(2.0);

        assertThat(run.summary().failedLines()).isEqualTo(5);
        assertThat(run.summary().exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
        assertThat(service.received()).extracting(ScoreRequest::getRequestId).containsExactly("a", "d", "7");
    }

    @Test
    void streamFailureMarksEveryUnansweredLineIncludingUnreadOnesAndExitsOne() throws Exception {
        ScriptedEventnessService service = new ScriptedEventnessService();
        Run run = stream(service, 2, lines(
                "{\"id\":\"a\",\"uri\":\"a.wav\",\"method\":\"energy\"}",
                "{\"id\":\"b\",\"uri\":\"b.wav\",\"method\":\"energy\"}",
                "{\"id\":\"k\",\"uri\":\"" + ScriptedEventnessService.KILL_MARKER + ".wav\",\"method\":\"energy\"}",
                "{\"id\":\"d\",\"uri\":\"d.wav\",\"method\":\"energy\"}",
                "broken",
                "{\"id\":\"e\",\"uri\":\"e.wav\",\"method\":\"energy\"}",
                "{\"id\":\"f\",\"uri\":\"f.wav\",\"method\":\"energy\"}"));

        assertThat(run.lines()).hasSize(7);
        assertThat(run.lines().get(0).has("scores")).isTrue();
        assertThat(run.lines().get(1).has("scores")).isTrue();
        assertError(run.lines().get(2), "k", "UNAVAILABLE", "service is shutting down");
        assertError(run.lines().get(3), "d", "UNAVAILABLE", "service is shutting down");
        assertError(run.lines().get(4), null, "INVALID_ARGUMENT", "line 5: not valid JSON");
        assertError(run.lines().get(5), "e", "UNAVAILABLE", "service is shutting down");
        assertError(run.lines().get(6), "f", "UNAVAILABLE", "service is shutting down");
        assertThat(run.summary().streamFailure().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(run.summary().exitCode()).isEqualTo(ExitCodes.TRANSPORT_FAILURE);
    }

    @Test
    void unreachableServiceFailsEveryLineWithTheCallStatus() throws Exception {
        channel = InProcessChannelBuilder.forName("no-such-server-" + System.nanoTime()).build();
        StringWriter out = new StringWriter();
        BatchSummary summary = streamer(channel, 4).stream(reader(numberedLines(3)), out);

        List<JsonNode> written = out.toString().lines().map(CliHarness::parse).collect(Collectors.toList());
        assertThat(written).hasSize(3)
                .allSatisfy(line -> assertThat(line.at("/error/code").asText()).isEqualTo("UNAVAILABLE"));
        assertThat(summary.exitCode()).isEqualTo(ExitCodes.TRANSPORT_FAILURE);
    }

    @Test
    void aBatchOfOnlyInvalidLinesNeverOpensTheStream() throws Exception {
        StringWriter out = new StringWriter();
        OrderedBatchStreamer<ScoreRequest, ScoreStreamResponse> streamer = new OrderedBatchStreamer<>(
                new ScoreLineCodec(WORKING_DIR),
                responses -> {
                    throw new AssertionError("no line should be sent");
                },
                2);

        BatchSummary summary = streamer.stream(reader(lines("nope", "{\"id\":1}", "   ")), out);

        assertThat(summary.lines()).isEqualTo(2);
        assertThat(summary.exitCode()).isEqualTo(ExitCodes.LINE_ERRORS);
    }

    @Test
    void emptyInputSucceedsWithNoOutput() throws Exception {
        Run run = stream(new ScriptedEventnessService(), 4, "");

        assertThat(run.lines()).isEmpty();
        assertThat(run.summary().exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void neverHasMoreThanWindowRequestsOutstandingAndFillsTheWindow() throws Exception {
        int window = 4;
        int lineCount = 25;
        GatedEventnessService service = new GatedEventnessService();
        server = new InProcessServer(service);
        channel = InProcessChannelBuilder.forName(server.name()).build();
        StringWriter out = new StringWriter();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<BatchSummary> batch = CompletableFuture.supplyAsync(() -> {
                try {
                    return streamer(channel, window).stream(reader(numberedLines(lineCount)), out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, client);

            for (int answered = 0; answered < lineCount; answered++) {
                service.awaitOutstanding(Math.min(window, lineCount - answered));
                assertThat(service.outstanding()).isLessThanOrEqualTo(window);
                service.releaseOldest();
            }
            BatchSummary summary = batch.get(30, TimeUnit.SECONDS);

            assertThat(summary.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(service.maxOutstanding()).isEqualTo(window);
            assertThat(service.received()).isEqualTo(lineCount);
            assertThat(out.toString().lines().map(CliHarness::parse).map(line -> line.get("id").asText()))
                    .containsExactly(IntStream.range(0, lineCount).mapToObj(i -> "c" + i).toArray(String[]::new));
        } finally {
            client.shutdownNow();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private record Run(BatchSummary summary, List<JsonNode> lines) {
    }

    private Run stream(ScriptedEventnessService service, int window, String input) throws Exception {
        server = new InProcessServer(service);
        channel = InProcessChannelBuilder.forName(server.name()).build();
        StringWriter out = new StringWriter();
        BatchSummary summary = streamer(channel, window).stream(reader(input), out);
        List<JsonNode> written = out.toString().lines().map(CliHarness::parse).collect(Collectors.toList());
        assertThat(summary.lines()).isEqualTo(written.size());
        return new Run(summary, written);
    }

    private static OrderedBatchStreamer<ScoreRequest, ScoreStreamResponse> streamer(ManagedChannel channel,
            int window) {
        return new OrderedBatchStreamer<>(new ScoreLineCodec(WORKING_DIR),
                EventnessServiceGrpc.newStub(channel)::scoreStream, window);
    }

    /** Lines c0..c(n-1), each with max_seconds = its index so answers can be traced to requests. */
    private static String numberedLines(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"id\":\"c" + i + "\",\"uri\":\"clip" + i + ".wav\",\"method\":\"energy\","
                        + "\"max_seconds\":" + i + "}\n")
                .collect(Collectors.joining());
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private static List<String> ids(Run run) {
        return run.lines().stream().map(line -> line.get("id").asText()).collect(Collectors.toList());
    }

    private static void assertError(JsonNode line, String id, String code, String messagePart) {
        if (id == null) {
            assertThat(line.get("id").isNull()).as("id of %s", line).isTrue();
        } else {
            assertThat(line.get("id").asText()).isEqualTo(id);
        }
        assertThat(line.at("/error/code").asText()).as("code of %s", line).isEqualTo(code);
        assertThat(line.at("/error/message").asText()).as("message of %s", line).contains(messagePart);
    }
}
