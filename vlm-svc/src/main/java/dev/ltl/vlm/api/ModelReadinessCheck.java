package dev.ltl.vlm.api;

import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.vlm.infra.AnswerModels;
import dev.ltl.vlm.infra.ServedAnswerModel;
import dev.ltl.vlm.infra.ServedModel;
import dev.ltl.vlm.infra.VlmModels;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Per-model readiness on {@code /q/health/ready}: the service is up when at least one model (backbone or VLM)
 * is loaded, and every configured model is listed with its state (e.g. {@code "clip-vit-b16@1": "NOT_READY: ..."},
 * VLMs with their runtime: {@code "tiny-qwen-vl@1": "READY (onnx-qwen-vl)"}).
 */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final VlmModels models;
    private final AnswerModels answerModels;

    public ModelReadinessCheck(VlmModels models, AnswerModels answerModels) {
        this.models = models;
        this.answerModels = answerModels;
    }

    @Override
    public HealthCheckResponse call() {
        boolean anyReady = models.all().stream().anyMatch(ServedModel::ready)
                || answerModels.all().stream().anyMatch(ServedAnswerModel::ready);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("vlm-models").status(anyReady);
        for (ServedModel model : models.all()) {
            response.withData(model.id(), describe(model.status(), ""));
        }
        for (ServedAnswerModel model : answerModels.all()) {
            response.withData(model.id(), describe(model.status(), " (" + model.runtime() + ")"));
        }
        return response.build();
    }

    private static String describe(ModelStatus status, String suffix) {
        String state = status.getState().name().replace("MODEL_STATE_", "") + suffix;
        return status.getMessage().isEmpty() ? state : state + ": " + status.getMessage();
    }
}
