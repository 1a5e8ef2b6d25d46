package dev.ltl.eventness.api;

import dev.ltl.eventness.infra.EventnessModels;
import dev.ltl.eventness.infra.LoadedModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Per-model readiness on {@code /q/health/ready}. The service itself is ready as long as it can
 * serve (the DSP methods need no model), so a missing model shows up as data — e.g.
 * {@code "audioset/efficientat-mn04-as@1": "NOT_READY: ..."} — rather than taking the pod out of
 * rotation.
 */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {
    private final EventnessModels models;

    public ModelReadinessCheck(EventnessModels models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("eventness-models").up();
        for (LoadedModel<?> model : models.all()) {
            String state = model.status().getState().name().replace("MODEL_STATE_", "");
            response.withData(model.id(), model.status().getMessage().isEmpty() ? state
                    : state + ": " + model.status().getMessage());
        }
        return response.build();
    }
}
