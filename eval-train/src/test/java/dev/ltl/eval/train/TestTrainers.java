package dev.ltl.eval.train;

import java.nio.file.Path;

/** The one DJL setup every test in this JVM shares (DJL reads its settings once). */
final class TestTrainers {

    /** Surefire sets DJL_CACHE_DIR to target/djl-cache; the same default applies in an IDE. */
    static final Path CACHE_DIR = Path.of(System.getProperty("DJL_CACHE_DIR", "target/djl-cache"));
    /** One PyTorch thread per training keeps parallel tests within the machine's cores. */
    static final int THREADS = 1;

    private TestTrainers() {}

    static HeadTrainer headTrainer() {
        return new HeadTrainer(CACHE_DIR, THREADS);
    }
}
