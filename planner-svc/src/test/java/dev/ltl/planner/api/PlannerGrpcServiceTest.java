package dev.ltl.planner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.planner.infra.PlanningExecutor;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlanStreamResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
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
 * planner-svc's gRPC contract, exercised in-process (grpc-java's recommended style): every RPC,
 * every class of bad input, and that the service keeps serving after each error.
 */
class PlannerGrpcServiceTest {
    /** The §3.3 test vector of the reference spec. */
    static final double[] SCORES = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    private Server server;
    private ManagedChannel channel;
    private PlannerServiceGrpc.PlannerServiceBlockingStub blocking;
    private PlannerServiceGrpc.PlannerServiceStub async;
    private PlanningExecutor executor;

    @BeforeEach
    void start() throws Exception {
        TestPlannerConfig config = TestPlannerConfig.defaults();
        executor = new PlanningExecutor(config);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        PlannerGrpcService service = new PlannerGrpcService(new PlanRequestMapper(config), executor, config,
                metrics, new FrameSelectionHandler(new SelectFramesMapper(config), metrics));
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(service).maxInboundMessageSize(16 * 1024)
                .build().start();
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

    static Struct config(String json) throws Exception {
        Struct.Builder struct = Struct.newBuilder();
        JsonFormat.parser().merge(json, struct);
        return struct.build();
    }

    static PlanRequest.Builder request(String id, double[] scores, String configJson) throws Exception {
        PlanRequest.Builder request = PlanRequest.newBuilder().setRequestId(id).setConfig(config(configJson));
        for (double s : scores) {
            request.addScores(s);
        }
        return request;
    }

    @Test
    void plansTheReferenceExampleAndAccountsForIt() throws Exception {
        // 160/224/352, anchors top-2 [1, 2] of the test vector: 2 high + 2 base + 6 low (rho = 4).
        PlanResponse plan = blocking.plan(request("clip-1", SCORES,
                "{\"low_res\":160,\"base_res\":224,\"high_res\":352}").build());
        assertThat(plan.getRequestId()).isEqualTo("clip-1");
        assertThat(plan.getAnchorsList()).containsExactly(1, 2);
        assertThat(plan.getResolutionsList()).containsExactly(224, 352, 352, 224, 160, 160, 160, 160, 160, 160);
        assertThat(plan.getTotalTokens()).isEqualTo(1960).isEqualTo(plan.getBudget());
        assertThat(plan.getTokensPerSecondList().stream().mapToLong(Long::longValue).sum()).isEqualTo(1960);
        assertThat(plan.getFallbackUsed()).isFalse();
        assertThat(plan.getConfMetric()).isEqualTo("std");
        assertThat(plan.getConfValue()).isCloseTo(0.3122499, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(plan.getAccounting().getRequestId()).isEqualTo("clip-1");
        assertThat(plan.getAccounting().getService()).isEqualTo("planner-svc");
        assertThat(plan.getAccounting().getTokens().getVisionTokens()).isEqualTo(1960);
        assertThat(plan.getAccounting().getTokens().getImagesCount()).isEqualTo(10);
        assertThat(plan.getAccounting().getTimings().getTotalUs()).isPositive();
    }

    @Test
    void servesEveryBaseline() throws Exception {
        String triad = "{\"low_res\":112,\"base_res\":224,\"high_res\":448}";
        PlanResponse uniform = blocking.plan(request("u", SCORES, triad).setBaseline(Baseline.BASELINE_UNIFORM).build());
        assertThat(uniform.getResolutionsList()).containsOnly(224);
        PlanResponse low = blocking.plan(request("l", SCORES, triad).setBaseline(Baseline.BASELINE_UNIFORM_LOW).build());
        assertThat(low.getResolutionsList()).containsOnly(112);
        PlanResponse oracle = blocking.plan(request("o", SCORES, triad).setBaseline(Baseline.BASELINE_ORACLE)
                .addAllOracleSegments(List.of(0, 0, 0, 0, 0, 5, 5, 5, 5, 5)).build());
        assertThat(oracle.getAnchorsList()).containsExactly(5, 6);
        assertThat(oracle.getResolutions(5)).isEqualTo(448);
        assertThat(oracle.getResolutions(6)).isEqualTo(448);
        PlanResponse random = blocking.plan(request("r", SCORES, triad).setBaseline(Baseline.BASELINE_RANDOM)
                .setSeed(0).build());
        // Python: random.Random(0).sample(range(10), 2) == [6, 9]
        assertThat(random.getAnchorsList()).containsExactly(6, 9);
        assertThat(random.getTotalTokens()).isEqualTo(1960);
    }

    @Test
    void acceptsABestConfigJsonUnchanged() throws Exception {
        String best = """
                {"name":"ltlgini_keepadj_gini0p45_hconf0p5","k":2,"low_res":160,"base_res":224,"high_res":352,
                 "head":"temporal_conv","head_hidden_dim":128,"head_dropout":0.0,"res_feature":"none",
                 "temporal_kernel_size":3,"anchor_shift":0,"anchor_std_threshold":0.0,"anchor_select":"topk",
                 "anchor_nms_radius":2,"anchor_nms_strong_gap":0.6,"anchor_window":3,"anchor_smooth_window":0,
                 "anchor_smooth_mode":"mean","anchor2_veto_method":"none","anchor2_veto_threshold":0.5,
                 "anchor2_veto_label_radius":1,"anchor_gate_method":"none","anchor_gate_threshold":0.0,
                 "anchor_gate_label_radius":1,"anchor_base_alloc":"distance","anchor_conf_metric":"gini",
                 "anchor_conf_threshold":0.45,"max_high_anchors":null,"anchor_high_policy":"adaptive_v3",
                 "anchor_high_adjacent_dist":1,"anchor_high_gap_threshold":0.0,"anchor_drop_far_dist":1,
                 "anchor_fallback_far_dist":0,"anchor_fallback_mode":"uniform",
                 "anchor_fallback_visual_conf_metric":"top1_med","anchor_fallback_visual_conf_threshold":0.0,
                 "anchor_high_conf_metric":"gini","anchor_high_conf_threshold":0.5,"triad_policy":"fixed",
                 "triad_alt_conf_threshold":0.0,"triad_alt_low_res":112,"triad_alt_high_res":448,
                 "triad_alt_max_high_anchors":1,"budget_mode":"exact","budget_epsilon_frac":0.01,
                 "budget_extra_resolutions":[]}""";
        PlanResponse plan = blocking.plan(request("best", SCORES, best).build());
        // gini 0.491 >= 0.45 passes; top-2 [1, 2] adjacent; gini < 0.5 -> one high at 1, base first at 2.
        assertThat(plan.getFallbackUsed()).isFalse();
        assertThat(plan.getAnchorsList()).containsExactly(1, 2);
        assertThat(plan.getMaxHighAnchors()).isEqualTo(1);
        assertThat(plan.getResolutions(1)).isEqualTo(352);
        assertThat(plan.getResolutions(2)).isEqualTo(224);
        assertThat(plan.getResolutionsList().stream().filter(r -> r == 352)).hasSize(1);
        assertThat(plan.getTotalTokens()).isEqualTo(1960);
    }

    @Test
    void rejectsBadInputWithTheFieldNamedAndKeepsServing() throws Exception {
        expectInvalid(request("nan", new double[] {0.1, Double.NaN, 0.3}, "{}").build(), "scores");
        expectInvalid(request("empty", new double[0], "{}").build(), "scores");
        expectInvalid(request("k", SCORES, "{\"k\":-1}").build(), "k");
        expectInvalid(request("key", SCORES, "{\"anchor_selct\":\"topk\"}").build(), "anchor_selct");
        expectInvalid(request("triad", SCORES, "{\"low_res\":160,\"base_res\":224,\"high_res\":320}").build(),
                "budget_mode");
        expectInvalid(request("oracle", SCORES, "{}").setBaseline(Baseline.BASELINE_ORACLE).build(), "oracle_segments");
        // Still serving after all of that.
        assertThat(blocking.plan(request("ok", SCORES, "{}").build()).getTotalTokens()).isEqualTo(1960);
    }

    @Test
    void streamsManyPlansInOrderWithPerItemErrors() throws Exception {
        List<PlanRequest> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String cfg = i == 17 ? "{\"k\":-3}" : "{}";
            requests.add(request("item-" + i, SCORES, cfg).build());
        }
        List<PlanStreamResponse> responses = exchange(requests);
        assertThat(responses).hasSize(50);
        for (int i = 0; i < 50; i++) {
            PlanStreamResponse response = responses.get(i);
            assertThat(response.getRequestId()).isEqualTo("item-" + i);
            if (i == 17) {
                assertThat(response.hasError()).isTrue();
                assertThat(response.getError().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
                assertThat(response.getError().getMessage()).contains("k");
            } else {
                assertThat(response.getResult().getTotalTokens()).isEqualTo(1960);
            }
        }
    }

    private List<PlanStreamResponse> exchange(List<PlanRequest> requests) throws Exception {
        return BidiExchange.exchange(async::planStream, requests);
    }

    private void expectInvalid(PlanRequest request, String field) {
        assertThatThrownBy(() -> blocking.plan(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).contains(field);
                    assertThat(GrpcErrors.violatedField(e)).endsWith(field);
                });
    }
}
