package dev.ltl.relevance.domain;

import dev.ltl.common.media.RgbImage;
import java.util.List;
import java.util.Optional;

/**
 * What a provider may read. Each provider uses only part of it: {@code clap} the audio,
 * {@code clip} the frames, {@code asr_bm25} and {@code text} the transcript (or the audio, through an
 * ASR model).
 *
 * @param question   the retrieval query; non-blank
 * @param numSeconds T ≥ 1, the number of relevance values wanted
 * @param audio      mono audio covering the video, any rate; empty when not decoded
 * @param frames     frame t for each second t (frames at t + 0.5 s); empty or exactly T frames
 * @param transcript word-level transcript; empty when none was given (then an ASR model is needed)
 */
public record RelevanceInput(String question, int numSeconds, Optional<MonoAudio> audio, List<RgbImage> frames,
                             Optional<List<TimedWord>> transcript) {
    public RelevanceInput {
        if (question == null || question.isBlank()) {
            throw new RelevanceInputException("question", "question is required: it is the retrieval query");
        }
        if (numSeconds < 1) {
            throw new RelevanceInputException("num_seconds", "the video must cover at least 1 second, got " + numSeconds);
        }
        frames = List.copyOf(frames);
        if (!frames.isEmpty() && frames.size() != numSeconds) {
            throw new RelevanceInputException("media.frames", "expected one frame per second (" + numSeconds
                    + "), got " + frames.size());
        }
        transcript = transcript.map(List::copyOf);
    }

    /** Input with only a transcript (the text providers' whole need). */
    public static RelevanceInput ofTranscript(String question, int numSeconds, List<TimedWord> words) {
        return new RelevanceInput(question, numSeconds, Optional.empty(), List.of(), Optional.of(words));
    }
}
