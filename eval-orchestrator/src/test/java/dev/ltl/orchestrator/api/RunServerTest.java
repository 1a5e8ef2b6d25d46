package dev.ltl.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.proto.orchestrator.v1.GetRunRequest;
import dev.ltl.proto.orchestrator.v1.RunServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Netty server that {@code ltl ave serve} starts answers RunService calls over TCP. */
class RunServerTest {
    @TempDir
    Path tmp;

    @Test
    void servesRunServiceOnAFreePort() {
        try (RunServer server = RunServer.start("127.0.0.1", 0, 1, tmp, (spec, progress) -> "done")) {
            assertThat(server.port()).isPositive();
            ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            try {
                var stub = RunServiceGrpc.newBlockingStub(channel);
                assertThatThrownBy(() -> stub.getRun(GetRunRequest.newBuilder().setRunId("none").build()))
                        .isInstanceOfSatisfying(StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
            } finally {
                channel.shutdownNow();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
