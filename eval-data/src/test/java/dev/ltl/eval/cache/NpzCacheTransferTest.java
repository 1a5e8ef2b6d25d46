package dev.ltl.eval.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzCacheTransferTest {

    @TempDir
    Path tmp;

    /** The fixture formula of src/test/resources/refcache (written by numpy 2.4 savez / savez_compressed). */
    static float[][] fixture(int dim, int offset) {
        float[][] m = new float[10][dim];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < dim; j++) {
                m[i][j] = (((i * 7 + j * 13 + offset) % 29) - 14) / 8.0f;
            }
        }
        return m;
    }

    static Path fixtureDir() throws URISyntaxException {
        return Path.of(NpzCacheTransferTest.class.getResource("/refcache/clipA.npz").toURI()).getParent();
    }

    @Test
    void readsNumpyCompressedCacheWithSidecar() throws Exception {
        SortedMap<Integer, float[][]> clip = NpzCacheTransfer.readClip(fixtureDir(), "clipA");
        assertThat(clip.keySet()).containsExactly(112, 224);
        assertThat(clip.get(112)).isDeepEqualTo(fixture(6, 0));
        assertThat(clip.get(224)).isDeepEqualTo(fixture(6, 1));
    }

    @Test
    void readsNumpyStoredCacheResolutionsFromArrayNames() throws Exception {
        SortedMap<Integer, float[][]> clip = NpzCacheTransfer.readClip(fixtureDir(), "clipB");
        assertThat(clip.keySet()).containsExactly(160, 448); // 'notes' is not a res_ array
        assertThat(clip.get(448)).isDeepEqualTo(fixture(4, 2));
        assertThat(clip.get(160)).isDeepEqualTo(fixture(4, 3));
        assertThat(NpzCacheTransfer.listClipIds(fixtureDir())).containsExactly("clipA", "clipB");
    }

    @Test
    void writtenClipsReadBack() throws IOException {
        Map<Integer, float[][]> byRes = Map.of(448, fixture(5, 4), 112, fixture(5, 5));
        NpzCacheTransfer.writeClip(tmp, "x-1", byRes);

        assertThat(Files.readString(tmp.resolve("x-1.json"))).isEqualTo("{\"resolutions\":[112,448]}");
        SortedMap<Integer, float[][]> back = NpzCacheTransfer.readClip(tmp, "x-1");
        assertThat(back.keySet()).containsExactly(112, 448);
        assertThat(back.get(448)).isDeepEqualTo(fixture(5, 4));
        assertThat(NpzFile.read(tmp.resolve("x-1.npz")).keySet()).containsExactly("res_112", "res_448");
    }

    @Test
    void sidecarNamingAMissingArrayIsAnError() throws Exception {
        Files.copy(fixtureDir().resolve("clipA.npz"), tmp.resolve("c.npz"));
        Files.writeString(tmp.resolve("c.json"), "{\"resolutions\": [112, 352]}");
        assertThatThrownBy(() -> NpzCacheTransfer.readClip(tmp, "c")).hasMessageContaining("res_352");
    }

    @Test
    void numpyReadsWhatJavaWritesAndJavaReadsWhatNumpyWrites() throws IOException {
        Assumptions.assumeTrue(Python.hasNumpy(), "python3 with numpy is not installed");
        NpzCacheTransfer.writeClip(tmp, "java", Map.of(224, fixture(7, 6)));
        String dir = tmp.toString().replace("\\", "/");
        Python.Result check = Python.run(String.join("\n",
                "import numpy as np, json",
                "d = '" + dir + "'",
                "z = np.load(d + '/java.npz')",
                "a = z['res_224']",
                "i = np.arange(10)[:, None]; j = np.arange(7)[None, :]",
                "e = ((((i*7 + j*13 + 6) % 29) - 14) / 8.0).astype(np.float32)",
                "assert a.dtype == np.float32 and a.shape == (10, 7) and (a == e).all(), a",
                "assert json.load(open(d + '/java.json')) == {'resolutions': [224]}",
                "big = np.arange(10 * 768, dtype=np.float32).reshape(10, 768) / 7",
                "np.savez_compressed(d + '/py.npz', res_112=big, res_448=np.asfortranarray(big.astype(np.float64)))",
                "print('ok')"));
        assertThat(check.output()).contains("ok");
        assertThat(check.exitCode()).isZero();

        SortedMap<Integer, float[][]> py = NpzCacheTransfer.readClip(tmp, "py");
        assertThat(py.keySet()).containsExactly(112, 448);
        for (int r : py.keySet()) {
            float[][] m = py.get(r);
            assertThat(m).hasDimensions(10, 768);
            assertThat(m[3][5]).isEqualTo((float) ((3 * 768 + 5) / 7.0f));
            assertThat(m[9][767]).isEqualTo((9 * 768 + 767) / 7.0f);
        }
    }

    @Test
    void importThenExportReproducesTheReferenceCache() throws Exception {
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"), "clip-vit-b16@1", "p1", ClipKeys.clipId());
        NpzCacheTransfer.ImportReport report = NpzCacheTransfer.importDir(fixtureDir(), cache);
        assertThat(report).isEqualTo(new NpzCacheTransfer.ImportReport(2, 4, 0));
        assertThat(NpzCacheTransfer.importDir(fixtureDir(), cache))
                .isEqualTo(new NpzCacheTransfer.ImportReport(2, 0, 4));
        assertThat(cache.require("clipB", 448)).isDeepEqualTo(fixture(4, 2));
        assertThat(cache.missing(List.of("clipA", "clipB"), List.of(112, 160)))
                .containsExactly(new FeatureCache.Missing("clipA", List.of(160)),
                        new FeatureCache.Missing("clipB", List.of(112)));

        Path out = tmp.resolve("export");
        NpzCacheTransfer.exportDir(cache, out, List.of("clipA"), List.of(224, 112));
        SortedMap<Integer, float[][]> back = NpzCacheTransfer.readClip(out, "clipA");
        assertThat(back.keySet()).containsExactly(112, 224);
        assertThat(back.get(224)).isDeepEqualTo(fixture(6, 1));
        assertThatThrownBy(() -> NpzCacheTransfer.exportDir(cache, out, List.of("clipA"), List.of(448)))
                .hasMessageContaining("clipA");
    }
}
