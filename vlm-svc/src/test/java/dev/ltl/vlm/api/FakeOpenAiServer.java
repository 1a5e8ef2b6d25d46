package dev.ltl.vlm.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local OpenAI-compatible chat-completions server for the service tests: records each request body and
 * answers with the canned status and body the test set.
 */
final class FakeOpenAiServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    void answer(int httpStatus, String body) {
        this.status = httpStatus;
        this.answer = body;
    }

    /** A one-token completion whose first token's top log-probabilities are " C" -0.1, "A" -2, "B" -3. */
    static String letterCompletion() {
        return "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"C\"},"
                + "\"logprobs\":{\"content\":[{\"token\":\" C\",\"logprob\":-0.1,\"top_logprobs\":["
                + "{\"token\":\" C\",\"logprob\":-0.1},{\"token\":\"A\",\"logprob\":-2.0},{\"token\":\"B\",\"logprob\":-3.0}]}]},"
                + "\"finish_reason\":\"length\"}],"
                + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":1,\"prompt_tokens_details\":{\"image_tokens\":64}}}";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> bodies() {
        return bodies;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
