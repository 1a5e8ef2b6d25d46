package dev.ltl.eval.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets the system properties DJL reads when its classes load, so it never touches the network and
 * extracts its native PyTorch libraries into a directory we choose.
 *
 * <p>Deliberately free of DJL imports: this class must be usable <em>before</em> any DJL class loads.
 * Without {@code ai.djl.offline=true} DJL may download a libtorch build; without
 * {@code OPT_OUT_TRACKING=true} it may report usage. With the {@code pytorch-native-cpu} and
 * {@code pytorch-jni} jars on the class path, DJL extracts {@code libtorch*.so} and
 * {@code libdjl_torch.so} from them into the cache directory instead.
 *
 * <p>PyTorch's intra-op thread count is process-wide, so it is fixed here once for all trainings.
 */
public final class DjlEnvironment {

    private static Map<String, String> applied;

    private DjlEnvironment() {}

    /**
     * Configures DJL once per JVM. Calling again with the same settings is a no-op; with different
     * settings it fails, because DJL has read the first ones already.
     *
     * @param cacheDir where DJL caches models and extracts the native engine
     * @param intraOpThreads PyTorch threads per operator (per training thread)
     */
    public static synchronized void init(Path cacheDir, int intraOpThreads) {
        if (intraOpThreads <= 0) {
            throw new IllegalArgumentException("intra-op threads must be positive, got " + intraOpThreads);
        }
        Map<String, String> wanted = settings(cacheDir.toAbsolutePath().normalize(), intraOpThreads);
        if (applied != null) {
            if (!applied.equals(wanted)) {
                throw new IllegalStateException("DJL already initialised with " + applied + ", cannot switch to " + wanted);
            }
            return;
        }
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DJL cache dir " + cacheDir, e);
        }
        wanted.forEach(System::setProperty);
        applied = wanted;
    }

    /** The PyTorch intra-op thread count set by {@link #init}; fails before it. */
    public static synchronized int intraOpThreads() {
        if (applied == null) {
            throw new IllegalStateException("DjlEnvironment.init has not been called");
        }
        return Integer.parseInt(applied.get("ai.djl.pytorch.num_threads"));
    }

    /** Whether {@link #init} has run in this JVM. */
    public static synchronized boolean isInitialised() {
        return applied != null;
    }

    private static Map<String, String> settings(Path cacheDir, int intraOpThreads) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("ai.djl.offline", "true");
        settings.put("OPT_OUT_TRACKING", "true");
        settings.put("DJL_CACHE_DIR", cacheDir.toString());
        settings.put("ENGINE_CACHE_DIR", cacheDir.toString());
        settings.put("ai.djl.default_engine", "PyTorch");
        settings.put("ai.djl.pytorch.num_threads", Integer.toString(intraOpThreads));
        // Inter-op parallelism is unused (we never fork graphs); one thread avoids oversubscription.
        settings.put("ai.djl.pytorch.num_interop_threads", "1");
        return settings;
    }
}
