package dev.ltl.bench;

import java.util.SplittableRandom;

/** Seeded mono PCM in [-1, 1] for the audio benchmarks. */
public final class SyntheticAudio {

    /** Sample rate every ltl audio scorer expects. */
    public static final int SAMPLE_RATE = 16_000;

    private SyntheticAudio() {
    }

    /** Uniform white noise of the given peak amplitude. */
    public static float[] whiteNoise(long seed, int seconds, int sampleRate, double amplitude) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pcm = new float[samples(seconds, sampleRate)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (float) (amplitude * (2.0 * random.nextDouble() - 1.0));
        }
        return pcm;
    }

    /**
     * A quiet 440 Hz tone throughout, plus loud white-noise bursts on seconds 3 and 6–7: a clip
     * with something for the tagger to hear and a per-second contrast, so the timing is not
     * taken on silence (which some kernels short-cut).
     */
    public static float[] toneWithNoiseBursts(long seed, int seconds, int sampleRate) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pcm = new float[samples(seconds, sampleRate)];
        for (int i = 0; i < pcm.length; i++) {
            double tone = 0.2 * Math.sin(2.0 * Math.PI * 440.0 * i / sampleRate);
            int second = i / sampleRate;
            double burst = isBurstSecond(second) ? 0.6 * (2.0 * random.nextDouble() - 1.0) : 0.0;
            pcm[i] = (float) Math.max(-1.0, Math.min(1.0, tone + burst));
        }
        return pcm;
    }

    /** Whether {@link #toneWithNoiseBursts} puts a noise burst on this second. */
    public static boolean isBurstSecond(int second) {
        return second == 3 || second == 6 || second == 7;
    }

    private static int samples(int seconds, int sampleRate) {
        if (seconds < 1 || sampleRate < 1) {
            throw new IllegalArgumentException("seconds and sampleRate must be >= 1, got " + seconds + ", " + sampleRate);
        }
        return Math.multiplyExact(seconds, sampleRate);
    }
}
