package dev.ltl.eventness.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EnergyEventnessProperties {

    private static final double FLOOR = Math.log(1e-12);

    @Property(tries = 200)
    void scoresHaveOneValuePerSecondAndNeverFallBelowTheFloor(
            @ForAll @Size(min = 1, max = 400) List<@FloatRange(min = -1, max = 1) Float> samples,
            @ForAll @IntRange(min = 3, max = 40) int sampleRate,
            @ForAll @IntRange(min = 1, max = 12) int numSeconds) {
        float[] pcm = toArray(samples);
        for (double[] s : List.of(EnergyEventness.energy(pcm, sampleRate, numSeconds),
                EnergyEventness.energyStrideMax(pcm, sampleRate, numSeconds))) {
            assertThat(s).hasSize(numSeconds);
            for (double v : s) {
                assertThat(v).isGreaterThanOrEqualTo(FLOOR - 1e-12).isLessThanOrEqualTo(1e-9);
            }
        }
        double[] delta = EnergyEventness.energyDelta(pcm, sampleRate, numSeconds);
        assertThat(delta[0]).isZero();
        for (double v : delta) {
            assertThat(v).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Property(tries = 100)
    void energyIgnoresTheOrderOfSamplesWithinASecond(
            @ForAll @Size(min = 20, max = 20) List<@FloatRange(min = -1, max = 1) Float> samples) {
        float[] pcm = toArray(samples);
        float[] reversedSeconds = new float[20];
        for (int t = 0; t < 2; t++) {
            for (int n = 0; n < 10; n++) {
                reversedSeconds[t * 10 + n] = pcm[t * 10 + 9 - n];
            }
        }
        assertThat(EnergyEventness.energy(reversedSeconds, 10, 2))
                .containsExactly(EnergyEventness.energy(pcm, 10, 2), within(1e-12));
    }

    private static float[] toArray(List<Float> samples) {
        float[] pcm = new float[samples.size()];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = samples.get(i);
        }
        return pcm;
    }
}
