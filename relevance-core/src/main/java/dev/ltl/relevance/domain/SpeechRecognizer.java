package dev.ltl.relevance.domain;

import java.util.List;

/** Turns audio into a word-level transcript (an ASR model such as an ONNX Whisper export). */
public interface SpeechRecognizer {
    /** {@code name@version} of the ASR model, for error messages and accounting. */
    String modelId();

    /** Words with their times in seconds from the start of {@code audio}. */
    List<TimedWord> transcribe(MonoAudio audio);
}
