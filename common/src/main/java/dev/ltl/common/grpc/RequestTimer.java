package dev.ltl.common.grpc;

import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.common.v1.Timings;
import dev.ltl.proto.common.v1.TokenUsage;
import java.util.UUID;

/**
 * Measures the phases of one request and produces its {@link Accounting} envelope.
 * Phases are marked in order (queue → preprocess → inference → postprocess); each mark closes the
 * phase that was running. Not thread-safe: one timer per request.
 */
public final class RequestTimer {
    private final long startNanos;
    private long phaseStart;
    private long queueUs;
    private long preprocessUs;
    private long inferenceUs;
    private long postprocessUs;

    private RequestTimer(long startNanos) {
        this.startNanos = startNanos;
        this.phaseStart = startNanos;
    }

    public static RequestTimer start() {
        return new RequestTimer(System.nanoTime());
    }

    /** Starts the timer at an earlier instant, e.g. when a request entered a queue. */
    public static RequestTimer startedAt(long nanoTime) {
        return new RequestTimer(nanoTime);
    }

    public void endQueue() {
        queueUs += lap();
    }

    public void endPreprocess() {
        preprocessUs += lap();
    }

    public void endInference() {
        inferenceUs += lap();
    }

    public void endPostprocess() {
        postprocessUs += lap();
    }

    private long lap() {
        long now = System.nanoTime();
        long micros = (now - phaseStart) / 1_000;
        phaseStart = now;
        return micros;
    }

    public long elapsedMicros() {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    public Timings timings() {
        return Timings.newBuilder()
                .setQueueUs(queueUs)
                .setPreprocessUs(preprocessUs)
                .setInferenceUs(inferenceUs)
                .setPostprocessUs(postprocessUs)
                .setTotalUs(elapsedMicros())
                .build();
    }

    /** The accounting record of this request; a blank request id gets a fresh UUID. */
    public Accounting accounting(String service, String requestId, String model, String device,
                                 int batchSize, TokenUsage tokens) {
        Accounting.Builder accounting = Accounting.newBuilder()
                .setService(service)
                .setRequestId(requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId)
                .setModel(model)
                .setDevice(device)
                .setBatchSize(batchSize)
                .setTimings(timings());
        if (tokens != null) {
            accounting.setTokens(tokens);
        }
        return accounting.build();
    }
}
