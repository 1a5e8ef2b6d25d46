package dev.ltl.planner.infra;

import dev.ltl.common.models.ModelEntry;
import dev.ltl.common.models.ModelRepository;
import dev.ltl.relevance.asr.WhisperOnnxRecognizer;
import dev.ltl.relevance.domain.ModelReadiness;
import dev.ltl.relevance.domain.RelevanceProvider;
import dev.ltl.relevance.domain.RelevanceProviders;
import dev.ltl.relevance.domain.TranscriptResolver;
import dev.ltl.relevance.onnx.ClapRelevanceProvider;
import dev.ltl.relevance.onnx.ClipRelevanceProvider;
import dev.ltl.relevance.onnx.MiniLmSentenceEmbedder;
import dev.ltl.relevance.text.Bm25RelevanceProvider;
import dev.ltl.relevance.text.TranscriptTextRelevanceProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Builds the relevance providers from configuration. Each model loads on its own: one that is not
 * configured, missing or broken leaves only its provider unavailable (reported with the reason).
 */
public final class RelevanceProviderLoader {
    private static final Logger LOG = Logger.getLogger(RelevanceProviderLoader.class);
    /** The BM25 provider runs no model; it reports this engine id in accounting. */
    public static final String BM25_ENGINE = "lucene-bm25@9.12.3";

    /** The providers and what must be closed when the service stops. */
    public record Loaded(RelevanceProviders providers, List<AutoCloseable> resources) implements AutoCloseable {
        @Override
        public void close() {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warnf(e, "closing a relevance model failed");
                }
            }
        }
    }

    private interface TowerLoader {
        RelevanceProvider load(ModelEntry entry, int threads) throws Exception;
    }

    private RelevanceProviderLoader() {
    }

    /** Without an ASR model: the transcript providers need the request's transcript. */
    public static Loaded load(List<Path> roots, Optional<String> clipModel, Optional<String> clapModel, int threads) {
        return load(roots, clipModel, clapModel, Optional.empty(), threads);
    }

    public static Loaded load(List<Path> roots, Optional<String> clipModel, Optional<String> clapModel,
                              Optional<String> asrModel, int threads) {
        ModelRepository repository = new ModelRepository(roots);
        RelevanceProviders.Builder providers = RelevanceProviders.builder();
        List<AutoCloseable> resources = new ArrayList<>();
        List<ModelReadiness> asrReadiness = new ArrayList<>();
        TranscriptResolver transcripts = transcripts(repository, asrModel, threads, resources, asrReadiness);
        providers.add(new Bm25RelevanceProvider(transcripts), List.copyOf(asrReadiness));
        try {
            MiniLmSentenceEmbedder miniLm = MiniLmSentenceEmbedder.load(threads);
            resources.add(miniLm);
            List<ModelReadiness> textModels = new ArrayList<>(List.of(ready(MiniLmSentenceEmbedder.MODEL_ID)));
            textModels.addAll(asrReadiness);
            providers.add(new TranscriptTextRelevanceProvider(miniLm, transcripts), textModels);
        } catch (Exception e) {
            LOG.errorf(e, "MiniLM could not be loaded; provider 'text' is unavailable");
            providers.unavailable("text", List.of(notReady(MiniLmSentenceEmbedder.MODEL_ID, e.toString())));
        }
        addTower(providers, resources, repository, "clip", "ltl.planner.relevance.clip-model", clipModel, threads,
                ClipRelevanceProvider::load);
        addTower(providers, resources, repository, "clap", "ltl.planner.relevance.clap-model", clapModel, threads,
                ClapRelevanceProvider::load);
        return new Loaded(providers.build(), resources);
    }

    /**
     * The transcript source of {@code asr_bm25} and {@code text}: with {@code asr-model} configured and
     * loadable, an ONNX Whisper runs on the request's audio when no transcript is given. A configured model
     * that fails to load is listed NOT_READY under both providers, which still serve request transcripts.
     */
    private static TranscriptResolver transcripts(ModelRepository repository, Optional<String> asrModel, int threads,
                                                  List<AutoCloseable> resources, List<ModelReadiness> readiness) {
        if (asrModel.isEmpty() || asrModel.get().isBlank()) {
            return TranscriptResolver.givenOnly();
        }
        String[] id = parse(asrModel.get());
        try {
            ModelEntry entry = repository.resolve(id[0], id[1]);
            WhisperOnnxRecognizer whisper = WhisperOnnxRecognizer.load(entry, threads);
            resources.add(whisper);
            readiness.add(ModelReadiness.ready(id[0], id[1]));
            return new TranscriptResolver(Optional.of(whisper));
        } catch (Exception e) {
            LOG.warnf("ASR model %s@%s (ltl.planner.relevance.asr-model) not available: %s", id[0], id[1], e.getMessage());
            readiness.add(ModelReadiness.notReady(id[0], id[1], String.valueOf(e.getMessage())));
            return TranscriptResolver.givenOnly();
        }
    }

    private static void addTower(RelevanceProviders.Builder providers, List<AutoCloseable> resources,
                                 ModelRepository repository, String name, String configKey,
                                 Optional<String> reference, int threads, TowerLoader loader) {
        if (reference.isEmpty() || reference.get().isBlank()) {
            providers.unavailable(name, List.of(ModelReadiness.notReady(name, "", "no " + name
                    + " model configured: set " + configKey + " to name@version in the model repository")));
            return;
        }
        String[] id = parse(reference.get());
        try {
            ModelEntry entry = repository.resolve(id[0], id[1]);
            if (!entry.hasModelFile()) {
                providers.unavailable(name, List.of(ModelReadiness.notReady(id[0], id[1], entry.missingReason())));
                return;
            }
            RelevanceProvider provider = loader.load(entry, threads);
            resources.add((AutoCloseable) provider);
            providers.add(provider, List.of(ModelReadiness.ready(id[0], id[1])));
        } catch (Exception e) {
            LOG.warnf("relevance model %s@%s for '%s' not available: %s", id[0], id[1], name, e.getMessage());
            providers.unavailable(name, List.of(ModelReadiness.notReady(id[0], id[1], String.valueOf(e.getMessage()))));
        }
    }

    /** {@code name@version}, or {@code name} meaning version 1. */
    static String[] parse(String reference) {
        String trimmed = reference.trim();
        int at = trimmed.indexOf('@');
        return at < 0 ? new String[] {trimmed, "1"} : new String[] {trimmed.substring(0, at), trimmed.substring(at + 1)};
    }

    private static ModelReadiness ready(String id) {
        String[] parts = parse(id);
        return ModelReadiness.ready(parts[0], parts[1]);
    }

    private static ModelReadiness notReady(String id, String message) {
        String[] parts = parse(id);
        return ModelReadiness.notReady(parts[0], parts[1], message);
    }
}
