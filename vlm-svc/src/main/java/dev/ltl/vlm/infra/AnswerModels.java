package dev.ltl.vlm.infra;

import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.vlm.domain.answer.AnswerEngine;
import dev.ltl.vlm.http.OpenAiBackendConfig;
import dev.ltl.vlm.http.OpenAiCompatibleVlm;
import dev.ltl.vlm.onnx.qwen.QwenModelConfig;
import dev.ltl.vlm.onnx.qwen.QwenOnnxVlm;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The VLMs Answer serves, loaded at start-up: repository models whose model.yaml declares an answer task
 * (all of them, or those listed in {@code ltl.vlm.answer.models}) and the OpenAI-compatible backends of
 * {@code ltl.vlm.openai-backends}. Each loads independently: a broken one is listed NOT_READY / FAILED with
 * the reason and only requests for it fail.
 *
 * <p>An HTTP backend is READY once configured: it is not probed at start-up (the server may come up later);
 * an unreachable server shows per request as UNAVAILABLE.
 */
@ApplicationScoped
public class AnswerModels {
    private static final Logger LOG = Logger.getLogger(AnswerModels.class);

    private final VlmConfig config;
    private final ModelRepositoryConfig repositoryConfig;
    private final RepositoryVlmLoader loader;
    private final Function<String, String> environment;
    private volatile List<ServedAnswerModel> models = List.of();

    @Inject
    public AnswerModels(VlmConfig config, ModelRepositoryConfig repositoryConfig) {
        this(config, repositoryConfig, onnxLoader(repositoryConfig.intraOpThreads()), System::getenv);
    }

    /** With a custom loader and environment (tests). */
    public AnswerModels(VlmConfig config, ModelRepositoryConfig repositoryConfig, RepositoryVlmLoader loader,
                        Function<String, String> environment) {
        this.config = config;
        this.repositoryConfig = repositoryConfig;
        this.loader = loader;
        this.environment = environment;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** (Re)loads every VLM and backend. */
    public synchronized void load() {
        close();
        List<Path> roots = repositoryConfig.roots().stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        List<AnswerModelScanner.Found> found = config.answer().models()
                .map(ids -> AnswerModelScanner.listed(roots, ids))
                .orElseGet(() -> AnswerModelScanner.discover(roots));
        List<ServedAnswerModel> loaded = new ArrayList<>();
        for (AnswerModelScanner.Found model : found) {
            loaded.add(loadRepositoryModel(model));
        }
        for (Map.Entry<String, VlmConfig.OpenAiBackend> backend : config.openaiBackends().entrySet()) {
            ServedAnswerModel served = loadBackend(backend.getKey(), backend.getValue());
            if (loaded.stream().anyMatch(m -> m.name().equals(served.name()))) {
                LOG.warnf("OpenAI backend %s has the name of a repository VLM; requests without a version reach the "
                        + "repository model", served.id());
            }
            loaded.add(served);
        }
        models = List.copyOf(loaded);
    }

    /** Every VLM: repository models (sorted by id) then backends. */
    public List<ServedAnswerModel> all() {
        return models;
    }

    /** The VLM of that name (and version, unless blank: then the first of that name). */
    public Optional<ServedAnswerModel> find(String name, String version) {
        return models.stream().filter(m -> m.name().equals(name))
                .filter(m -> version == null || version.isBlank() || m.version().equals(version))
                .findFirst();
    }

    public synchronized void close() {
        models.forEach(m -> m.engine().ifPresent(AnswerEngine::close));
        models = List.of();
    }

    private ServedAnswerModel loadRepositoryModel(AnswerModelScanner.Found model) {
        if (!model.problem().isEmpty()) {
            LOG.warnf("VLM %s@%s not available: %s", model.name(), model.version(), model.problem());
            return unavailable(model.name(), model.version(), model.runtime(), ModelState.MODEL_STATE_NOT_READY,
                    model.problem());
        }
        try {
            AnswerEngine engine = loader.load(model.directory(), model.runtime());
            LOG.infof("loaded VLM %s@%s (%s) from %s", model.name(), model.version(), model.runtime(), model.directory());
            return ready(model.name(), model.version(), model.runtime(), engine, model.device());
        } catch (RuntimeException | LinkageError e) {
            LOG.errorf("VLM %s@%s failed to load from %s: %s", model.name(), model.version(), model.directory(), e);
            return unavailable(model.name(), model.version(), model.runtime(), ModelState.MODEL_STATE_FAILED,
                    "failed to load " + model.directory() + ": " + e.getMessage());
        }
    }

    private ServedAnswerModel loadBackend(String name, VlmConfig.OpenAiBackend backend) {
        String runtime = OpenAiCompatibleVlm.RUNTIME;
        String version = backend.servedModel();
        String apiKey = null;
        if (backend.apiKeyEnv().isPresent()) {
            apiKey = environment.apply(backend.apiKeyEnv().get());
            if (apiKey == null || apiKey.isBlank()) {
                String why = "environment variable " + backend.apiKeyEnv().get() + " (api-key-env) is not set";
                LOG.warnf("OpenAI backend %s not available: %s", name, why);
                return unavailable(name, version, runtime, ModelState.MODEL_STATE_NOT_READY, why);
            }
        }
        try {
            OpenAiBackendConfig settings = new OpenAiBackendConfig(name, URI.create(backend.baseUrl()),
                    backend.servedModel(), apiKey, backend.timeout(), backend.maxImages(), imageFormat(backend.imageFormat()));
            LOG.infof("registered OpenAI-compatible backend %s at %s (model %s)", name, settings.chatCompletionsUri(),
                    settings.servedModel());
            return ready(name, version, runtime, new OpenAiCompatibleVlm(settings), settings.hostAndPort());
        } catch (IllegalArgumentException e) {
            LOG.errorf("OpenAI backend %s is misconfigured: %s", name, e.getMessage());
            return unavailable(name, version, runtime, ModelState.MODEL_STATE_FAILED, e.getMessage());
        }
    }

    private static OpenAiBackendConfig.ImageFormat imageFormat(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "png" -> OpenAiBackendConfig.ImageFormat.PNG;
            case "jpeg", "jpg" -> OpenAiBackendConfig.ImageFormat.JPEG;
            default -> throw new IllegalArgumentException("image-format must be png or jpeg, got '" + text + "'");
        };
    }

    /** The production loader: the ONNX Runtime Qwen-VL runner for runtime onnx-qwen-vl, nothing else. */
    public static RepositoryVlmLoader onnxLoader(int intraOpThreads) {
        return (directory, runtime) -> {
            if (!QwenModelConfig.RUNTIME.equals(runtime)) {
                throw new IllegalArgumentException("unsupported VLM runtime '" + runtime + "' (supported: "
                        + QwenModelConfig.RUNTIME + ")");
            }
            return QwenOnnxVlm.load(directory, intraOpThreads);
        };
    }

    private static ServedAnswerModel ready(String name, String version, String runtime, AnswerEngine engine,
                                           String device) {
        ModelStatus status = ModelStatus.newBuilder().setName(name).setVersion(version)
                .setState(ModelState.MODEL_STATE_READY).setDevice(device).build();
        return new ServedAnswerModel(name, version, runtime, status, Optional.of(engine));
    }

    private static ServedAnswerModel unavailable(String name, String version, String runtime, ModelState state,
                                                 String why) {
        ModelStatus status = ModelStatus.newBuilder().setName(name).setVersion(version).setState(state)
                .setMessage(why == null ? "" : why).build();
        return new ServedAnswerModel(name, version, runtime, status, Optional.empty());
    }
}
