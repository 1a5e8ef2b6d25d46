package dev.ltl.eventness.infra;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import java.util.Optional;

/**
 * A model slot: the loaded runtime object when loading worked, otherwise why not. A failed or
 * missing model only makes the methods that need it unavailable; the service keeps serving.
 */
public final class LoadedModel<T> {
    private final ModelStatus status;
    private final T instance;

    private LoadedModel(ModelStatus status, T instance) {
        this.status = status;
        this.instance = instance;
    }

    public static <T> LoadedModel<T> ready(String name, String version, String device, T instance) {
        return new LoadedModel<>(ModelStatus.newBuilder().setName(name).setVersion(version)
                .setState(ModelState.MODEL_STATE_READY).setDevice(device).build(), instance);
    }

    public static <T> LoadedModel<T> unavailable(String name, String version, ModelState state, String why) {
        return new LoadedModel<>(ModelStatus.newBuilder().setName(name).setVersion(version)
                .setState(state).setMessage(why).build(), null);
    }

    public ModelStatus status() {
        return status;
    }

    public String id() {
        return status.getName() + "@" + status.getVersion();
    }

    public Optional<T> instance() {
        return Optional.ofNullable(instance);
    }
}
