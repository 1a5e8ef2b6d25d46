package dev.ltl.cli.testing;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/** An in-process gRPC server under a fresh name, closed by try-with-resources or {@code @AfterEach}. */
public final class InProcessServer implements AutoCloseable {

    private final String name = InProcessServerBuilder.generateName();
    private final Server server;

    public InProcessServer(BindableService... services) {
        InProcessServerBuilder builder = InProcessServerBuilder.forName(name);
        for (BindableService service : services) {
            builder.addService(service);
        }
        try {
            server = builder.build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target to pass as {@code --target} (or to {@code InProcessChannelBuilder.forName}). */
    public String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }
}
