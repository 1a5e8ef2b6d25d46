package dev.ltl.eval.simulate;

import dev.ltl.eval.data.AveSplit;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SimulatedAve#write} produced.
 *
 * @param metaDir   the output directory: Annotations.txt, the split files and simulation.json
 * @param videosDir {@code <metaDir>/videos}, one {@code <id>.mp4} per clip
 * @param clips     every clip's ground truth, in clip-list order (train, val, test)
 */
public record SimulationResult(Path metaDir, Path videosDir, List<SimulatedClip> clips) {

    public SimulationResult {
        clips = List.copyOf(clips);
    }

    /** The clips of one split. */
    public List<SimulatedClip> clips(AveSplit split) {
        return clips.stream().filter(c -> c.split() == split).toList();
    }
}
