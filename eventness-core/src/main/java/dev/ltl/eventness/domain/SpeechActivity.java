package dev.ltl.eventness.domain;

/** A voice-activity detector seen per second: the share of each second that holds speech. */
public interface SpeechActivity {

    /**
     * @param pcm16k     mono PCM at 16 kHz in [-1, 1], zero-padded or truncated to numSeconds
     * @param numSeconds T ≥ 1
     * @return T values in [0, 1]
     */
    double[] speechRatioPerSecond(float[] pcm16k, int numSeconds);
}
