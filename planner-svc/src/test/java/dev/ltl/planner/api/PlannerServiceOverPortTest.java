package dev.ltl.planner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged Quarkus app over a real TCP port: gRPC shares the HTTP port with health and
 * metrics, the message-size limit answers RESOURCE_EXHAUSTED, and the app keeps serving.
 */
@QuarkusTest
class PlannerServiceOverPortTest {
    private ManagedChannel channel;
    private PlannerServiceGrpc.PlannerServiceBlockingStub stub;

    @BeforeEach
    void connect() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
        stub = PlannerServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void plansOverTheNetworkAndExposesHealthAndMetrics() throws Exception {
        PlanResponse plan = stub.plan(PlannerGrpcServiceTest.request("net-1", PlannerGrpcServiceTest.SCORES,
                "{\"low_res\":160,\"base_res\":224,\"high_res\":352}").build());
        assertThat(plan.getTotalTokens()).isEqualTo(1960);
        assertThat(plan.getAccounting().getRequestId()).isEqualTo("net-1");

        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ltl_planner_plan"));
    }

    @Test
    void selectsQaFramesOverTheNetwork() {
        SelectFramesResponse selection = stub.selectFrames(
                SelectFramesGrpcTest.mixture("net-select", SelectFramesGrpcTest.SCORES, 4).build());
        assertThat(selection.getSelectedSecondsList()).containsExactly(0, 1, 2, 5);
        assertThat(selection.getBackgroundSecondsList()).containsExactly(5);
        assertThat(selection.getAccounting().getRequestId()).isEqualTo("net-select");
    }

    @Test
    void oversizedPayloadIsResourceExhaustedAndTheServerKeepsServing() throws Exception {
        double[] huge = IntStream.range(0, 20_000).mapToDouble(i -> i % 5).toArray();
        PlanRequest tooBig = PlannerGrpcServiceTest.request("huge", huge, "{}").build();
        assertThatThrownBy(() -> stub.plan(tooBig)).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
        assertThat(stub.plan(PlannerGrpcServiceTest.request("after", PlannerGrpcServiceTest.SCORES, "{}").build())
                .getTotalTokens()).isEqualTo(1960);
    }
}
