package dev.ltl.eval.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {

    @TempDir
    Path tmp;

    private static float[][] features(int dim, float base) {
        float[][] m = new float[10][dim];
        for (int t = 0; t < 10; t++) {
            for (int d = 0; d < dim; d++) {
                m[t][d] = base + t * 0.5f - d * 0.25f;
            }
        }
        return m;
    }

    @Test
    void putGetContainsAndMissing() {
        FeatureCache cache = new FeatureCache(tmp, "mobilenetv2-12-int8-dyn@1", "v1", ClipKeys.clipId());
        assertThat(cache.contains("a", 112)).isFalse();
        assertThat(cache.get("a", 112)).isEmpty();

        cache.put("a", 112, features(8, 1));
        cache.put("a", 448, features(8, 2));
        cache.put("b", 112, features(8, 3));

        assertThat(cache.contains("a", 112)).isTrue();
        assertThat(cache.get("a", 448)).get().isEqualTo(features(8, 2));
        assertThat(cache.require("b", 112)).isDeepEqualTo(features(8, 3));
        assertThat(cache.containsAll("a", List.of(112, 448))).isTrue();
        assertThat(cache.missing(List.of("a", "b", "c"), List.of(112, 448))).containsExactly(
                new FeatureCache.Missing("b", List.of(448)), new FeatureCache.Missing("c", List.of(112, 448)));
        assertThatThrownBy(() -> cache.require("c", 112)).isInstanceOf(IllegalStateException.class);
        assertThat(cache.entryPath("a", 112)).startsWith(tmp.resolve("mobilenetv2-12-int8-dyn@1").resolve("v1"));
    }

    @Test
    void backboneResolutionAndPreprocessingArePartOfTheKey() {
        FeatureCache v1 = new FeatureCache(tmp, "m@1", "p1", ClipKeys.clipId());
        v1.put("a", 224, features(4, 0));

        assertThat(new FeatureCache(tmp, "m@2", "p1", ClipKeys.clipId()).contains("a", 224)).isFalse();
        assertThat(new FeatureCache(tmp, "m@1", "p2", ClipKeys.clipId()).contains("a", 224)).isFalse();
        assertThat(v1.contains("a", 160)).isFalse();
        assertThat(new FeatureCache(tmp, "m@1", "p1", ClipKeys.clipId()).get("a", 224)).isPresent();
        assertThat(v1.entryKey("a", 224)).hasSize(64).isNotEqualTo(v1.entryKey("a", 160));
    }

    @Test
    void mediaKeysFollowTheBytesNotTheName() throws IOException {
        Path videos = Files.createDirectories(tmp.resolve("videos"));
        Files.write(videos.resolve("a.mp4"), new byte[] {1, 2, 3});
        Files.write(videos.resolve("copy-of-a.mp4"), new byte[] {1, 2, 3});
        Files.write(videos.resolve("b.mp4"), new byte[] {9});
        ClipKeys keys = ClipKeys.mediaSha256(id -> Optional.of(videos.resolve(id + ".mp4")));
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"), "m@1", "p1", keys);

        cache.put("a", 112, features(3, 0));
        assertThat(cache.contains("copy-of-a", 112)).isTrue();
        assertThat(cache.contains("b", 112)).isFalse();
        // sha256("\x01\x02\x03"), from python3 hashlib.
        assertThat(keys.contentKey("a"))
                .isEqualTo("sha256:039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");

        Files.write(videos.resolve("a.mp4"), new byte[] {1, 2, 3, 4}); // new content (size changes)
        assertThat(cache.contains("a", 112)).isFalse();
        assertThatThrownBy(() -> ClipKeys.mediaSha256(id -> Optional.empty()).contentKey("x"))
                .hasMessageContaining("no media");
    }

    @Test
    void rejectsMalformedFeatures() {
        FeatureCache cache = new FeatureCache(tmp, "m@1", "p1", ClipKeys.clipId());
        assertThatThrownBy(() -> cache.put("a", 112, new float[9][4])).hasMessageContaining("10 rows");
        float[][] ragged = features(4, 0);
        ragged[3] = new float[5];
        assertThatThrownBy(() -> cache.put("a", 112, ragged)).hasMessageContaining("row 3");
        float[][] nan = features(4, 0);
        nan[2][1] = Float.NaN;
        assertThatThrownBy(() -> cache.put("a", 112, nan)).hasMessageContaining("non-finite");
        assertThatThrownBy(() -> cache.put("a", 0, features(4, 0))).hasMessageContaining("resolution");
        assertThat(cache.contains("a", 112)).isFalse();
    }

    @Test
    void concurrentWritersLeaveCompleteEntriesAndNoTemporaryFiles() throws Exception {
        FeatureCache cache = new FeatureCache(tmp, "m@1", "p1", ClipKeys.clipId());
        int[] resolutions = {112, 160, 224, 352, 448};
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {         // 4 writers of the very same entries...
            for (int clip = 0; clip < 6; clip++) {           // ...and different entries of the same clips
                for (int r : resolutions) {
                    String id = "clip" + clip;
                    float base = clip * 1000 + r;
                    jobs.add(() -> {
                        cache.put(id, r, features(64, base));
                        assertThat(cache.get(id, r)).get().isEqualTo(features(64, base));
                        return null;
                    });
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int clip = 0; clip < 6; clip++) {
            for (int r : resolutions) {
                assertThat(cache.require("clip" + clip, r)).isDeepEqualTo(features(64, clip * 1000 + r));
            }
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(30).allMatch(name -> name.endsWith(".npy"));
        }
    }
}
