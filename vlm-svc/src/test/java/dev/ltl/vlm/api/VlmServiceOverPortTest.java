package dev.ltl.vlm.api;

import static dev.ltl.vlm.api.TestImages.inline;
import static dev.ltl.vlm.api.TestImages.png;
import static dev.ltl.vlm.api.TestImages.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.ltl.proto.vlm.v1.AnswerImage;
import dev.ltl.proto.vlm.v1.AnswerRequest;
import dev.ltl.proto.vlm.v1.AnswerResponse;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.ModelInfo;
import dev.ltl.proto.vlm.v1.ModelTask;
import dev.ltl.proto.vlm.v1.ListModelsRequest;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus app over a real port: gRPC + health + metrics on one port, message size limit enforced, and a
 * tiny generated VLM answering over the network.
 */
@QuarkusTest
@WithTestResource(TinyVlmResource.class)
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
        assertThat(stub.listModels(ListModelsRequest.getDefaultInstance()).getModelsList())
                .filteredOn(m -> m.getTask() == ModelTask.MODEL_TASK_EMBED).hasSize(2);
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
    void answersWithTheTinyVlmOverTheNetwork() {
        assertThat(stub.listModels(ListModelsRequest.getDefaultInstance()).getModelsList())
                .filteredOn(m -> m.getTask() == ModelTask.MODEL_TASK_ANSWER)
                .extracting(m -> m.getStatus().getName(), ModelInfo::getRuntime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TinyVlmResource.MODEL, "onnx-qwen-vl"));
        AnswerResponse response = stub.answer(AnswerRequest.newBuilder().setRequestId("net-answer")
                .setModel(TinyVlmResource.MODEL).setQuestion("Which sound is heard?")
                .addAllOptions(List.of("speech", "music", "silence"))
                .addImages(AnswerImage.newBuilder().setSource(inline(png(3))).setResolution(56))
                .build());
        assertThat(response.getOptionScoresCount()).isEqualTo(3);
        assertThat(response.getChosenIndex()).isBetween(0, 2);
        assertThat(response.getStats().getForwardPasses()).isEqualTo(1);
        assertThat(response.getAccounting().getTokens().getVisionTokens()).isEqualTo(4);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("tiny-qwen-vl@1")).body(containsString("onnx-qwen-vl"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ltl_vlm_answer"));
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
