package dev.ltl.eventness.api;

import dev.ltl.eventness.infra.EventnessConfig;
import dev.ltl.eventness.infra.MediaConfig;
import dev.ltl.eventness.infra.ModelRepositoryConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Plain-Java configuration for in-process tests: the project's descriptors over the shared weights. */
final class TestEventnessConfig {
    private TestEventnessConfig() {
    }

    record ModelRef(String name, String version) implements EventnessConfig.ModelRef {
    }

    record Models(List<String> roots, int intraOpThreads) implements ModelRepositoryConfig {
    }

    record Media(Optional<List<String>> allowedRoots) implements MediaConfig {
    }

    record Eventness(int defaultMaxSeconds, int maxSecondsLimit, EventnessConfig.ModelRef audioset,
                     EventnessConfig.ModelRef vad, double vadThreshold, int streamConcurrency,
                     int workerThreads) implements EventnessConfig {
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("ltl.shared.dir", "../../shared"));
    }

    static EventnessConfig eventness() {
        return new Eventness(10, 3600, new ModelRef("efficientat-mn04-as", "1"), new ModelRef("silero-vad-v5", "1"),
                0.5, 2, 2);
    }

    static ModelRepositoryConfig models(List<String> roots) {
        return new Models(roots, 1);
    }

    static ModelRepositoryConfig standardModels() {
        return models(List.of("../models", sharedDir().resolve("models").toString()));
    }

    static MediaConfig anyMedia() {
        return new Media(Optional.empty());
    }
}
