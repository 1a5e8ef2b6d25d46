package dev.ltl.cli.grpc;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/**
 * Opens the channel a command talks to. Production uses plaintext {@code host:port} targets; tests
 * substitute an in-process channel without touching the commands.
 */
@FunctionalInterface
public interface ChannelFactory {

    ManagedChannel open(String target);

    /**
     * Plaintext channels to {@code host:port} (or any grpc-java target string). Round-robin load
     * balancing, so a {@code dns:///planner-svc:8082} target over a headless k8s Service spreads
     * calls over every pod instead of pinning one.
     */
    static ChannelFactory plaintext() {
        return target -> ManagedChannelBuilder.forTarget(target).defaultLoadBalancingPolicy("round_robin")
                .usePlaintext().build();
    }

    /**
     * Graceful shutdown: lets a stream that is finishing close cleanly, then forces the channel
     * down if it has not terminated after a few seconds.
     */
    static void shutdown(ManagedChannel channel) {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
