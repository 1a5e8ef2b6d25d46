package dev.ltl.planner.api;

import dev.ltl.common.grpc.GrpcErrors;
import dev.ltl.common.grpc.RequestTimer;
import dev.ltl.planner.domain.MissingInputException;
import dev.ltl.planner.domain.PlanningException;
import dev.ltl.planner.domain.epic.EpicMethod;
import dev.ltl.planner.domain.epic.EpicPlan;
import dev.ltl.planner.domain.epic.EpicPlanner;
import dev.ltl.planner.domain.epic.EpicSelectionRequest;
import dev.ltl.planner.domain.qa.QaFrameSelector;
import dev.ltl.planner.domain.qa.QaSelectionRequest;
import dev.ltl.planner.domain.qa.QaSelectionResult;
import dev.ltl.proto.planner.v1.SelectFramesRequest;
import dev.ltl.proto.planner.v1.SelectFramesResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One {@code SelectFrames} request from wire to wire: map, select with the pure-Java
 * {@link QaFrameSelector}, answer with accounting and metrics. Shared by the unary and the
 * streaming RPC of {@link PlannerGrpcService}.
 */
@ApplicationScoped
public class FrameSelectionHandler {
    private static final Logger LOG = Logger.getLogger(FrameSelectionHandler.class);
    static final String MODEL = "ltl-qa-select@1";

    static final String EPIC_MODEL = "ltl-epic-select@1";

    private final QaFrameSelector selector = new QaFrameSelector();
    private final EpicPlanner epicPlanner = new EpicPlanner();
    private final SelectFramesMapper mapper;
    private final EpicSelectFramesMapper epicMapper;
    private final MeterRegistry metrics;
    private final RelevanceHandler relevance;

    /** Without relevance providers: ql2l_* requests must then carry their relevance. */
    public FrameSelectionHandler(SelectFramesMapper mapper, MeterRegistry metrics) {
        this(mapper, metrics, RelevanceHandler.withoutProviders(mapper.config()));
    }

    @Inject
    public FrameSelectionHandler(SelectFramesMapper mapper, MeterRegistry metrics, RelevanceHandler relevance) {
        this.mapper = mapper;
        this.epicMapper = new EpicSelectFramesMapper(mapper);
        this.metrics = metrics;
        this.relevance = relevance;
    }

    SelectFramesResponse selectOne(SelectFramesRequest request, long receivedNanos) {
        RequestTimer timer = RequestTimer.startedAt(receivedNanos);
        timer.endQueue();
        if (Context.current().isCancelled()) {
            throw Status.CANCELLED.withDescription("request cancelled or past its deadline").asRuntimeException();
        }
        if (EpicMethod.isEpic(request.getMethod())) {
            return selectEpic(request, timer);
        }
        QaSelectionRequest input = mapper.toDomain(request);
        if (RelevanceHandler.computesRelevance(request)) {
            // ql2l_* with a question and no relevance: the provider named by the method suffix computes it.
            input = withRelevance(input, relevance.relevanceFor(request));
        }
        timer.endPreprocess();
        QaSelectionResult result = selector.select(input);
        timer.endInference();
        SelectFramesResponse.Builder response = SelectFramesMapper.toResponse(request.getRequestId(), result);
        if (result.method().wireName().startsWith(RelevanceHandler.QL2L_PREFIX) && input.relevance() != null) {
            for (double r : input.relevance()) {
                response.addRelevance(r);
            }
        }
        return finish(response, timer, request.getRequestId(), MODEL, result.method().wireName());
    }

    /** The epic_* branch: EPIC-SOUNDS selections with their equal-budget resolution plan. */
    private SelectFramesResponse selectEpic(SelectFramesRequest request, RequestTimer timer) {
        EpicSelectionRequest input = epicMapper.toDomain(request);
        timer.endPreprocess();
        EpicPlan plan = epicPlanner.plan(input);
        timer.endInference();
        SelectFramesResponse.Builder response = EpicSelectFramesMapper.toResponse(request.getRequestId(), plan);
        return finish(response, timer, request.getRequestId(), EPIC_MODEL, plan.method().wireName());
    }

    /** Accounting and the per-method latency metric, the same for every selection. */
    private SelectFramesResponse finish(SelectFramesResponse.Builder response, RequestTimer timer, String requestId,
                                        String model, String method) {
        timer.endPostprocess();
        response.setAccounting(timer.accounting(PlannerGrpcService.SERVICE, requestId, model, "cpu", 1, null));
        Timer.builder("ltl.planner.select").tag("method", method)
                .description("QA frame selection latency").publishPercentileHistogram().register(metrics)
                .record(timer.elapsedMicros(), TimeUnit.MICROSECONDS);
        return response.build();
    }

    private static QaSelectionRequest withRelevance(QaSelectionRequest in, double[] relevance) {
        return new QaSelectionRequest(in.method(), in.numSeconds(), in.budgetFrames(), in.seed(), in.itemSeedKey(),
                in.audioScores(), in.visualScores(), relevance, in.scores());
    }

    /** The status a failed selection answers with: domain errors name the request field. */
    StatusRuntimeException asStatus(SelectFramesRequest request, Throwable error) {
        StatusRuntimeException status;
        StatusRuntimeException relevanceError = RelevanceHandler.asStatusOrNull(error);
        if (error instanceof StatusRuntimeException sre) {
            status = sre;
        } else if (relevanceError != null) {
            status = relevanceError;
        } else if (error instanceof MissingInputException missing) {
            status = GrpcErrors.failedPrecondition(missing.field(), missing.getMessage());
        } else if (error instanceof PlanningException invalid) {
            status = GrpcErrors.invalidArgument(invalid.field(), invalid.getMessage());
        } else {
            LOG.errorf(error, "select-frames request '%s' failed", request.getRequestId());
            status = GrpcErrors.internal("frame selection failed: " + error);
        }
        metrics.counter("ltl.planner.select.errors", "code", status.getStatus().getCode().name()).increment();
        return status;
    }
}
