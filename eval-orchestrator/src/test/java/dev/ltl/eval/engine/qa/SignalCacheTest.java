package dev.ltl.eval.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalCacheTest {
    @TempDir
    Path dir;

    @Test
    void keepsSignalsAcrossReopensAndDropsALineCutByACrash() throws Exception {
        Path file = dir.resolve("signals.jsonl");
        try (SignalCache cache = SignalCache.open(file)) {
            cache.put(new SignalCache.VideoSignals("v1", 3, new double[] {1, 2, 3}, new double[] {0, 0.5, 0.25}));
        }
        Files.writeString(file, "{\"video_id\":\"v2\",\"num_sec", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (SignalCache cache = SignalCache.open(file)) {
            assertThat(cache.get("v2")).isEmpty();
            SignalCache.VideoSignals v1 = cache.get("v1").orElseThrow();
            assertThat(v1.audio()).containsExactly(1, 2, 3);
            assertThat(v1.visual()).containsExactly(0, 0.5, 0.25);
            cache.put(new SignalCache.VideoSignals("v2", 1, new double[] {4}, new double[] {5}));
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
        try (SignalCache cache = SignalCache.open(file)) {
            assertThat(cache.get("v2").orElseThrow().audio()).containsExactly(4);
        }
    }
}
