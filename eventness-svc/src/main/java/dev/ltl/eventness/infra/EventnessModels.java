package dev.ltl.eventness.infra;

import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelNotFoundException;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.eventness.infra.EventnessConfig.ModelRef;
import dev.ltl.proto.common.v1.ModelState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the ONNX models eventness-svc uses (AudioSet tagger, Silero VAD) from the model repository at
 * start-up. Each model loads independently: one that is missing or broken is reported NOT_READY /
 * FAILED with the reason and only its methods become unavailable.
 */
@ApplicationScoped
public class EventnessModels {
    private static final Logger LOG = Logger.getLogger(EventnessModels.class);

    private final EventnessConfig config;
    private final ModelRepositoryConfig repositoryConfig;
    private volatile LoadedModel<AudioSetTagger> audioset;
    private volatile LoadedModel<SileroVad> vad;

    public EventnessModels(EventnessConfig config, ModelRepositoryConfig repositoryConfig) {
        this.config = config;
        this.repositoryConfig = repositoryConfig;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    void onStop(@Observes ShutdownEvent event) {
        audioset.instance().ifPresent(AudioSetTagger::close);
        vad.instance().ifPresent(SileroVad::close);
    }

    /** (Re)loads every model. Called at start-up. */
    public synchronized void load() {
        ModelRepository repository = new ModelRepository(repositoryConfig.roots().stream().map(Path::of).toList());
        int threads = repositoryConfig.intraOpThreads();
        audioset = loadModel(repository, config.audioset(), entry -> {
            Path labels = entry.labelsFile().orElseThrow(() -> new IllegalStateException(
                    "labels file (labels.csv) not found for " + entry.id()));
            return new AudioSetTagger(entry.modelFile().orElseThrow(), labels, threads);
        });
        vad = loadModel(repository, config.vad(),
                entry -> new SileroVad(entry.modelFile().orElseThrow(), config.vadThreshold(), threads));
    }

    public LoadedModel<AudioSetTagger> audioset() {
        return audioset;
    }

    public LoadedModel<SileroVad> vad() {
        return vad;
    }

    public List<LoadedModel<?>> all() {
        return List.of(audioset, vad);
    }

    private interface Loader<T> {
        T load(ModelEntry entry) throws Exception;
    }

    private static <T> LoadedModel<T> loadModel(ModelRepository repository, ModelRef ref, Loader<T> loader) {
        ModelEntry entry;
        try {
            entry = repository.resolve(ref.name(), ref.version());
        } catch (ModelNotFoundException | RuntimeException e) {
            LOG.warnf("model %s@%s not available: %s", ref.name(), ref.version(), e.getMessage());
            return LoadedModel.unavailable(ref.name(), ref.version(), ModelState.MODEL_STATE_NOT_READY, e.getMessage());
        }
        if (!entry.hasModelFile()) {
            LOG.warnf("model %s not available: %s", entry.id(), entry.missingReason());
            return LoadedModel.unavailable(ref.name(), ref.version(), ModelState.MODEL_STATE_NOT_READY, entry.missingReason());
        }
        try {
            T instance = loader.load(entry);
            LOG.infof("loaded model %s from %s", entry.id(), entry.modelFile().get());
            return LoadedModel.ready(ref.name(), ref.version(), entry.spec().device(), instance);
        } catch (Exception | LinkageError e) {
            LOG.errorf(e, "model %s failed to load", entry.id());
            return LoadedModel.unavailable(ref.name(), ref.version(), ModelState.MODEL_STATE_FAILED,
                    "failed to load " + entry.modelFile().get() + ": " + e.getMessage());
        }
    }
}
