package dev.ltl.eval.data.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.common.media.SyntheticClipWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Decodes QA videos once into a per-video cache (ltl-qa-epic.md §1, §5): frame t (the first frame at or after
 * t + 0.5 s) as {@code frame_%04d.jpg}, mono 16 kHz WAV of T seconds (silent when the video has no audio stream),
 * and {@code preprocess_meta.json}; T = min(#frames, maxSeconds) by common's {@link DecodeOptions} rule.
 *
 * <p>Cache entries are directories {@code <id>-<hash>} where the hash covers the video id, the file's size and
 * modification time, and maxSeconds: a changed video or cap gets a fresh entry, and an entry is reused only when
 * its meta file and every frame are there. An entry is built in a temporary directory and moved into place in one
 * step, so concurrent runs never see half an entry. Thread-safe. Decoding holds all T frames of a video in memory
 * at the source resolution, so {@code threads} bounds memory as well as CPU.
 */
public final class VideoPreprocessor {

    /** Per-video metadata file of §5. */
    public static final String META_FILE = "preprocess_meta.json";
    /** The audio file in each entry. */
    public static final String AUDIO_FILE = "audio.wav";
    /** Frames are sampled at t + this many seconds. */
    public static final double FRAME_OFFSET_S = 0.5;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path cacheDir;
    private final int maxSeconds;
    private final MediaDecoder decoder = new MediaDecoder();
    private final AtomicInteger decodes = new AtomicInteger();

    /**
     * @param cacheDir   cache root (created when needed)
     * @param maxSeconds the MAX_SECONDS cap on T, 1..{@value DecodeOptions#LIMIT_SECONDS}
     */
    public VideoPreprocessor(Path cacheDir, int maxSeconds) {
        if (maxSeconds < 1 || maxSeconds > DecodeOptions.LIMIT_SECONDS) {
            throw new IllegalArgumentException("maxSeconds must be in [1, " + DecodeOptions.LIMIT_SECONDS + "], got "
                    + maxSeconds);
        }
        this.cacheDir = cacheDir;
        this.maxSeconds = maxSeconds;
    }

    public int maxSeconds() {
        return maxSeconds;
    }

    /** How many videos this instance actually decoded (cache misses), for logs and tests. */
    public int decodeCount() {
        return decodes.get();
    }

    /**
     * The cached preprocessing of {@code video}, decoding it first when there is no complete entry.
     *
     * @throws IOException when the video cannot be decoded (the message names it) or the cache cannot be written
     */
    public PreprocessedVideo preprocess(String videoId, Path video) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(video, BasicFileAttributes.class);
        Path entry = cacheDir.resolve(entryName(videoId, attrs.size(), attrs.lastModifiedTime().toMillis()));
        Optional<PreprocessedVideo> cached = readEntry(entry, videoId, video);
        if (cached.isPresent()) {
            return cached.get();
        }
        deleteTree(entry); // an incomplete entry (e.g. a frame deleted by hand) is rebuilt
        decodes.incrementAndGet();
        DecodedMedia media = decode(videoId, video);
        Files.createDirectories(cacheDir);
        Path staging = Files.createTempDirectory(cacheDir, ".staging-");
        try {
            writeEntry(staging, videoId, video, media, attrs);
            publish(staging, entry, videoId, video);
        } finally {
            deleteTree(staging);
        }
        return readEntry(entry, videoId, video).orElseThrow(
                () -> new IOException("cache entry " + entry + " vanished right after it was written"));
    }

    /**
     * Prepares the videos of {@code items}: locates each distinct video in {@code videoDir} and preprocesses it on
     * up to {@code threads} threads.
     *
     * @param allowMissing record missing or undecodable videos in {@code skipped} and drop their items; without it
     *                     the first problem (in item order) throws
     * @param minItems     fewest items that must remain; {@code <= 0} disables the check
     * @throws QaDataException for a missing or failed video without allow-missing, or fewer than minItems kept
     */
    public PreprocessOutcome prepareAll(List<QaItem> items, Path videoDir, boolean allowMissing, int minItems,
                                        int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Set<String> videoIds = new LinkedHashSet<>();
        items.forEach(item -> videoIds.add(item.videoId()));
        Map<String, Path> located = new LinkedHashMap<>();
        List<SkippedVideo> skipped = new ArrayList<>();
        for (String id : videoIds) {
            Optional<Path> file = VideoLocator.find(videoDir, id);
            if (file.isPresent()) {
                located.put(id, file.get());
            } else if (allowMissing) {
                skipped.add(new SkippedVideo(id, SkippedVideo.MISSING, "no " + id + ".{"
                        + String.join(",", VideoLocator.EXTENSIONS) + "} in " + videoDir));
            } else {
                throw new QaDataException("video '" + id + "' not found in " + videoDir + " (tried "
                        + String.join(", ", VideoLocator.EXTENSIONS) + "); allow missing videos to skip its items");
            }
        }
        Map<String, PreprocessedVideo> videos = preprocessAll(located, allowMissing, threads, skipped);
        List<QaItem> kept = items.stream().filter(item -> videos.containsKey(item.videoId())).toList();
        if (minItems > 0 && kept.size() < minItems) {
            throw new QaDataException("only " + kept.size() + " of " + items.size() + " items have a usable video ("
                    + skipped.size() + " videos skipped), fewer than min_items = " + minItems);
        }
        skipped.sort(Comparator.comparingInt(s -> indexOf(videoIds, s.videoId())));
        return new PreprocessOutcome(kept, videos, skipped);
    }

    private Map<String, PreprocessedVideo> preprocessAll(Map<String, Path> located, boolean allowMissing, int threads,
                                                         List<SkippedVideo> skipped) throws IOException {
        Map<String, PreprocessedVideo> videos = new LinkedHashMap<>();
        if (located.isEmpty()) {
            return videos;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, located.size()));
        try {
            Map<String, Future<PreprocessedVideo>> jobs = new LinkedHashMap<>();
            located.forEach((id, file) -> jobs.put(id, pool.submit(() -> preprocess(id, file))));
            for (Map.Entry<String, Future<PreprocessedVideo>> job : jobs.entrySet()) {
                try {
                    videos.put(job.getKey(), job.getValue().get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (!allowMissing) {
                        throw new QaDataException("preprocessing video '" + job.getKey() + "' failed: "
                                + cause.getMessage() + "; allow missing videos to skip its items", cause);
                    }
                    skipped.add(new SkippedVideo(job.getKey(), SkippedVideo.PREPROCESS_FAILED, String.valueOf(
                            cause.getMessage())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while preprocessing videos");
        } finally {
            pool.shutdownNow();
        }
        return videos;
    }

    private DecodedMedia decode(String videoId, Path video) throws IOException {
        DecodedMedia media;
        try {
            media = decoder.decode(video, new DecodeOptions(maxSeconds, 0, true, true));
        } catch (MediaDecodeException e) {
            throw new IOException("cannot decode " + video.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // FFmpeg wrappers throw unchecked exceptions on some corrupt inputs.
            throw new IOException("cannot decode " + video.getFileName() + ": " + e, e);
        }
        if (!media.hasVideo() || media.frames().isEmpty()) {
            throw new IOException(video.getFileName() + " has no decodable video stream");
        }
        return media;
    }

    private void writeEntry(Path dir, String videoId, Path video, DecodedMedia media, BasicFileAttributes attrs)
            throws IOException {
        for (int t = 0; t < media.frames().size(); t++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(frameName(t)))) {
                JpegFrames.write(media.frames().get(t), out);
            }
        }
        SyntheticClipWriter.writeWav(dir.resolve(AUDIO_FILE), media.pcm(), media.sampleRate());
        ObjectNode meta = JSON.createObjectNode();
        meta.put("video_id", videoId);
        meta.put("source", video.toAbsolutePath().toString());
        meta.put("num_frames", media.frames().size());
        meta.put("num_seconds", media.numSeconds());
        meta.put("max_seconds", maxSeconds);
        meta.put("fps_sampling", 1);
        meta.put("frame_offset_s", FRAME_OFFSET_S);
        meta.put("sample_rate", media.sampleRate());
        meta.put("has_audio", media.hasAudio());
        // The WAV's length: the audio is padded or cut to T seconds, silence when there is no audio stream.
        meta.put("audio_seconds", media.pcm().length / (double) media.sampleRate());
        meta.put("duration_s", media.durationS());
        meta.put("source_size_bytes", attrs.size());
        meta.put("source_mtime_ms", attrs.lastModifiedTime().toMillis());
        // Written last: within the staging directory its presence marks the other files as complete.
        Files.write(dir.resolve(META_FILE), JSON.writeValueAsBytes(meta));
    }

    private void publish(Path staging, Path entry, String videoId, Path video) throws IOException {
        try {
            Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, entry);
        } catch (IOException e) {
            // Renaming onto an existing entry fails: another thread or process published it first, and its
            // content is equivalent. Anything else is a real failure.
            if (readEntry(entry, videoId, video).isEmpty()) {
                throw e;
            }
        }
    }

    private Optional<PreprocessedVideo> readEntry(Path entry, String videoId, Path video) throws IOException {
        Path metaFile = entry.resolve(META_FILE);
        if (!Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        JsonNode meta;
        try {
            meta = JSON.readTree(metaFile.toFile());
        } catch (IOException e) {
            return Optional.empty(); // unreadable meta: rebuild the entry
        }
        int numSeconds = meta.path("num_seconds").asInt(0);
        List<Path> frames = new ArrayList<>(numSeconds);
        for (int t = 0; t < numSeconds; t++) {
            Path frame = entry.resolve(frameName(t));
            if (!Files.isRegularFile(frame)) {
                return Optional.empty();
            }
            frames.add(frame);
        }
        Path audio = entry.resolve(AUDIO_FILE);
        if (numSeconds < 1 || !Files.isRegularFile(audio)) {
            return Optional.empty();
        }
        return Optional.of(new PreprocessedVideo(videoId, numSeconds, audio, frames,
                meta.path("has_audio").asBoolean(), video));
    }

    /** File name of frame t. */
    public static String frameName(int t) {
        return String.format("frame_%04d.jpg", t);
    }

    /** Directory name of a cache entry: a readable prefix of the id plus a hash of the whole key. */
    String entryName(String videoId, long size, long mtimeMillis) {
        String key = videoId + "|" + size + "|" + mtimeMillis + "|" + maxSeconds;
        String readable = videoId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.startsWith(".")) {
            readable = "_" + readable.substring(1); // never a hidden name, which staging directories use
        }
        readable = readable.substring(0, Math.min(readable.length(), 80));
        return readable + "-" + sha1(key).substring(0, 16);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }

    private static int indexOf(Set<String> ids, String id) {
        int i = 0;
        for (String candidate : ids) {
            if (candidate.equals(id)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
