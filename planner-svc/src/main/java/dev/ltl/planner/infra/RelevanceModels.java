package dev.ltl.planner.infra;

import dev.ltl.relevance.domain.RelevanceProviders;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;

/** The relevance providers of this instance, loaded once from {@link RelevanceConfig}. */
@ApplicationScoped
public class RelevanceModels {
    private final RelevanceProviderLoader.Loaded loaded;

    public RelevanceModels(RelevanceConfig config) {
        this.loaded = RelevanceProviderLoader.load(config.modelRoots().stream().map(Path::of).toList(),
                config.clipModel(), config.clapModel(), config.asrModel(),
                config.intraOpThreads());
    }

    public RelevanceProviders providers() {
        return loaded.providers();
    }

    /** Loads the models at start-up rather than on the first request (MiniLM takes about a second). */
    void onStart(@Observes StartupEvent event) {
        providers();
    }

    @PreDestroy
    void close() {
        loaded.close();
    }
}
