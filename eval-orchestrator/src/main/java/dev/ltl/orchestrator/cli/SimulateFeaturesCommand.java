package dev.ltl.orchestrator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltl.eval.cache.NpzCacheTransfer;
import dev.ltl.eval.data.AveDataset;
import dev.ltl.eval.data.AveLoadOptions;
import dev.ltl.eval.data.AveSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ltl simulate features}: a reference-format feature cache ({@code <clip>.npz} with
 * {@code res_<r>} arrays [10, D]) and an external scores file for an AVE metadata directory,
 * without any video. Used to benchmark sweeps at AVE scale; the features carry the class of each
 * event second with a strength that grows with resolution, and the scores are noisy event cues,
 * so training and planning have something real to find.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Write synthetic <clip>.npz features and a scores JSON for the clips of an AVE metadata dir.")
final class SimulateFeaturesCommand implements Callable<Integer> {
    @Option(names = "--meta", required = true, description = "AVE metadata directory.") Path meta;
    @Option(names = "--out", required = true, description = "Directory for the .npz files and scores.json.") Path out;
    @Option(names = "--dim", defaultValue = "768", description = "Embedding dimension (default ${DEFAULT-VALUE}).") int dim;
    @Option(names = "--resolutions", split = ",", defaultValue = "160,224,352") List<Integer> resolutions;
    @Option(names = "--seed", defaultValue = "0") long seed;
    @Option(names = "--splits", split = ",", defaultValue = "train,val", description = "Splits to cover.")
    List<String> splits;

    @Override
    public Integer call() throws Exception {
        AveDataset dataset = AveDataset.load(meta, null, AveLoadOptions.defaults());
        Files.createDirectories(out);
        List<String> ids = new ArrayList<>();
        for (String split : splits) {
            ids.addAll(dataset.ids(split.equals("train") ? AveSplit.TRAIN : AveCommand.splitOf(split)));
        }
        int classes = dataset.numClasses();
        SplittableRandom root = new SplittableRandom(seed);
        float[][] classDirections = new float[classes][dim];
        for (float[] direction : classDirections) {
            for (int d = 0; d < dim; d++) {
                direction[d] = (float) (root.nextDouble() * 2 - 1);
            }
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        int written = 0;
        for (String id : ids) {
            SplittableRandom rng = new SplittableRandom(seed ^ id.hashCode());
            int[] labels = dataset.labels(id);
            Map<Integer, float[][]> byResolution = new LinkedHashMap<>();
            for (int r : resolutions) {
                // Class signal grows with resolution: fine detail needs pixels (as in the simulated videos).
                double strength = 0.15 * r / 224.0;
                float[][] rows = new float[labels.length][dim];
                for (int t = 0; t < labels.length; t++) {
                    for (int d = 0; d < dim; d++) {
                        rows[t][d] = (float) (rng.nextGaussian() + strength * classDirections[labels[t]][d]);
                    }
                }
                byResolution.put(r, rows);
            }
            NpzCacheTransfer.writeClip(out, id, byResolution);
            double[] s = new double[labels.length];
            for (int t = 0; t < labels.length; t++) {
                s[t] = (labels[t] != 0 ? 1.0 : 0.0) + 0.6 * rng.nextGaussian();
            }
            scores.put(id, s);
            if (++written % 500 == 0) {
                System.err.println("wrote " + written + "/" + ids.size() + " clips");
            }
        }
        new ObjectMapper().writeValue(out.resolve("scores.json").toFile(), scores);
        System.out.printf("wrote %d clips (%d-d at %s) and scores.json to %s%n", ids.size(), dim, resolutions, out);
        return 0;
    }
}
