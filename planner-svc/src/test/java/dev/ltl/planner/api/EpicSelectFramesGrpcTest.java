package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.infra.PlanningExecutor;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code epic_*} branch of {@code SelectFrames}, in-process: each EPIC method's selection and
 * plan (hand-checked in planner-core's EpicPlannerTest) and the bad inputs with their field.
 */
class EpicSelectFramesGrpcTest {
    private Server server;
    private ManagedChannel channel;
    private PlannerServiceGrpc.PlannerServiceBlockingStub blocking;
    private PlanningExecutor executor;

    @BeforeEach
    void start() throws Exception {
        TestPlannerConfig config = new TestPlannerConfig(200, 100, 2, 2);
        executor = new PlanningExecutor(config);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        PlannerGrpcService service = new PlannerGrpcService(new PlanRequestMapper(config), executor, config,
                metrics, new FrameSelectionHandler(new SelectFramesMapper(config), metrics));
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(service).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
        blocking = PlannerServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        executor.pool().shutdownNow();
    }

    @Test
    void oracleAnswersTheEqualBudgetPlan() {
        SelectFramesResponse response = blocking.selectFrames(SelectFramesRequest.newBuilder().setRequestId("e-1")
                .setMethod("epic_oracle").setNumSeconds(20).setMaxSteps(10).addOracleAnchorSeconds(10).build());
        assertThat(response.getMethod()).isEqualTo("epic_oracle");
        assertThat(response.getSelectedSecondsList()).containsExactly(0, 1, 2, 5, 8, 9, 10, 11, 12, 15);
        assertThat(response.getResolutionsList()).containsExactly(224, 112, 112, 112, 224, 224, 448, 224, 224, 112);
        assertThat(response.getTotalTokens()).isEqualTo(1960);
        assertThat(response.getAnchorsList()).containsExactly(10);
        assertThat(response.getAccounting().getModel()).contains("epic");
    }

    @Test
    void audioAnchoredTakesTheVideoLengthFromTheScores() {
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder().setMethod("epic_audio_anchored").setMaxSteps(5);
        double[] scores = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0};
        for (double s : scores) {
            request.addAudioScores(s);
        }
        SelectFramesResponse response = blocking.selectFrames(request.build());
        assertThat(response.getNumSeconds()).isEqualTo(12);
        assertThat(response.getSelectedSecondsCount()).isEqualTo(5);
        assertThat(response.getTotalTokens()).isEqualTo(5 * 196);
        assertThat(response.getAnchors(0)).isEqualTo(10);
    }

    @Test
    void randomIsSeededByTheVideoId() {
        SelectFramesResponse response = blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("epic_random")
                .setNumSeconds(30).setMaxSteps(8).setItemSeedKey("P01_01").build());
        assertThat(response.getSelectedSecondsList()).containsExactly(3, 6, 8, 9, 10, 12, 13, 23);
        assertThat(Long.toUnsignedString(response.getSeedUsed())).isEqualTo("16186315062075913895");
        assertThat(response.getResolutionsList()).containsOnly(224);
    }

    @Test
    void uniformOnAShortVideoSelectsEverySecond() {
        SelectFramesResponse response = blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("epic_uniform")
                .setNumSeconds(4).setMaxSteps(120).build());
        assertThat(response.getSelectedSecondsList()).containsExactly(0, 1, 2, 3);
        assertThat(response.getTotalTokens()).isEqualTo(4 * 196);
    }

    @Test
    void badRequestsNameTheirField() {
        expect("max_steps", SelectFramesRequest.newBuilder().setMethod("epic_uniform").setNumSeconds(10).build());
        expect("method", SelectFramesRequest.newBuilder().setMethod("epic_topk").setNumSeconds(10).setMaxSteps(2).build());
        expect("num_seconds", SelectFramesRequest.newBuilder().setMethod("epic_uniform").setNumSeconds(500).setMaxSteps(2).build());
        expect("num_seconds", SelectFramesRequest.newBuilder().setMethod("epic_uniform").setMaxSteps(2).build());
        expect("oracle_anchor_seconds", SelectFramesRequest.newBuilder().setMethod("epic_oracle").setNumSeconds(10)
                .setMaxSteps(2).addOracleAnchorSeconds(-3).build());
        expect("audio_scores", SelectFramesRequest.newBuilder().setMethod("epic_audio_anchored").setNumSeconds(3)
                .setMaxSteps(2).addAudioScores(1).build());
        assertThatThrownBy(() -> blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("epic_audio_anchored")
                .setNumSeconds(3).setMaxSteps(2).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
                    assertThat(GrpcErrors.violatedField(e)).isEqualTo("audio_scores");
                });
    }

    private void expect(String field, SelectFramesRequest request) {
        assertThatThrownBy(() -> blocking.selectFrames(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).contains(field);
                    assertThat(GrpcErrors.violatedField(e)).isEqualTo(field);
                });
    }
}
