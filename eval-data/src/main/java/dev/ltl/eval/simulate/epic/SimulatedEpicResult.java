package dev.ltl.eval.simulate.epic;

import java.nio.file.Path;
import java.util.List;

/** Where {@link SimulatedEpic#generate} wrote the benchmark, and what it planned. */
public record SimulatedEpicResult(Path outDir, Path videosDir, Path trainCsv, Path valCsv, Path trainIds, Path valIds,
                                  List<SimulatedEpicVideo> videos) {
    public SimulatedEpicResult {
        videos = List.copyOf(videos);
    }
}
