package dev.ltl.eval.engine.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.vlm.v1.EmbedRequest;
import dev.ltl.proto.vlm.v1.EmbedResponse;
import dev.ltl.proto.vlm.v1.EmbedStreamResponse;
import dev.ltl.proto.vlm.v1.Embedding;
import dev.ltl.proto.vlm.v1.VlmServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block-of-10-seconds feature store against an in-process vlm-svc double whose embedding of
 * second t at resolution r is the vector (t, r): rows land where they belong, each (block,
 * resolution) is embedded once, and a new store on the same cache embeds nothing.
 */
class EpicFeatureStoreTest {
    @TempDir
    Path dir;

    private final List<EmbedRequest> received = new ArrayList<>();
    private Server server;
    private ManagedChannel channel;

    @BeforeEach
    void start() throws Exception {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(new VlmServiceGrpc.VlmServiceImplBase() {
            @Override
            public StreamObserver<EmbedRequest> embedStream(StreamObserver<EmbedStreamResponse> answers) {
                return new StreamObserver<>() {
                    @Override
                    public void onNext(EmbedRequest request) {
                        received.add(request);
                        answers.onNext(EmbedStreamResponse.newBuilder().setRequestId(request.getRequestId())
                                .setResult(embeddingsOf(request)).build());
                    }

                    @Override
                    public void onError(Throwable error) {
                    }

                    @Override
                    public void onCompleted() {
                        answers.onCompleted();
                    }
                };
            }
        }).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
    }

    /** Second t at resolution r embeds to the vector (t, r). */
    private static EmbedResponse embeddingsOf(EmbedRequest request) {
        EmbedResponse.Builder response = EmbedResponse.newBuilder().setAccounting(Accounting.getDefaultInstance());
        List<Integer> seconds = request.getImages(0).getVideo().getSecondsList();
        int r = request.getResolutions(0);
        for (int i = 0; i < seconds.size(); i++) {
            ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            bytes.putFloat(seconds.get(i)).putFloat(r);
            response.addEmbeddings(Embedding.newBuilder().setImageIndex(i).setSecond(seconds.get(i)).setResolution(r)
                    .setDim(2).setVectorF32Le(ByteString.copyFrom(bytes.array())));
        }
        return response.build();
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void embedsEachBlockOnceAndPutsRowsInPlace() throws Exception {
        Path video = Files.writeString(dir.resolve("P01_01.mp4"), "not really a video: only its bytes are hashed");
        EpicServiceClients clients = new EpicServiceClients(channel, channel, channel, new AccountingLedger());
        EpicFeatureStore store = new EpicFeatureStore(dir.resolve("cache"), "toy", Map.of("P01_01", video), clients);

        EpicSelection first = selection(List.of(3, 5, 12, 17, 25), List.of(224, 224, 448, 224, 112));
        store.prefetch(List.of(first));
        assertThat(store.features(first)).isDeepEqualTo(new float[][] {{3, 224}, {5, 224}, {12, 448}, {17, 224},
            {25, 112}});
        assertThat(received).as("blocks 0@224, 1@448, 1@224, 2@112").hasSize(4);
        assertThat(received.get(1).getImages(0).getVideo().getSecondsList())
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);

        store.prefetch(List.of(selection(List.of(4), List.of(224))));
        assertThat(received).as("block 0 at 224 is held in memory").hasSize(4);

        EpicFeatureStore reopened = new EpicFeatureStore(dir.resolve("cache"), "toy", Map.of("P01_01", video), clients);
        EpicSelection again = selection(List.of(19), List.of(448));
        reopened.prefetch(List.of(again));
        assertThat(reopened.features(again)).isDeepEqualTo(new float[][] {{19, 448}});
        assertThat(received).as("read back from the feature cache").hasSize(4);
        assertThatThrownBy(() -> reopened.features(selection(List.of(0), List.of(112))))
                .hasMessageContaining("not prefetched");
    }

    private static EpicSelection selection(List<Integer> seconds, List<Integer> resolutions) {
        return new EpicSelection("oracle", "P01_01", 30, seconds, resolutions, List.of(), 0);
    }

    @Test
    void entryIdsSplitIntoVideoAndBlock() {
        assertThat(EpicFeatureStore.videoOf("P01_01#3")).isEqualTo("P01_01");
        assertThat(EpicFeatureStore.blockOf("a#b#12")).isEqualTo(12);
    }
}
