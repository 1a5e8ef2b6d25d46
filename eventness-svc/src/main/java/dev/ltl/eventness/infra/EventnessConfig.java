package dev.ltl.eventness.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the scoring itself ({@code ltl.eventness.*}). */
@ConfigMapping(prefix = "ltl.eventness")
public interface EventnessConfig {

    /** Seconds scored when a request leaves max_seconds at 0 (the AVE protocol's 10). */
    @WithDefault("10")
    int defaultMaxSeconds();

    /** Largest max_seconds / num_segments a request may ask for. */
    @WithDefault("3600")
    int maxSecondsLimit();

    ModelRef audioset();

    ModelRef vad();

    /** Silero probability at or above which a 32 ms chunk counts as speech. */
    @WithDefault("0.5")
    double vadThreshold();

    /** Clips of one ScoreStream scored concurrently (answers still come back in order). */
    @WithDefault("2")
    int streamConcurrency();

    /** Worker threads shared by all scoring requests. */
    @WithDefault("2")
    int workerThreads();

    interface ModelRef {
        String name();

        @WithDefault("1")
        String version();
    }
}
