package dev.ltl.bench;

import dev.ltl.eventness.domain.EnergyEventness;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Energy-family Stage-1 scorers on 10 s of 16 kHz white noise. Each op scores one 10-s clip and
 * counts as {@value #SECONDS} operations, so ops/s = audio-seconds scored per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(1)
@State(Scope.Thread)
public class EnergyBenchmark {

    static final int SECONDS = 10;
    private static final long AUDIO_SEED = 16_000L;

    private float[] pcm;

    @Setup(Level.Trial)
    public void prepareAudio() {
        pcm = SyntheticAudio.whiteNoise(AUDIO_SEED, SECONDS, SyntheticAudio.SAMPLE_RATE, 0.3);
    }

    @Benchmark
    @OperationsPerInvocation(SECONDS)
    public double[] energyStrideMax() {
        return EnergyEventness.energyStrideMax(pcm, SyntheticAudio.SAMPLE_RATE, SECONDS);
    }

    @Benchmark
    @OperationsPerInvocation(SECONDS)
    public double[] energy() {
        return EnergyEventness.energy(pcm, SyntheticAudio.SAMPLE_RATE, SECONDS);
    }
}
