package dev.ltl.eval.engine.epic;

import dev.ltl.eval.cache.ClipKeys;
import dev.ltl.eval.cache.FeatureCache;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Per-second embeddings of long videos through the AVE {@link FeatureCache}, whose entries hold 10
 * seconds each: a video is cached in blocks of 10 seconds, entry id {@code <video_id>#<block>}
 * keyed by the video file's SHA-256, so each (block, resolution) is embedded once whatever method
 * asks for it, and an interrupted run resumes from what is cached. Not thread-safe (one run's loop). Seconds of the last block past
 * the video's end repeat its last frame (the service's extraction rule) and are never read.
 */
public final class EpicFeatureStore {
    static final int BLOCK = FeatureCache.NUM_SEGMENTS;
    /** EmbedStream requests in flight. */
    private static final int WINDOW = 8;
    private final FeatureCache cache;
    private final EpicServiceClients clients;
    private final String backbone;
    private final Map<String, Path> videos;
    /** In memory for the run: entry id → resolution → [10][D]. */
    private final Map<String, Map<Integer, float[][]>> loaded = new LinkedHashMap<>();

    /** @param videos video id → its file (for fingerprints) */
    public EpicFeatureStore(Path cacheRoot, String backbone, Map<String, Path> videos, EpicServiceClients clients) {
        ClipKeys media = ClipKeys.mediaSha256(id -> Optional.ofNullable(videos.get(id)));
        this.cache = new FeatureCache(cacheRoot, backbone, "epic-v1", entry -> media.contentKey(videoOf(entry))
                + "#" + blockOf(entry));
        this.clients = clients;
        this.backbone = backbone;
        this.videos = Map.copyOf(videos);
    }

    /**
     * Loads every (block, resolution) the selections read: from memory, else from the cache, else
     * embedded through one EmbedStream call and cached.
     */
    public void prefetch(List<EpicSelection> selections) throws InterruptedException {
        Map<String, EpicServiceClients.EmbedJob> missing = new LinkedHashMap<>();
        for (EpicSelection selection : selections) {
            for (int i = 0; i < selection.seconds().size(); i++) {
                String entry = selection.videoId() + "#" + selection.seconds().get(i) / BLOCK;
                int resolution = selection.resolutions().get(i);
                if (held(entry, resolution) || missing.containsKey(entry + "@" + resolution)) {
                    continue;
                }
                Optional<float[][]> cached = cache.get(entry, resolution);
                if (cached.isPresent()) {
                    hold(entry, resolution, cached.get());
                } else {
                    int block = blockOf(entry);
                    missing.put(entry + "@" + resolution, new EpicServiceClients.EmbedJob(entry + "@" + resolution,
                            videos.get(selection.videoId()),
                            IntStream.range(block * BLOCK, (block + 1) * BLOCK).boxed().toList(), resolution));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, float[][]> embedded = clients.embedAll(backbone, List.copyOf(missing.values()), WINDOW);
        embedded.forEach((job, rows) -> {
            String entry = job.substring(0, job.lastIndexOf('@'));
            int resolution = Integer.parseInt(job.substring(job.lastIndexOf('@') + 1));
            cache.put(entry, resolution, rows);
            hold(entry, resolution, rows);
        });
    }

    /** The embeddings of a prefetched selection's seconds at their resolutions, as {@code [n][D]}. */
    public float[][] features(EpicSelection selection) {
        float[][] out = new float[selection.seconds().size()][];
        for (int i = 0; i < out.length; i++) {
            int t = selection.seconds().get(i);
            String entry = selection.videoId() + "#" + t / BLOCK;
            Map<Integer, float[][]> byResolution = loaded.get(entry);
            float[][] rows = byResolution == null ? null : byResolution.get(selection.resolutions().get(i));
            if (rows == null) {
                throw new IllegalStateException("second " + t + " of " + selection.videoId() + " at "
                        + selection.resolutions().get(i) + " was not prefetched");
            }
            out[i] = rows[t % BLOCK];
        }
        return out;
    }

    private boolean held(String entry, int resolution) {
        Map<Integer, float[][]> byResolution = loaded.get(entry);
        return byResolution != null && byResolution.containsKey(resolution);
    }

    private void hold(String entry, int resolution, float[][] rows) {
        loaded.computeIfAbsent(entry, k -> new LinkedHashMap<>()).put(resolution, rows);
    }

    static String videoOf(String entry) {
        return entry.substring(0, entry.lastIndexOf('#'));
    }

    static int blockOf(String entry) {
        return Integer.parseInt(entry.substring(entry.lastIndexOf('#') + 1));
    }
}
