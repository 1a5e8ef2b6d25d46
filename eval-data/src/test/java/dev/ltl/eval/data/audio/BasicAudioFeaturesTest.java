package dev.ltl.eval.data.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BasicAudioFeaturesTest {

    private static final int SR = 16_000;

    /**
     * Expected values from numpy (python3, numpy 1.x) on the same 9.5-s float32 signal zero-padded to 10 s:
     * per second seg = float64(wav[i*sr:(i+1)*sr]); e = log(mean(seg**2)+1e-12); |Δe|; std(seg);
     * mean(seg[:-1]*seg[1:] < 0); P = abs(rfft(seg, n=sr))**2 with P[0] = 0; f = rfftfreq(sr, 1/sr);
     * centroid = sum(f*P)/sum(P)/(sr/2); roll-off = f[argmax(cumsum(P) >= 0.85*sum(P))]/(sr/2);
     * bands log(P[(f>=a)&(f<b)].sum()+1e-12) for (0,250), (250,1000), (1000,4000), (4000, sr/2+1).
     */
    private static final double[][] NUMPY = {
            {-3.101092786935185, 0.0, 0.21213203459508057, 0.05494093380836302, 0.05500000000000037, 0.055, -22.034563819655578, 15.566448034926482, -19.99050168105516, -19.855011850428422},
            {-3.101092786935185, 0.0, 0.21213203459508057, 0.05494093380836302, 0.05500000000000037, 0.055, -22.034563819899223, 15.566448034926482, -19.99050168107601, -19.85501185045007},
            {-3.101092786935185, 0.0, 0.21213203459508057, 0.05494093380836302, 0.05500000000000037, 0.055, -22.03456381979246, 15.566448034926482, -19.99050168100043, -19.855011850477208},
            {-3.912023475072961, 0.810930688137776, 0.14142129238622983, 0.16244765297831115, 0.16249614919146507, 0.25, 7.258228192972944, 13.703372977939308, 14.32511997973683, 2.759481345160728},
            {-3.9120234750729614, 4.440892098500626e-16, 0.14142129238622983, 0.16244765297831115, 0.16249614919146504, 0.25, 7.258228192972799, 13.703372977939317, 14.325119979736824, 2.759481345160754},
            {-3.9120234750729614, 0.0, 0.14142129238622983, 0.16244765297831115, 0.16249614919146504, 0.25, 7.258228192972799, 13.703372977939317, 14.325119979736824, 2.759481345160754},
            {-27.631021115928547, 23.718997640855587, 0.0, 0.0, 0.0, 0.0, -27.631021115928547, -27.631021115928547, -27.631021115928547, -27.631021115928547},
            {-5.075173812456066, 22.555847303472483, 0.07905694160768556, 0.6250390649415588, 0.5024999982559946, 0.625, 11.982929111070503, -23.63898879771319, -22.287798032282254, 13.36922345439442},
            {-2.772588722223781, 2.3025850902322853, 0.25, 0.006250390649415589, 0.017462562244263208, 0.01875, 15.790352218898356, 13.36079864628652, 11.760266912723342, 10.368131336263728},
            {-4.36855739789747, 1.5959686756736886, 0.11255888867182275, 0.09375585974123382, 0.18746822551054812, 0.187625, 4.75397383192119, 6.358783384699179, 14.298538060457997, 3.345181232578354},
    };

    @Test
    void matchesNumpyOnAGeneratedSignal() {
        float[][] features = BasicAudioFeatures.compute(signal(), SR, 10);

        assertThat(features).hasDimensions(10, BasicAudioFeatures.DIM);
        for (int t = 0; t < 10; t++) {
            for (int i = 0; i < BasicAudioFeatures.DIM; i++) {
                // Logs of near-empty bands see float32 sample rounding (a sin ulp apart); the rest are tight.
                boolean logFeature = i == 0 || i == 1 || i >= 6;
                double tolerance = logFeature ? 1e-3 : 1e-6;
                assertThat((double) features[t][i]).as("second %d feature %d", t, i + 1)
                        .isCloseTo(NUMPY[t][i], within(tolerance));
            }
        }
    }

    @Test
    void silenceHasZeroCentroidAndRollOff() {
        float[][] features = BasicAudioFeatures.compute(new float[0], SR, 2);
        assertThat(features[0][4]).isZero();
        assertThat(features[0][5]).isZero();
        assertThat((double) features[1][0]).isCloseTo(Math.log(1e-12), within(1e-4));
    }

    /** The numpy script's signal, rendered in double and rounded to float32 as a 16-bit WAV loader would give floats. */
    private static float[] signal() {
        int n = (int) (9.5 * SR);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) SR;
            int sec = i / SR;
            double tau = t - sec;
            double v = 0;
            if (sec <= 2) {
                v = 0.3 * Math.sin(2 * Math.PI * 440 * t);
            } else if (sec <= 5) {
                v = 0.2 * Math.sin(2 * Math.PI * (300 * tau + 0.5 * 2000 * tau * tau));
            } else if (sec == 7) {
                v = 0.1 * Math.sin(2 * Math.PI * 5000 * t) + 0.05 * Math.sin(2 * Math.PI * 100 * t);
            } else if (sec == 8) {
                v = 0.25 * Math.signum(Math.sin(2 * Math.PI * 50 * t + 0.1));
            } else if (sec == 9) {
                v = 0.4 * Math.sin(2 * Math.PI * 1500 * t) * Math.exp(-3 * tau);
            }
            x[i] = (float) v;
        }
        return x;
    }
}
