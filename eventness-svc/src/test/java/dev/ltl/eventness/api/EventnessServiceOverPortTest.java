package dev.ltl.eventness.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Quarkus app over a real port: gRPC + health + metrics on one port, size limit enforced. */
@QuarkusTest
class EventnessServiceOverPortTest {
    private ManagedChannel channel;
    private EventnessServiceGrpc.EventnessServiceBlockingStub stub;

    @BeforeEach
    void connect() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        stub = EventnessServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void scoresOverTheNetworkAndReportsModelReadiness() {
        ScoreResponse response = stub.score(EventnessGrpcServiceTest.scoreRequest("net", "energy_stride_max",
                EventnessGrpcServiceTest.inlinePcm(EventnessGrpcServiceTest.toneInSeconds3And4(10), 16000)));
        assertThat(response.getScoresList()).hasSize(10);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("efficientat-mn04-as@1"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ltl_eventness_score"));
    }

    @Test
    void oversizedPayloadIsResourceExhausted() {
        // 2 M samples = 8 MB > the 4 MiB test limit.
        assertThatThrownBy(() -> stub.score(EventnessGrpcServiceTest.scoreRequest("huge", "energy",
                EventnessGrpcServiceTest.inlinePcm(new float[2_000_000], 16000))))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
        assertThat(stub.score(EventnessGrpcServiceTest.scoreRequest("after", "energy",
                EventnessGrpcServiceTest.inlinePcm(EventnessGrpcServiceTest.toneInSeconds3And4(10), 16000)))
                .getScoresList()).hasSize(10);
    }
}
