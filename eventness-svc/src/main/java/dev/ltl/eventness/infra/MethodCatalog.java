package dev.ltl.eventness.infra;

import dev.ltl.common.media.DecodedMedia;
import dev.ltl.eventness.domain.EnergyEventness;
import dev.ltl.eventness.domain.FrameDiffEventness;
import dev.ltl.eventness.domain.VadSuppressedEventness;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.proto.eventness.v1.MethodKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every eventness method this service serves, by name. DSP methods are always ready; ONNX methods
 * are ready when their models loaded (see {@link EventnessModels}).
 */
@ApplicationScoped
public class MethodCatalog {
    static final String BUILTIN = "builtin@1";

    private final Map<String, ScoringMethod> methods = new LinkedHashMap<>();

    public MethodCatalog(EventnessModels models) {
        add(builtin("energy", "ln(mean(x^2) + 1e-12) per second (reference energy)",
                m -> EnergyEventness.energy(m.pcm(), m.sampleRate(), m.numSeconds())));
        add(builtin("energy_delta", "|energy(t) - energy(t-1)|, 0 for the first second",
                m -> EnergyEventness.energyDelta(m.pcm(), m.sampleRate(), m.numSeconds())));
        add(builtin("energy_stride_max", "max over 0.4 s windows (stride 0.2 s) of ln(mean(x^2) + 1e-12) per second",
                m -> EnergyEventness.energyStrideMax(m.pcm(), m.sampleRate(), m.numSeconds())));
        add(new Method("frame_diff", "mean |F_t - F_(t-1)| of 32x32 grayscale frames (cheap visual score)",
                MethodKind.METHOD_KIND_VISUAL, true, () -> BUILTIN, List::of,
                m -> FrameDiffEventness.score(m.frames(), m.numSeconds())));
        add(new Method("audioset",
                "max sigmoid over the non-speech AudioSet classes of the EfficientAT tagger, per second",
                MethodKind.METHOD_KIND_ONNX, false,
                () -> models.audioset().id(), () -> List.of(models.audioset().status()),
                m -> require(models.audioset()).eventnessPerSecond(m.pcm(), m.numSeconds())));
        add(new Method("vad_suppressed",
                "minmax01(energy_stride_max) x (1 - Silero VAD speech ratio), per second",
                MethodKind.METHOD_KIND_ONNX, false,
                () -> models.vad().id(), () -> List.of(models.vad().status()),
                m -> VadSuppressedEventness.combine(
                        EnergyEventness.energyStrideMax(m.pcm(), m.sampleRate(), m.numSeconds()),
                        require(models.vad()).speechRatioPerSecond(m.pcm(), m.numSeconds()))));
    }

    public Optional<ScoringMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    public List<ScoringMethod> all() {
        return List.copyOf(methods.values());
    }

    public List<String> names() {
        return List.copyOf(methods.keySet());
    }

    private void add(ScoringMethod method) {
        methods.put(method.name(), method);
    }

    private static Method builtin(String name, String description, Function<DecodedMedia, double[]> scorer) {
        return new Method(name, description, MethodKind.METHOD_KIND_DSP, false, () -> BUILTIN, List::of, scorer);
    }

    private static <T> T require(LoadedModel<T> model) {
        return model.instance().orElseThrow(() -> new IllegalStateException(
                "model " + model.id() + " is not ready: " + model.status().getMessage()));
    }

    private record Method(String name, String description, MethodKind kind, boolean needsFrames,
                          Supplier<String> model, Supplier<List<ModelStatus>> statuses,
                          Function<DecodedMedia, double[]> scorer) implements ScoringMethod {
        @Override
        public String modelId() {
            return model.get();
        }

        @Override
        public List<ModelStatus> models() {
            return statuses.get();
        }

        @Override
        public double[] score(DecodedMedia media) {
            return scorer.apply(media);
        }
    }
}
