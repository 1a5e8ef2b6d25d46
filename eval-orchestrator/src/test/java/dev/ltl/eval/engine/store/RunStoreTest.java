package dev.ltl.eval.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path dir;

    @Test
    void resultsSurviveReopeningTheStore() {
        try (RunStore store = RunStore.open(dir)) {
            store.put("sweep-1", "cand-a/seed-0/uniform", "{\"val_acc\":0.5}");
            store.put("sweep-1", "cand-a/seed-0/anchored_top2", "{\"val_acc\":0.6}");
            store.put("sweep-1", "cand-a/seed-0/uniform", "{\"val_acc\":0.55}");
            store.putMeta("sweep-1", "config_hash", "abc");
        }
        try (RunStore store = RunStore.open(dir)) {
            assertThat(store.get("sweep-1", "cand-a/seed-0/uniform")).contains("{\"val_acc\":0.55}");
            assertThat(store.all("sweep-1")).containsOnlyKeys("cand-a/seed-0/uniform", "cand-a/seed-0/anchored_top2");
            assertThat(store.all("other")).isEmpty();
            assertThat(store.getMeta("sweep-1", "config_hash")).contains("abc");
            assertThat(store.get("sweep-1", "missing")).isEmpty();
        }
    }
}
