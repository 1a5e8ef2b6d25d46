package dev.ltl.eval.simulate.qa;

import dev.ltl.eval.data.qa.QaItem;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SimulatedQa#generate} wrote.
 *
 * @param outDir        the output directory
 * @param videosDir     {@code videos/}, one {@code <id>.mp4} per video
 * @param questionsFile {@code questions.jsonl} in the generic JSONL format
 * @param wordsDir      {@code words/}, one {@code <id>.words.json} transcript per video
 * @param videos        every video's truth
 * @param questions     the questions, as {@code questions.jsonl} holds them
 */
public record SimulatedQaResult(Path outDir, Path videosDir, Path questionsFile, Path wordsDir,
                                List<SimulatedQaVideo> videos, List<QaItem> questions) {
    public SimulatedQaResult {
        videos = List.copyOf(videos);
        questions = List.copyOf(questions);
    }
}
