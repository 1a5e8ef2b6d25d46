package dev.ltl.planner.api;

import dev.ltl.planner.infra.PlanningExecutor;
import dev.ltl.planner.infra.RelevanceProviderLoader;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The planner gRPC service with given relevance providers on an in-process server (grpc-java's in-process
 * transport), for the relevance tests; {@link #close()} stops the server, the planning pool and the providers.
 */
final class InProcessPlanner implements AutoCloseable {
    private final Server server;
    private final ManagedChannel channel;
    private final PlanningExecutor executor;
    private final RelevanceProviderLoader.Loaded providers;
    private final PlannerServiceGrpc.PlannerServiceBlockingStub blocking;

    private InProcessPlanner(Server server, ManagedChannel channel, PlanningExecutor executor,
                             RelevanceProviderLoader.Loaded providers) {
        this.server = server;
        this.channel = channel;
        this.executor = executor;
        this.providers = providers;
        this.blocking = PlannerServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    /** Serves {@code providers} with the relevance inputs read by {@code inputs}. */
    static InProcessPlanner start(TestPlannerConfig config, RelevanceProviderLoader.Loaded providers,
                                  RelevanceInputMapper inputs) throws IOException {
        PlanningExecutor executor = new PlanningExecutor(config);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        RelevanceHandler relevance = new RelevanceHandler(providers.providers(), inputs);
        PlannerGrpcService service = new PlannerGrpcService(new PlanRequestMapper(config), executor, config, metrics,
                new FrameSelectionHandler(new SelectFramesMapper(config), metrics, relevance), relevance);
        String name = InProcessServerBuilder.generateName();
        Server server = InProcessServerBuilder.forName(name).addService(service).build().start();
        return new InProcessPlanner(server, InProcessChannelBuilder.forName(name).build(), executor, providers);
    }

    /** A blocking stub with a 60-s deadline. */
    PlannerServiceGrpc.PlannerServiceBlockingStub blocking() {
        return blocking;
    }

    ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() throws Exception {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        executor.pool().shutdownNow();
        providers.close();
    }
}
