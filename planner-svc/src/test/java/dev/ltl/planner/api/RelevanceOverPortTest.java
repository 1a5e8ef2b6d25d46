package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersRequest;
import dev.ltl.proto.planner.v1.ListRelevanceProvidersResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.RelevanceProviderInfo;
import dev.ltl.proto.planner.v1.RelevanceRequest;
import dev.ltl.proto.planner.v1.RelevanceResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The packaged app's relevance wiring over a real port: the CDI-built providers (MiniLM from the class
 * path, clip/clap unconfigured) answer ListRelevanceProviders and a ql2l_text relevance call.
 */
@QuarkusTest
class RelevanceOverPortTest {

    @Test
    void listsProvidersAndScoresWithTheBundledMiniLm() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
        try {
            PlannerServiceGrpc.PlannerServiceBlockingStub stub = PlannerServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(60, TimeUnit.SECONDS);
            ListRelevanceProvidersResponse list = stub.listRelevanceProviders(
                    ListRelevanceProvidersRequest.getDefaultInstance());
            assertThat(list.getProvidersList()).extracting(RelevanceProviderInfo::getProvider)
                    .containsExactly("asr_bm25", "text", "clip", "clap");
            assertThat(list.getProviders(1).getModels(0).getState()).isEqualTo(ModelState.MODEL_STATE_READY);
            assertThat(list.getProviders(2).getModels(0).getState()).isEqualTo(ModelState.MODEL_STATE_NOT_READY);

            RelevanceResponse text = stub.scoreRelevance(RelevanceRequest.newBuilder().setRequestId("net-rel")
                    .setProvider("text").setQuestion("Why is the dog barking?").setNumSeconds(3)
                    .setTranscript(RelevanceGrpcTest.transcript("the", 1.1, 1.3, "dog", 1.3, 1.5, "is", 1.5, 1.6,
                            "barking", 1.6, 1.8, "stocks", 2.2, 2.5, "fell", 2.5, 2.9))
                    .build());
            assertThat(text.getRelevance(1)).isGreaterThan(text.getRelevance(2));
            assertThat(text.getRelevance(0)).isZero();
            assertThat(text.getAccounting().getRequestId()).isEqualTo("net-rel");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
