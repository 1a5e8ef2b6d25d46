package dev.ltl.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ltl.eval.stats.MeanStd;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DegradationTest {

    @Test
    void gridsHave18And54RowsWithReferenceSeeds() {
        List<DegradationCondition> suite = DegradationGrid.suite();
        assertThat(suite).hasSize(18);
        assertThat(suite.get(0)).isEqualTo(new DegradationCondition(-0.5, 20, 0.0));
        assertThat(suite.get(17)).isEqualTo(new DegradationCondition(0.5, 0, 0.5));
        // python3 -c "print(int((-0.5+10)*1000+(20+100)*10+0*100), int((0.5+10)*1000+(0+100)*10+0.5*100))"
        assertThat(suite.get(0).seed()).isEqualTo(10700);
        assertThat(suite.get(17).seed()).isEqualTo(11550);
        assertThat(suite.stream().map(DegradationCondition::seed).distinct()).hasSize(18);
        assertThat(DegradationGrid.accuracy()).hasSize(54);
        assertThat(DegradationGrid.accuracy().get(2).alpha()).isEqualTo(1.0);
    }

    @Test
    void shiftDelaysOrAdvancesKeepingLength() {
        float[] x = {1, 2, 3, 4};
        assertThat(AudioDegradation.shift(x, 4, 0.5)).containsExactly(0, 0, 1, 2);
        assertThat(AudioDegradation.shift(x, 4, -0.5)).containsExactly(3, 4, 0, 0);
        assertThat(AudioDegradation.shift(x, 4, 1.0)).containsExactly(0, 0, 0, 0);
        assertThat(AudioDegradation.shift(x, 4, 0.0)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void noiseHasTheRequestedSnr() {
        float[] x = new float[16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.05);
        }
        float[] y = AudioDegradation.addNoise(x, 10, new DegradationRandom(10700));
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < x.length; i++) {
            signal += x[i] * x[i];
            noise += (y[i] - x[i]) * (y[i] - x[i]);
        }
        assertThat(10 * Math.log10(signal / noise)).isCloseTo(10.0, within(0.2));
    }

    @Test
    void silenceZeroesOneIntervalOfRoundedLength() {
        float[] x = new float[10];
        Arrays.fill(x, 1f);
        float[] y = AudioDegradation.silence(x, 0.5, new DegradationRandom(1));
        int zeros = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0f) {
                zeros++;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        assertThat(zeros).isEqualTo(5);
        assertThat(last - first).isEqualTo(4);
        assertThat(AudioDegradation.silence(x, 0.0, new DegradationRandom(1))).containsOnly(1f);
        assertThat(AudioDegradation.silence(x, 1.0, new DegradationRandom(1))).containsOnly(0f);
    }

    @Test
    void scoreSpaceProxyRoundsHalfAwayFromZeroAndClips() {
        double[] s = {0.2, 0.9, 0.4, 0.0};
        // SNR 200 dB: negligible noise, so only the shift (+0.5 s → +1 step) and clipping show
        double[] shifted = ScoreSpaceProxy.apply(s, new DegradationCondition(0.5, 200, 0), new DegradationRandom(3));
        assertThat(shifted).containsExactly(new double[] {0.0, 0.2, 0.9, 0.4}, within(1e-6));
        double[] back = ScoreSpaceProxy.apply(s, new DegradationCondition(-0.5, 200, 0), new DegradationRandom(3));
        assertThat(back).containsExactly(new double[] {0.9, 0.4, 0.0, 0.0}, within(1e-6));
        double[] silenced = ScoreSpaceProxy.apply(s, new DegradationCondition(0, 200, 1.0), new DegradationRandom(3));
        assertThat(silenced).containsOnly(0.0);
        double[] noisy = ScoreSpaceProxy.apply(s, new DegradationCondition(0, -20, 0), new DegradationRandom(3));
        assertThat(Arrays.stream(noisy).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }

    // python3 -c "import hashlib; h=hashlib.sha1(b'alpha_fallback_v1:abc').digest();
    //   print(int.from_bytes(h[:8],'big')/2**64)"   (and the same for '-0gDe0hQ2Yc')
    @Test
    void alphaFallbackHashMatchesPython() {
        assertThat(AlphaFallback.u("abc")).isEqualTo(0.8558998417423984);
        assertThat(AlphaFallback.u("-0gDe0hQ2Yc")).isEqualTo(0.03821899062095635);
        assertThat(AlphaFallback.forced("abc", 0.5)).isFalse();
        assertThat(AlphaFallback.forced("-0gDe0hQ2Yc", 0.5)).isTrue();
        assertThat(AlphaFallback.forced("-0gDe0hQ2Yc", 0.0)).isFalse();
        assertThat(AlphaFallback.forced("abc", 1.0)).isTrue();
    }

    @Test
    void floorChecksCountFailuresAndReportWorst() {
        Map<String, MeanStd> good = Map.of("uniform", new MeanStd(0.7, 0), "random_top2", new MeanStd(0.6, 0),
                "anchored_top2", new MeanStd(0.69, 0));
        DegradationAccuracy.Row r0 = DegradationAccuracy.Row.of(DegradationGrid.accuracy().get(0), good, null);
        DegradationAccuracy.Row r1 = DegradationAccuracy.Row.of(DegradationGrid.accuracy().get(1), good, null);
        DegradationAccuracy.Row r2 = DegradationAccuracy.Row.of(DegradationGrid.accuracy().get(2), good, null);
        DegradationAccuracy.FloorChecks checks = DegradationAccuracy.floorChecks(List.of(r0, r1, r2));
        assertThat(checks.numRows()).isEqualTo(3);
        assertThat(checks.numPass()).isEqualTo(2); // α = 0 and 0.5 pass, α = 1 fails by 0.01
        assertThat(checks.numFail()).isEqualTo(1);
        assertThat(checks.minMargin()).isCloseTo(-0.01, within(1e-12));
        assertThat(checks.worstFailures()).containsExactly(r2);
        assertThat(r0.accDelta().anchoredMinusRandom()).isCloseTo(0.09, within(1e-12));
    }

    @Test
    void suiteRowUsesSuppliedScorerAndPicker() {
        float[] wave = new float[16000 * 10];
        for (int t = 3 * 16000; t < 5 * 16000; t++) {
            wave[t] = 0.5f * (float) Math.sin(t * 0.1);
        }
        int[] labels = {0, 0, 0, 4, 4, 0, 0, 0, 0, 0};
        DegradationSuite.Stage1Scorer energy = (w, sr) -> {
            double[] s = new double[10];
            for (int sec = 0; sec < 10; sec++) {
                double e = 0;
                for (int i = sec * sr; i < (sec + 1) * sr; i++) {
                    e += w[i] * w[i];
                }
                s[sec] = Math.log(e / sr + 1e-12);
            }
            return s;
        };
        DegradationSuite.AnchorPicker top2 = s -> {
            Integer[] idx = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            Arrays.sort(idx, (a, b) -> Double.compare(s[b], s[a]));
            return new int[] {idx[0], idx[1]};
        };
        List<DegradationSuite.Row> rows = DegradationSuite.evaluateAll(
                List.of(new DegradationSuite.ClipAudio("x", wave, 16000, labels)), energy, top2);
        assertThat(rows).hasSize(18);
        // clean shift 0, SNR 20, no silence: the energy peak is the event
        DegradationSuite.Row clean = rows.get(6);
        assertThat(clean.shiftS()).isEqualTo(0.0);
        assertThat(clean.recallByDelta()).containsEntry("0", 1.0);
        assertThat(clean.anchorsFallbackUsedFrac()).isEqualTo(0.0);
        assertThat(clean.numEvalIds()).isEqualTo(1);
    }
}
