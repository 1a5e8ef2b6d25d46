package dev.ltl.vlm.infra;

import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelNotFoundException;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.proto.common.v1.ModelState;
import dev.ltl.proto.common.v1.ModelStatus;
import dev.ltl.vlm.domain.BackboneSpec;
import dev.ltl.vlm.domain.EmbeddingEngine;
import dev.ltl.vlm.onnx.OnnxBackbone;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads the configured backbones ({@code ltl.vlm.models}) from the model repository at start-up, each into
 * an {@link EmbeddingEngine} with its own dynamic batchers. Models load independently: a missing or broken
 * one is reported NOT_READY / FAILED with the reason and only requests for it fail.
 */
@ApplicationScoped
public class VlmModels {
    private static final Logger LOG = Logger.getLogger(VlmModels.class);

    private final VlmConfig config;
    private final ModelRepositoryConfig repositoryConfig;
    private final VlmExecutors executors;
    private volatile List<ServedModel> models = List.of();

    public VlmModels(VlmConfig config, ModelRepositoryConfig repositoryConfig, VlmExecutors executors) {
        this.config = config;
        this.repositoryConfig = repositoryConfig;
        this.executors = executors;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** (Re)loads every configured model. */
    public synchronized void load() {
        close();
        ModelRepository repository = new ModelRepository(repositoryConfig.roots().stream().map(Path::of).toList());
        List<ServedModel> loaded = new ArrayList<>();
        for (String id : config.models()) {
            String[] parts = id.trim().split("@", 2);
            loaded.add(loadOne(repository, parts[0], parts.length > 1 ? parts[1] : "1"));
        }
        models = List.copyOf(loaded);
    }

    /** Every configured model, in configuration order. */
    public List<ServedModel> all() {
        return models;
    }

    /** The configured model of that name (and version, unless blank: then the first configured one). */
    public Optional<ServedModel> find(String name, String version) {
        return models.stream().filter(m -> m.name().equals(name))
                .filter(m -> version == null || version.isBlank() || m.version().equals(version))
                .findFirst();
    }

    public synchronized void close() {
        models.forEach(m -> m.engine().ifPresent(EmbeddingEngine::close));
        models = List.of();
    }

    private ServedModel loadOne(ModelRepository repository, String name, String version) {
        ModelEntry entry;
        BackboneSpec spec;
        try {
            entry = repository.resolve(name, version);
            spec = withOverrides(BackboneSpec.fromModelSpec(entry.spec(), name, version));
        } catch (ModelNotFoundException | RuntimeException e) {
            LOG.warnf("model %s@%s not available: %s", name, version, e.getMessage());
            return unavailable(name, version, ModelState.MODEL_STATE_NOT_READY, e.getMessage(), Optional.empty());
        }
        if (!entry.hasModelFile()) {
            LOG.warnf("model %s not available: %s", entry.id(), entry.missingReason());
            return unavailable(name, version, ModelState.MODEL_STATE_NOT_READY, entry.missingReason(), Optional.of(spec));
        }
        try {
            OnnxBackbone backbone = new OnnxBackbone(entry.modelFile().get(), spec, repositoryConfig.intraOpThreads());
            EmbeddingEngine engine = new EmbeddingEngine(spec, backbone, executors.inference(),
                    executors.batchDeadlines(), System::nanoTime);
            LOG.infof("loaded backbone %s from %s (%s, output %s)", entry.id(), entry.modelFile().get(),
                    spec.preprocessing().kind(), spec.embeddingOutput());
            ModelStatus status = ModelStatus.newBuilder().setName(name).setVersion(version)
                    .setState(ModelState.MODEL_STATE_READY).setDevice(spec.device()).build();
            return new ServedModel(name, version, status, Optional.of(spec), Optional.of(engine));
        } catch (IllegalArgumentException e) {
            // A bad or mismatched model file: the message says what is wrong, a stack trace would not help.
            LOG.errorf("model %s failed to load: %s", entry.id(), e.getMessage());
            return unavailable(name, version, ModelState.MODEL_STATE_FAILED, e.getMessage(), Optional.of(spec));
        } catch (RuntimeException | LinkageError e) {
            LOG.errorf(e, "model %s failed to load", entry.id());
            return unavailable(name, version, ModelState.MODEL_STATE_FAILED,
                    "failed to load " + entry.modelFile().get() + ": " + e.getMessage(), Optional.of(spec));
        }
    }

    private BackboneSpec withOverrides(BackboneSpec spec) {
        return new BackboneSpec(spec.name(), spec.version(), spec.inputName(), spec.embeddingOutput(),
                spec.embeddingDim(), spec.preprocessing(), spec.tokens(), config.maxBatch().orElse(spec.maxBatch()),
                config.maxQueueDelayUs().orElse(spec.maxQueueDelayUs()), spec.device());
    }

    private static ServedModel unavailable(String name, String version, ModelState state, String why,
                                           Optional<BackboneSpec> spec) {
        ModelStatus status = ModelStatus.newBuilder().setName(name).setVersion(version).setState(state)
                .setMessage(why == null ? "" : why).build();
        return new ServedModel(name, version, status, spec, Optional.empty());
    }
}
