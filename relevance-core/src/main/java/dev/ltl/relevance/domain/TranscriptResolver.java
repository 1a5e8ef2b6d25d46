package dev.ltl.relevance.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where the transcript providers get their words: the request's transcript when given, else the
 * configured ASR model run on the request's audio, else a FAILED_PRECONDITION-style error.
 */
public final class TranscriptResolver {
    private final Optional<SpeechRecognizer> recognizer;

    public TranscriptResolver(Optional<SpeechRecognizer> recognizer) {
        this.recognizer = recognizer;
    }

    /** No ASR model: only request transcripts work. */
    public static TranscriptResolver givenOnly() {
        return new TranscriptResolver(Optional.empty());
    }

    /**
     * @throws ProviderNotReadyException (field {@code transcript}) when there is no transcript and no ASR model
     * @throws RelevanceInputException (field {@code media}) when the ASR model has no audio to listen to
     */
    public List<TimedWord> wordsFor(RelevanceInput in) {
        if (in.transcript().isPresent()) {
            return in.transcript().get();
        }
        SpeechRecognizer asr = recognizer.orElseThrow(() -> new ProviderNotReadyException("transcript",
                "no transcript: give `transcript` or configure an ASR model"));
        MonoAudio audio = in.audio().orElseThrow(() -> new RelevanceInputException("media",
                "no transcript given and no audio for the ASR model " + asr.modelId() + ": give `transcript` or `media`"));
        return asr.transcribe(audio);
    }

}
