package dev.ltl.eval.engine.clients;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Plaintext channels to the ltl services (64 MiB inbound), closed together when a command or run ends. */
public final class GrpcChannels implements AutoCloseable {
    private final List<ManagedChannel> open = new ArrayList<>();

    public ManagedChannel to(String target) {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(target).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        open.add(channel);
        return channel;
    }

    @Override
    public void close() {
        for (ManagedChannel channel : open) {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
