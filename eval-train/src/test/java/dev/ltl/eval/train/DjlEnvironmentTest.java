package dev.ltl.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DjlEnvironmentTest {

    @Test
    void pytorchLoadsOfflineFromTheNativeJarIntoTheCacheDir() throws IOException {
        TestTrainers.headTrainer();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");

        Engine engine = Engine.getEngine("PyTorch");
        assertThat(engine.getVersion()).isEqualTo("2.7.1");

        // The native libraries came out of the jars into our cache dir (nothing was downloaded).
        try (Stream<Path> files = Files.walk(TestTrainers.CACHE_DIR)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("libtorch_cpu.so")
                    .anyMatch(name -> name.endsWith("libdjl_torch.so"));
        }
    }

    @Test
    void reinitialisingWithOtherSettingsIsRefused() {
        TestTrainers.headTrainer();
        assertThatThrownBy(() -> DjlEnvironment.init(TestTrainers.CACHE_DIR, TestTrainers.THREADS + 1))
                .isInstanceOf(IllegalStateException.class);
        DjlEnvironment.init(TestTrainers.CACHE_DIR, TestTrainers.THREADS);
        assertThat(DjlEnvironment.intraOpThreads()).isEqualTo(TestTrainers.THREADS);
    }
}
