package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.infra.PlanningExecutor;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import dev.ltl.proto.planner.v1.SelectFramesStreamResponse;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * planner-svc's {@code SelectFrames} and {@code SelectFramesStream}, in-process: every method
 * family, every class of bad input with its status and field, and per-item errors in the stream.
 */
class SelectFramesGrpcTest {
    /** The §3.3 test vector of the AVE reference spec. */
    static final double[] SCORES = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    private Server server;
    private ManagedChannel channel;
    private PlannerServiceGrpc.PlannerServiceBlockingStub blocking;
    private PlannerServiceGrpc.PlannerServiceStub async;
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
        async = PlannerServiceGrpc.newStub(channel);
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        executor.pool().shutdownNow();
    }

    static SelectFramesRequest.Builder mixture(String id, double[] scores, int budget) {
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder().setRequestId(id).setMethod("mixture")
                .setBudgetFrames(budget);
        for (double s : scores) {
            request.addScores(s);
        }
        return request;
    }

    @Test
    void mixtureRecordsTheWholeSelection() {
        // Hand-checked in planner-core's MixtureSelectorTest: q̄ 0.8627, α 0.1686, n_back 1.
        SelectFramesResponse response = blocking.selectFrames(mixture("m-1", SCORES, 4).build());
        assertThat(response.getRequestId()).isEqualTo("m-1");
        assertThat(response.getMethod()).isEqualTo("mixture");
        assertThat(response.getNumSeconds()).isEqualTo(10);
        assertThat(response.getSelectedSecondsList()).containsExactly(0, 1, 2, 5);
        assertThat(response.getBackgroundSecondsList()).containsExactly(5);
        assertThat(response.getAnchorSecondsList()).containsExactly(1, 0, 2);
        assertThat(response.getAnchorsList()).containsExactly(1, 5, 8, 3);
        assertThat(response.getQBar()).isCloseTo(0.8627450980392157, within(1e-15));
        assertThat(response.getAlpha()).isCloseTo(0.16862745098039214, within(1e-15));
        assertThat(response.getReliabilityMetric()).isEqualTo("top3_bottom3_gap_norm");
        assertThat(response.getAccounting().getRequestId()).isEqualTo("m-1");
        assertThat(response.getAccounting().getService()).isEqualTo("planner-svc");
        assertThat(response.getAccounting().getModel()).isEqualTo("ltl-qa-select@1");
    }

    @Test
    void uniformAndRandomCarryNoMixtureRecord() {
        SelectFramesResponse uniform = blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("uniform")
                .setNumSeconds(10).setBudgetFrames(3).build());
        assertThat(uniform.getSelectedSecondsList()).containsExactly(0, 4, 9);
        assertThat(uniform.hasAlpha()).isFalse();
        assertThat(uniform.hasQBar()).isFalse();
        assertThat(uniform.getReliabilityMetric()).isEmpty();

        // python3: int(hashlib.sha1(b"q1|vid1").hexdigest()[:8], 16) == 2498171883, and
        // sorted(random.Random(2498171883).sample(range(120), 16))
        SelectFramesResponse random = blocking.selectFrames(SelectFramesRequest.newBuilder().setMethod("random")
                .setNumSeconds(120).setBudgetFrames(16).setSeed(0).setItemSeedKey("q1|vid1").build());
        assertThat(random.getSeedUsed()).isEqualTo(2_498_171_883L);
        assertThat(random.getSelectedSecondsList())
                .containsExactly(12, 20, 24, 25, 29, 34, 44, 55, 59, 65, 66, 85, 92, 96, 104, 117);

        SelectFramesResponse textOnly = blocking.selectFrames(SelectFramesRequest.newBuilder()
                .setMethod("text_only").build());
        assertThat(textOnly.getSelectedSecondsCount()).isZero();
    }

    @Test
    void queryAwareMethodsTakeTheCallersRelevance() {
        // base = [1, 0, 1/3, 2/3, 1]; with rel [1, 0, 0, .5, .25] the Q-L2L score is [1, 0, 1/6, .5, .625]:
        // q̄ = (1 + .625 + .5)/3 − (0 + 1/6 + .5)/3 = 0.4861, α = 0.3569, n_back = round(0.714) = 1 → [2];
        // top anchor 0 → anchor seconds [0].
        SelectFramesRequest.Builder request = SelectFramesRequest.newBuilder().setMethod("ql2l_clip")
                .setBudgetFrames(2);
        for (double a : new double[] {0, 1, 2, 3, 4}) {
            request.addAudioScores(a);
        }
        for (double v : new double[] {4, 0, 0, 0, 0}) {
            request.addVisualScores(v);
        }
        for (double r : new double[] {1, 0, 0, 0.5, 0.25}) {
            request.addRelevance(r);
        }
        SelectFramesResponse response = blocking.selectFrames(request.build());
        assertThat(response.getBackgroundSecondsList()).containsExactly(2);
        assertThat(response.getAnchorSecondsList()).containsExactly(0);
        assertThat(response.getSelectedSecondsList()).containsExactly(0, 2);
        assertThat(response.getQBar()).isCloseTo((1 + 0.625 + 0.5) / 3 - (1.0 / 6 + 0.5) / 3, within(1e-12));
    }

    @Test
    void rejectsBadInputWithTheFieldNamedAndKeepsServing() {
        expect(Status.Code.INVALID_ARGUMENT, "method", SelectFramesRequest.newBuilder().setBudgetFrames(2).build());
        expect(Status.Code.INVALID_ARGUMENT, "method", mixture("x", SCORES, 2).setMethod("topk").build());
        expect(Status.Code.INVALID_ARGUMENT, "budget_frames", mixture("x", SCORES, -1).build());
        expect(Status.Code.INVALID_ARGUMENT, "budget_frames", mixture("x", SCORES, 2).clearBudgetFrames().build());
        expect(Status.Code.INVALID_ARGUMENT, "scores", mixture("x", new double[] {0.1, Double.POSITIVE_INFINITY}, 1).build());
        expect(Status.Code.INVALID_ARGUMENT, "scores", mixture("x", SCORES, 2).setNumSeconds(12).build());
        expect(Status.Code.INVALID_ARGUMENT, "num_seconds", SelectFramesRequest.newBuilder().setMethod("uniform")
                .setBudgetFrames(2).build());
        expect(Status.Code.INVALID_ARGUMENT, "num_seconds", SelectFramesRequest.newBuilder().setMethod("uniform")
                .setNumSeconds(500).setBudgetFrames(2).build());
        expect(Status.Code.FAILED_PRECONDITION, "relevance", SelectFramesRequest.newBuilder().setMethod("ql2l_clap")
                .setBudgetFrames(2).addAudioScores(1).addAudioScores(2).addVisualScores(0).addVisualScores(1).build());
        expect(Status.Code.FAILED_PRECONDITION, "audio_scores", mixture("x", SCORES, 2).setMethod("audio").build());
        // Still serving after all of that.
        assertThat(blocking.selectFrames(mixture("ok", SCORES, 1).build()).getSelectedSecondsList()).containsExactly(1);
    }

    @Test
    void streamsManySelectionsInOrderWithPerItemErrors() throws Exception {
        List<SelectFramesRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(mixture("item-" + i, SCORES, i == 13 ? -2 : 4).build());
        }
        List<SelectFramesStreamResponse> responses = exchange(requests);
        assertThat(responses).hasSize(40);
        for (int i = 0; i < 40; i++) {
            SelectFramesStreamResponse response = responses.get(i);
            assertThat(response.getRequestId()).isEqualTo("item-" + i);
            if (i == 13) {
                assertThat(response.getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
                assertThat(response.getError().getMessage()).contains("budget_frames");
            } else {
                assertThat(response.getResult().getSelectedSecondsList()).containsExactly(0, 1, 2, 5);
            }
        }
    }

    private List<SelectFramesStreamResponse> exchange(List<SelectFramesRequest> requests) throws Exception {
        return BidiExchange.exchange(async::selectFramesStream, requests);
    }

    private void expect(Status.Code code, String field, SelectFramesRequest request) {
        assertThatThrownBy(() -> blocking.selectFrames(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(code);
                    assertThat(e.getStatus().getDescription()).contains(field);
                    assertThat(GrpcErrors.violatedField(e)).isEqualTo(field);
                });
    }
}
