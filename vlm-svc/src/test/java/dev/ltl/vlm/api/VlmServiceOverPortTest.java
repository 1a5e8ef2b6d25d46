package dev.ltl.vlm.api;

import static dev.ltl.vlm.api.TestImages.inline;
import static dev.ltl.vlm.api.TestImages.png;
import static dev.ltl.vlm.api.TestImages.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Quarkus app over a real port: gRPC + health + metrics on one port, message size limit enforced. */
@QuarkusTest
class VlmServiceOverPortTest {
    private ManagedChannel channel;
    private VlmServiceGrpc.VlmServiceBlockingStub stub;

    @BeforeEach
    void connect() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        stub = VlmServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void embedsOverTheNetworkAndReportsModelReadiness() {
        Assumptions.assumeTrue(TestVlmConfig.realModelsPresent(), "real models not under " + TestVlmConfig.sharedDir());
        assertThat(stub.listModels(ListModelsRequest.getDefaultInstance()).getModelsCount()).isEqualTo(2);
        EmbedResponse response = stub.embed(request("net", "mobilenetv2-12-int8-dyn", List.of(inline(png(1))), 112, 448));
        assertThat(response.getEmbeddingsCount()).isEqualTo(2);
        assertThat(response.getEmbeddings(1).getDim()).isEqualTo(1280);
        assertThat(response.getAccounting().getTokens().getVisionTokens()).isEqualTo(49 + 784);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("mobilenetv2-12-int8-dyn@1"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ltl_vlm_embed"))
                .body(containsString("ltl_vlm_vision_tokens"));
    }

    @Test
    void oversizedPayloadIsResourceExhausted() {
        // 5 MB of inline bytes > the 4 MiB test limit on inbound messages.
        assertThatThrownBy(() -> stub.embed(request("huge", "mobilenetv2-12-int8-dyn",
                List.of(inline(new byte[5_000_000])), 224)))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
    }
}
