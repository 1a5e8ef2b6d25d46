package dev.ltl.vlm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for an OpenAI-compatible server: records every request (path, headers, JSON body) and
 * answers each with the canned status and body set by the test.
 */
final class FakeChatServer implements AutoCloseable {
    /** One received request. */
    record Received(String method, String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";

    FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"), json.readTree(text)));
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** The next answers: this HTTP status and body. */
    FakeChatServer answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A chat completion with the given text, first-token top log-probs ({token, logprob} pairs) and usage. */
    static String completion(String text, List<Object[]> top, int promptTokens, int completionTokens, Long imageTokens) {
        StringBuilder candidates = new StringBuilder();
        for (Object[] candidate : top) {
            if (!candidates.isEmpty()) {
                candidates.append(',');
            }
            candidates.append("{\"token\":\"").append(candidate[0]).append("\",\"logprob\":").append(candidate[1])
                    .append(",\"bytes\":[]}");
        }
        String logprobs = top.isEmpty() ? "null" : "{\"content\":[{\"token\":\"" + top.get(0)[0] + "\",\"logprob\":"
                + top.get(0)[1] + ",\"top_logprobs\":[" + candidates + "]}]}";
        String details = imageTokens == null ? "" : ",\"prompt_tokens_details\":{\"image_tokens\":" + imageTokens + "}";
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"served\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + text + "\"},\"logprobs\":" + logprobs
                + ",\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":" + promptTokens
                + ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens)
                + details + "}}";
    }
}
