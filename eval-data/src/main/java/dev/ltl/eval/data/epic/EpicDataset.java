package dev.ltl.eval.data.epic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * EPIC-SOUNDS at video level: the train and val videos (sorted by id, as the reference takes its
 * first N) and the dense class index over the class ids of train ∪ val.
 */
public record EpicDataset(List<EpicVideo> train, List<EpicVideo> val, List<Integer> classIds) {
    public EpicDataset {
        train = List.copyOf(train);
        val = List.copyOf(val);
        classIds = List.copyOf(classIds);
    }

    /** Reads the train and val annotation CSVs. */
    public static EpicDataset load(Path trainCsv, Path valCsv) {
        return of(byVideo(EpicAnnotationReader.read(trainCsv)), byVideo(EpicAnnotationReader.read(valCsv)));
    }

    static EpicDataset of(List<EpicVideo> train, List<EpicVideo> val) {
        SortedSet<Integer> ids = new TreeSet<>();
        train.forEach(v -> ids.addAll(v.classIds()));
        val.forEach(v -> ids.addAll(v.classIds()));
        return new EpicDataset(train, val, new ArrayList<>(ids));
    }

    /** Segments grouped by video, videos sorted by id. */
    public static List<EpicVideo> byVideo(List<EpicSegment> segments) {
        Map<String, List<EpicSegment>> grouped = new LinkedHashMap<>();
        for (EpicSegment s : segments) {
            grouped.computeIfAbsent(s.videoId(), k -> new ArrayList<>()).add(s);
        }
        return grouped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new EpicVideo(e.getKey(), e.getValue())).toList();
    }

    /**
     * Keeps only the videos a split file lists (one video id per line; blank lines and {@code #}
     * comments skipped), in the file's order; null keeps a split as it is. The class index is
     * recomputed. An id the annotations lack is an error.
     */
    public EpicDataset restrictTo(Path trainIds, Path valIds) {
        return of(trainIds == null ? train : pick(train, readIds(trainIds), trainIds),
                valIds == null ? val : pick(val, readIds(valIds), valIds));
    }

    /** The first {@code maxTrain} train and {@code maxVal} val videos (≤ 0: all). */
    public EpicDataset limit(int maxTrain, int maxVal) {
        return of(maxTrain > 0 ? train.subList(0, Math.min(maxTrain, train.size())) : train,
                maxVal > 0 ? val.subList(0, Math.min(maxVal, val.size())) : val);
    }

    /** Multi-hot label row of a video over {@link #classIds()}. */
    public boolean[] labels(EpicVideo video) {
        boolean[] row = new boolean[classIds.size()];
        for (int id : video.classIds()) {
            int index = classIds.indexOf(id);
            if (index >= 0) {
                row[index] = true;
            }
        }
        return row;
    }

    private static List<EpicVideo> pick(List<EpicVideo> videos, List<String> ids, Path file) {
        Map<String, EpicVideo> byId = new LinkedHashMap<>();
        videos.forEach(v -> byId.put(v.videoId(), v));
        List<EpicVideo> out = new ArrayList<>();
        for (String id : ids) {
            EpicVideo video = byId.get(id);
            if (video == null) {
                throw new EpicDataException(file + ": video '" + id + "' has no annotation in its split");
            }
            out.add(video);
        }
        return out;
    }

    static List<String> readIds(Path file) {
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new EpicDataException("cannot read split file " + file + ": " + e.getMessage(), e);
        }
    }
}
