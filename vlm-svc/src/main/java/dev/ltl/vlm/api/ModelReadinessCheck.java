package dev.ltl.vlm.api;

import dev.ltl.vlm.infra.ServedModel;
import dev.ltl.vlm.infra.VlmModels;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Per-model readiness on {@code /q/health/ready}: the service is up when at least one backbone is loaded,
 * and every configured backbone is listed with its state (e.g. {@code "clip-vit-b16@1": "NOT_READY: ..."}).
 */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final VlmModels models;

    public ModelReadinessCheck(VlmModels models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        boolean anyReady = models.all().stream().anyMatch(ServedModel::ready);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("vlm-backbones").status(anyReady);
        for (ServedModel model : models.all()) {
            String state = model.status().getState().name().replace("MODEL_STATE_", "");
            response.withData(model.id(), model.status().getMessage().isEmpty() ? state
                    : state + ": " + model.status().getMessage());
        }
        return response.build();
    }
}
