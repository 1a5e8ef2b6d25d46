package dev.ltl.bench;

import dev.ltl.eventness.infra.AudioSetTagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AudioSet (EfficientAT mn04) per-second eventness on one 10-s 16 kHz clip per op, so
 * ops/s = clips/s. Covers the whole path: mel front-end, one ORT batch of 10 windows, sigmoid,
 * non-speech max.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@State(Scope.Thread)
public class AudioSetBenchmark {

    static final int SECONDS = 10;
    private static final long AUDIO_SEED = 527L;

    @Param({"1", "2"})
    public int intraOpThreads;

    private AudioSetTagger tagger;
    private float[] clip;

    @Setup(Level.Trial)
    public void loadModel() {
        AudioSetModelFiles files = AudioSetModelFiles.fromSystemProperty();
        tagger = new AudioSetTagger(files.model(), files.labels(), intraOpThreads);
        clip = SyntheticAudio.toneWithNoiseBursts(AUDIO_SEED, SECONDS, SyntheticAudio.SAMPLE_RATE);
    }

    @TearDown(Level.Trial)
    public void closeModel() {
        if (tagger != null) {
            tagger.close();
        }
    }

    @Benchmark
    public double[] eventnessPerSecond() {
        return tagger.eventnessPerSecond(clip, SECONDS);
    }
}
