package dev.ltl.relevance.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Whisper's log-mel front end against a numpy reference: every expected value below was printed by
 * relevance-core/src/test/python/whisper_log_mel.py (numpy only, np.fft.rfft STFT, librosa's Slaney
 * filter formula), for the same synthetic signal as {@link #testSignal()}.
 */
class WhisperLogMelTest {
    private static final WhisperLogMel MEL80 = new WhisperLogMel(80);

    /** 0.5 s of 440 Hz at 0.5 plus 2,500 Hz at 0.2, then a 0.1-s linear ramp of the last sample down to 0. */
    static float[] testSignal() {
        double[] s = new double[9600];
        for (int i = 0; i < 8000; i++) {
            double t = i / 16000.0;
            s[i] = 0.5 * Math.sin(2 * Math.PI * 440 * t) + 0.2 * Math.sin(2 * Math.PI * 2500 * t);
        }
        for (int i = 0; i < 1600; i++) {
            s[8000 + i] = s[7999] * (1 - i / 1600.0);
        }
        float[] out = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = (float) s[i];
        }
        return out;
    }

    @Test
    void slaneyFiltersMatchLibrosasFormula() {
        double[][] f = WhisperLogMel.slaneyMelFilters(80);
        assertThat(f[0][1]).isCloseTo(0.024862593984176087, within(1e-12));
        assertThat(f[10][12]).isZero();
        assertThat(f[79][190]).isCloseTo(0.0022320550527126157, within(1e-12));
        assertThat(WhisperLogMel.slaneyMelFilters(128)[127][199]).isCloseTo(0.001114280198753211, within(1e-12));
    }

    @Test
    void featuresOfAShortSignalMatchNumpy() {
        float[] m = MEL80.features(testSignal());
        assertThat(m).hasSize(80 * 3000);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (float v : m) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        // The clamp to max − 8 makes the floor exactly 2 below the maximum after (x + 4) / 4.
        assertThat(max).isCloseTo(1.4382038866486646, within(1e-5));
        assertThat(min).isCloseTo(-0.5617961133513354, within(1e-5));
        double[][] cells = {{0, 0, 0.9966982513583709}, {5, 10, -0.5617961133513354}, {60, 49, -0.26610640486245263},
                {79, 50, -0.045678443856596695}, {10, 60, -0.4969149473837142}, {3, 2999, -0.5617961133513354}};
        for (double[] c : cells) {
            assertThat(m[(int) c[0] * 3000 + (int) c[1]]).as("m[%d][%d]", (int) c[0], (int) c[1])
                    .isCloseTo((float) c[2], within(1e-5f));
        }
        double[] rowMeans = {-0.21873118189622678, -0.26138276586361203, -0.3604607122931071, -0.3946999862749635,
                -0.41617588922421284, -0.4325741731977858, -0.4455947694623545, -0.456556918016701,
                -0.45664130668208436, 0.9174894287324259, 1.073797660966892, 1.1432855196818938, 1.028204895882819,
                -0.45719581794689695, -0.4636024795827021, -0.46663852134542033, -0.46984265728673236,
                -0.4724587458602075, -0.4751804762368127, -0.4778103088794469, -0.48043105508178646,
                -0.4830865512428314, -0.48565367782124597, -0.48822450170747256, -0.4905808949513849,
                -0.49282059765261543, -0.4946559488540992, -0.49662241899251064, -0.498392070777222,
                -0.5002146521323334, -0.5020834645949719, -0.5041559973312191, -0.5064482636707539,
                -0.5082513057312458, -0.5117983198744843, -0.5161378646208317, -0.5174529700946855,
                -0.5148524729002989, -0.5109403631058292, -0.5097304198004391, -0.5063309607546352,
                -0.5048026363844604, -0.5025831067058822, -0.5000313475623224, -0.49714130462912504,
                -0.446413867933936, -0.3182643929846173, -0.13604424412213828, 0.17833214886833607,
                0.8356770022391815, 0.9085256209564444, 0.48696646292011203, -0.0642997133714496,
                -0.3182420514771468, -0.4858093741857946, -0.5000718505318741, -0.5037888965351605,
                -0.5069050155314517, -0.5095546234377432, -0.5123171368960332, -0.5144788308094591,
                -0.5166796604575457, -0.5185942318186532, -0.5203904009223822, -0.5221451926300403,
                -0.5237918155471033, -0.5252057828247778, -0.5267077394634506, -0.5279652999708216,
                -0.5292015867722956, -0.5303784719122031, -0.5314757469789877, -0.5323879836901562,
                -0.5333134998663682, -0.534116032506179, -0.5347736184721747, -0.5354267123628556,
                -0.5358725711279784, -0.5361629773314489, -0.5363703154049674};
        for (int r = 0; r < 80; r++) {
            double sum = 0;
            for (int t = 0; t < 60; t++) {
                sum += m[r * 3000 + t];
            }
            assertThat(sum / 60).as("mean of mel row %d over the first 60 frames", r).isCloseTo(rowMeans[r], within(1e-5));
        }
    }

    @Test
    void largeV3Has128MelRows() {
        WhisperLogMel mel128 = new WhisperLogMel(128);
        float[] m = mel128.features(testSignal());
        assertThat(m).hasSize(128 * 3000);
        assertThat(m[100 * 3000 + 20]).isCloseTo(-0.5146457536246232f, within(1e-5f));
    }

    @Test
    void audioLongerThan30SecondsIsCutAndSilenceIsFlat() {
        float[] silence = MEL80.features(new float[10]);
        // All power 0 → log10(1e-10) = −10 everywhere, so (−10 + 4) / 4 = −1.5 in every cell.
        for (float v : silence) {
            assertThat(v).isCloseTo(-1.5f, within(1e-6f));
        }
        float[] long40s = new float[640_000];
        float[] signal = testSignal();
        System.arraycopy(signal, 0, long40s, 0, signal.length);
        java.util.Arrays.fill(long40s, 480_000, long40s.length, 0.9f);
        assertThat(MEL80.features(long40s)).containsExactly(MEL80.features(signal));
    }
}
