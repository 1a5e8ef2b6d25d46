package dev.ltl.orchestrator.cli;

import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the analyses that read one split of an AVE dataset: where it is and which clips. */
final class SplitDataOptions {
    @Option(names = "--ave", description = "AVE-layout directory: split files in it, videos in DIR/videos.")
    Path ave;

    @Option(names = "--meta", description = "AVE metadata directory (Annotations.txt, trainSet/valSet/testSet.txt).")
    Path meta;

    @Option(names = "--videos", description = "Videos directory (<id>.mp4).")
    Path videos;

    @Option(names = "--split", defaultValue = "test", description = "Split: val or test (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many clips of the split (0 = all).")
    int limit;

    @Option(names = "--allow-missing", description = "Skip clips without media (counted and reported).")
    boolean allowMissing;

    Path metaDir() {
        Path dir = meta != null ? meta : ave;
        if (dir == null) {
            throw new IllegalArgumentException("give --ave DIR or --meta DIR");
        }
        return dir;
    }

    Path videosDir() {
        return videos != null ? videos : ave != null ? ave.resolve("videos") : null;
    }

    AveSplit evalSplit() {
        return AveCommand.splitOf(split);
    }

    /** The dataset with the split limited to {@code --limit} clips. */
    AveDataset load(boolean needVideos) {
        Path videosDir = needVideos ? videosDir() : null;
        AveLoadOptions options = AveLoadOptions.defaults().withAllowMissing(allowMissing)
                .withLimits(0, evalSplit() == AveSplit.VAL ? limit : 0, evalSplit() == AveSplit.TEST ? limit : 0);
        return AveDataset.load(metaDir(), videosDir, options);
    }

    /** Per-second labels of every annotated clip of every split. */
    static Map<String, int[]> allLabels(AveDataset dataset) {
        Map<String, int[]> labels = new LinkedHashMap<>();
        for (AveSplit s : AveSplit.values()) {
            dataset.ids(s).forEach(id -> labels.put(id, dataset.labels(id)));
        }
        return labels;
    }

    static Map<String, int[]> labelsOf(AveDataset dataset, List<String> ids) {
        Map<String, int[]> labels = new LinkedHashMap<>();
        ids.forEach(id -> labels.put(id, dataset.labels(id)));
        return labels;
    }
}
