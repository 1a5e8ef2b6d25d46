package dev.ltl.eval.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An AVE dataset in the official layout (§1.1): {@code trainSet.txt}, {@code valSet.txt} and {@code testSet.txt}
 * in a metadata directory, and optionally a directory of {@code <id>.mp4} videos.
 *
 * <p>The clip list is train ++ val ++ test in file order, so each split is a contiguous range of it. Labels are
 * per second over N = 10 seconds. A video id that occurs more than once gets the labels of its <em>last</em>
 * occurrence (test over val over train, and the later row within a file) in every role, as the reference's single
 * {@code video_id → clip} map does [QUIRK, reproduced]. The id list of each split holds each id once, in the order of
 * its first row (or of {@code download_ok_<split>_official.txt} when that file is present), truncated to the
 * split's limit, then filtered by the media check when {@code allowMissing} is set.
 */
public final class AveDataset {

    /** Video file extensions tried, in order, for {@code <videosDir>/<id>.<ext>}. */
    public static final List<String> VIDEO_EXTENSIONS = List.of("mp4", "mkv", "webm", "avi", "mov");

    private final Path videosDir;
    private final List<AveAnnotation> annotations;
    private final Map<AveSplit, int[]> rowRanges;
    private final AveClassMap classMap;
    private final Map<String, int[]> labelsById;
    private final Map<AveSplit, List<String>> idsBySplit;
    private final Map<AveSplit, List<String>> skippedBySplit;

    private AveDataset(Path videosDir, List<AveAnnotation> annotations, Map<AveSplit, int[]> rowRanges,
                       AveClassMap classMap, Map<String, int[]> labelsById, Map<AveSplit, List<String>> idsBySplit,
                       Map<AveSplit, List<String>> skippedBySplit) {
        this.videosDir = videosDir;
        this.annotations = annotations;
        this.rowRanges = rowRanges;
        this.classMap = classMap;
        this.labelsById = labelsById;
        this.idsBySplit = idsBySplit;
        this.skippedBySplit = skippedBySplit;
    }

    /**
     * Loads the metadata of {@code metaDir}.
     *
     * @param metaDir   directory with the three split files
     * @param videosDir directory of {@code <id>.mp4} videos, or null when only metadata (or a feature cache) is used
     * @param options   limits and the missing-media policy
     * @throws AveDataException on a missing split file, a malformed row, or (without allowMissing) ids lacking media
     */
    public static AveDataset load(Path metaDir, Path videosDir, AveLoadOptions options) {
        Map<AveSplit, List<AveAnnotation>> rowsBySplit = new EnumMap<>(AveSplit.class);
        for (AveSplit split : AveSplit.values()) {
            Path file = metaDir.resolve(split.fileName());
            if (!Files.isRegularFile(file)) {
                throw new AveDataException(missingLayoutMessage(metaDir, file));
            }
            rowsBySplit.put(split, AveAnnotationReader.read(file));
        }
        List<AveAnnotation> all = new ArrayList<>();
        Map<AveSplit, int[]> ranges = new EnumMap<>(AveSplit.class);
        for (AveSplit split : AveSplit.values()) {
            int from = all.size();
            all.addAll(rowsBySplit.get(split));
            ranges.put(split, new int[] {from, all.size()});
        }
        TreeSet<String> categories = new TreeSet<>();
        all.forEach(a -> categories.add(a.category()));
        AveClassMap classMap = AveClassMap.fromCategories(categories);

        // Last occurrence wins: later rows overwrite earlier ones in the map.
        Map<String, int[]> labels = new LinkedHashMap<>();
        for (AveAnnotation a : all) {
            labels.put(a.videoId(), SecondLabels.of(a.startS(), a.endS(), classMap.index(a.category()),
                    SecondLabels.NUM_SEGMENTS));
        }

        Predicate<String> hasMedia = options.mediaAvailable() != null ? options.mediaAvailable()
                : videosDir != null ? id -> findVideo(videosDir, id).isPresent() : null;
        Map<AveSplit, List<String>> ids = new EnumMap<>(AveSplit.class);
        Map<AveSplit, List<String>> skipped = new EnumMap<>(AveSplit.class);
        for (AveSplit split : AveSplit.values()) {
            List<String> candidates = candidateIds(metaDir, split, rowsBySplit.get(split), labels);
            int limit = options.limit(split);
            if (limit > 0 && candidates.size() > limit) {
                candidates = candidates.subList(0, limit);
            }
            List<String> kept = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : candidates) {
                (hasMedia == null || hasMedia.test(id) ? kept : missing).add(id);
            }
            if (!missing.isEmpty() && !options.allowMissing()) {
                throw new AveDataException(missing.size() + " of " + candidates.size() + " " + split.shortName()
                        + " clips have no media (first: " + missing.get(0) + "); pass allow-missing to skip them");
            }
            ids.put(split, List.copyOf(kept));
            skipped.put(split, List.copyOf(missing));
        }
        return new AveDataset(videosDir, List.copyOf(all), ranges, classMap, Collections.unmodifiableMap(labels),
                ids, skipped);
    }

    /** The dataset's class map (background 0, sorted categories 1..K). */
    public AveClassMap classMap() {
        return classMap;
    }

    /** Number of classes including background: 29 on the official metadata. */
    public int numClasses() {
        return classMap.numClasses();
    }

    /** Every annotation row, train ++ val ++ test in file order (duplicates included). */
    public List<AveAnnotation> annotations() {
        return annotations;
    }

    /** The rows of {@code split}: a contiguous range of {@link #annotations()}. */
    public List<AveAnnotation> rows(AveSplit split) {
        int[] range = rowRanges.get(split);
        return annotations.subList(range[0], range[1]);
    }

    /** Index of the first row of {@code split} in {@link #annotations()}. */
    public int rowRangeStart(AveSplit split) {
        return rowRanges.get(split)[0];
    }

    /** One past the index of the last row of {@code split} in {@link #annotations()}. */
    public int rowRangeEnd(AveSplit split) {
        return rowRanges.get(split)[1];
    }

    /** The ids of {@code split} to use: deduplicated, limited, and with media when allowMissing was set. */
    public List<String> ids(AveSplit split) {
        return idsBySplit.get(split);
    }

    /** The ids of {@code split} dropped by allowMissing because their media was absent. */
    public List<String> skippedIds(AveSplit split) {
        return skippedBySplit.get(split);
    }

    /** How many ids of {@code split} allowMissing dropped. */
    public int skippedCount(AveSplit split) {
        return skippedBySplit.get(split).size();
    }

    /** Whether {@code videoId} has labels (it occurs in some split file). */
    public boolean hasLabels(String videoId) {
        return labelsById.containsKey(videoId);
    }

    /** The 10 per-second labels of {@code videoId} (a copy; last occurrence wins). */
    public int[] labels(String videoId) {
        int[] labels = labelsById.get(videoId);
        if (labels == null) {
            throw new IllegalArgumentException("no AVE annotation for video id '" + videoId + "'");
        }
        return labels.clone();
    }

    /** Labels of several ids, one row per id: the [n, 10] label tensor of a split. */
    public int[][] labels(List<String> videoIds) {
        int[][] out = new int[videoIds.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels(videoIds.get(i));
        }
        return out;
    }

    /** The video of {@code videoId}, if a videos directory was given and holds it. */
    public Optional<Path> videoPath(String videoId) {
        return videosDir == null ? Optional.empty() : findVideo(videosDir, videoId);
    }

    /** The first existing {@code <dir>/<id>.<ext>} over {@link #VIDEO_EXTENSIONS}. */
    public static Optional<Path> findVideo(Path dir, String videoId) {
        for (String ext : VIDEO_EXTENSIONS) {
            Path candidate = dir.resolve(videoId + "." + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<String> candidateIds(Path metaDir, AveSplit split, List<AveAnnotation> rows,
                                             Map<String, int[]> labels) {
        Path downloadOk = metaDir.resolve(split.downloadOkFileName());
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (Files.isRegularFile(downloadOk)) {
            for (String line : readLines(downloadOk)) {
                String id = line.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!labels.containsKey(id)) {
                    throw new AveDataException(downloadOk + " lists '" + id + "', which no split file annotates");
                }
                ids.add(id);
            }
        } else {
            rows.forEach(r -> ids.add(r.videoId()));
        }
        return new ArrayList<>(ids);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AveDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String missingLayoutMessage(Path metaDir, Path file) {
        boolean h5Layout = Files.isRegularFile(metaDir.resolve("Annotations.txt"))
                && Files.isRegularFile(metaDir.resolve("train_order.h5"));
        return "missing " + file + (h5Layout
                ? "; the Annotations.txt + *_order.h5 layout is not supported, provide the official split files"
                : "; expected the official AVE layout (trainSet.txt, valSet.txt, testSet.txt)");
    }
}
