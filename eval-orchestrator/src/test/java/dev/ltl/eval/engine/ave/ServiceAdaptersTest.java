package dev.ltl.eval.engine.ave;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.ltl.eval.engine.accounting.AccountingLedger;
import dev.ltl.eval.engine.clients.EventnessClient;
import dev.ltl.eval.engine.clients.PlannerClient;
import dev.ltl.planner.domain.ListenThenLookPlanner;
import dev.ltl.planner.domain.PlanInput;
import dev.ltl.planner.domain.PlanResult;
import dev.ltl.planner.domain.PlannerConfig;
import dev.ltl.proto.common.v1.Accounting;
import dev.ltl.proto.eventness.v1.EventnessServiceGrpc;
import dev.ltl.proto.eventness.v1.ScoreRequest;
import dev.ltl.proto.eventness.v1.ScoreResponse;
import dev.ltl.proto.planner.v1.Baseline;
import dev.ltl.proto.planner.v1.PlanRequest;
import dev.ltl.proto.planner.v1.PlanResponse;
import dev.ltl.proto.planner.v1.PlannerServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The degradation suite's service adapters over in-process gRPC: the picker's requests are
 * planned by the real planner-core (as planner-svc does), and the scorer's inline PCM is decoded
 * by an in-process eventness endpoint that reports what it received.
 */
class ServiceAdaptersTest {
    /** The §3.3 test vector; the spec's verified anchors: topk → [1, 2], nms r = 2 → [1, 5]. */
    private static final double[] SCORES = {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2};

    private final List<Object> received = new CopyOnWriteArrayList<>();
    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.shutdownNow();
            server.shutdownNow();
        }
    }

    private void start(io.grpc.BindableService service) throws Exception {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    /** planner-svc's Plan on top of planner-core (the request's Struct back to a config map). */
    private final class CorePlanner extends PlannerServiceGrpc.PlannerServiceImplBase {
        @Override
        public void plan(PlanRequest request, StreamObserver<PlanResponse> answer) {
            received.add(request);
            PlannerConfig config = PlannerConfig.fromMap(toMap(request.getConfig()));
            double[] scores = request.getScoresList().stream().mapToDouble(Double::doubleValue).toArray();
            PlanResult plan = new ListenThenLookPlanner().plan(PlanInput.anchored(scores, config));
            PlanResponse.Builder response = PlanResponse.newBuilder().setRequestId(request.getRequestId())
                    .setAccounting(Accounting.newBuilder().setRequestId(request.getRequestId()));
            for (int a : plan.anchors()) {
                response.addAnchors(a);
            }
            answer.onNext(response.build());
            answer.onCompleted();
        }
    }

    private static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((k, v) -> map.put(k, plain(v)));
        return map;
    }

    private static Object plain(Value v) {
        return switch (v.getKindCase()) {
            case NUMBER_VALUE -> v.getNumberValue() == Math.rint(v.getNumberValue())
                    ? (Object) (int) v.getNumberValue() : (Object) v.getNumberValue();
            case STRING_VALUE -> v.getStringValue();
            case BOOL_VALUE -> v.getBoolValue();
            case LIST_VALUE -> plainList(v.getListValue());
            default -> null;
        };
    }

    private static List<Object> plainList(ListValue list) {
        List<Object> out = new ArrayList<>();
        list.getValuesList().forEach(v -> out.add(plain(v)));
        return out;
    }

    @Test
    void gateFreeConfigIsAValidPlannerConfigWithTheGateOff() {
        PlannerConfig config = PlannerConfig.fromMap(PlannerAnchorPicker.gateFreeConfig(2, "nms", 2, 1));
        assertThat(config.k()).isEqualTo(2);
        assertThat(config.toMap()).containsEntry("anchor_select", "nms").containsEntry("anchor_nms_radius", 2)
                .containsEntry("anchor_shift", 1).containsEntry("anchor_std_threshold", 0.0)
                .containsEntry("anchor_conf_threshold", null);
    }

    @Test
    void plannerPickerReturnsThePlannersFinalAnchors() throws Exception {
        start(new CorePlanner());
        AccountingLedger ledger = new AccountingLedger();
        PlannerClient planner = new PlannerClient(channel, 1);
        assertThat(new PlannerAnchorPicker(planner, PlannerAnchorPicker.gateFreeConfig(2, "topk", 2, 0), ledger)
                .anchors(SCORES)).containsExactly(1, 2);
        assertThat(new PlannerAnchorPicker(planner, PlannerAnchorPicker.gateFreeConfig(2, "nms", 2, 0), ledger)
                .anchors(SCORES)).containsExactly(1, 5);
        // shift +1 moves both anchors one second later
        assertThat(new PlannerAnchorPicker(planner, PlannerAnchorPicker.gateFreeConfig(2, "nms", 2, 1), ledger)
                .anchors(SCORES)).containsExactly(2, 6);
        PlanRequest first = (PlanRequest) received.get(0);
        assertThat(first.getBaseline()).isEqualTo(Baseline.BASELINE_ANCHORED);
        assertThat(first.getScoresList()).hasSize(10);
        assertThat(ledger.summary().toString()).contains("planner/Plan");
    }

    @Test
    void stage1ScorerSendsTheWaveformInlineAsLittleEndianFloat32() throws Exception {
        start(new EventnessServiceGrpc.EventnessServiceImplBase() {
            @Override
            public void score(ScoreRequest request, StreamObserver<ScoreResponse> answer) {
                received.add(request);
                ByteBuffer pcm = request.getMedia().getPcm().getSamplesF32Le().asReadOnlyByteBuffer()
                        .order(ByteOrder.LITTLE_ENDIAN);
                ScoreResponse.Builder response = ScoreResponse.newBuilder().setRequestId(request.getRequestId());
                // echo: sample count, then the samples themselves, as the "scores"
                response.addScores(pcm.remaining() / 4.0);
                while (pcm.remaining() >= 4) {
                    response.addScores(pcm.getFloat());
                }
                answer.onNext(response.setAccounting(Accounting.newBuilder().setRequestId("x")).build());
                answer.onCompleted();
            }
        });
        ServiceStage1Scorer scorer = new ServiceStage1Scorer(new EventnessClient(channel, 1), "energy_stride_max",
                new AccountingLedger());
        double[] echoed = scorer.score(new float[] {0.5f, -1.25f, 3e-4f}, 16_000);
        assertThat(echoed).containsExactly(3, 0.5, -1.25, (double) 3e-4f);
        ScoreRequest request = (ScoreRequest) received.get(0);
        assertThat(request.getMethod()).isEqualTo("energy_stride_max");
        assertThat(request.getNumSegments()).isEqualTo(10);
        assertThat(request.getMedia().getPcm().getSampleRate()).isEqualTo(16_000);
        assertThat(request.getMedia().getPcm().getChannels()).isEqualTo(1);
        assertThat(EventnessClient.pcmBytes(new float[] {1f}).toByteArray())
                .containsExactly(0x00, 0x00, 0x80, 0x3f); // 1.0f = 0x3f800000, little-endian
    }
}
