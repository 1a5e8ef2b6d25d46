package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticClipTest {

    private static final SyntheticClip EVENTS = SyntheticClip.quiet(5, 11)
            .withAudioEvent(1, new SyntheticClip.Tone(1_000), 0.4)
            .withAudioEvent(2, new SyntheticClip.Noise(), 0.3)
            .withAudioEvent(3, new SyntheticClip.Chirp(300, 3_000), 0.5)
            .withVisualEvent(2, 0xFF0000);

    @Test
    void renderingIsDeterministicForASeedAndDiffersAcrossSeeds() {
        assertThat(SyntheticClipRenderer.audio(EVENTS)).isEqualTo(SyntheticClipRenderer.audio(EVENTS));
        SyntheticClip otherSeed = new SyntheticClip(5, 8, 160, 120, 44_100, 12, 0.003, 0x406080,
                EVENTS.audioEvents(), EVENTS.visualEvents());
        assertThat(SyntheticClipRenderer.audio(otherSeed)).isNotEqualTo(SyntheticClipRenderer.audio(EVENTS));
        assertThat(SyntheticClipRenderer.frame(EVENTS, 20).rgb()).isEqualTo(SyntheticClipRenderer.frame(EVENTS, 20).rgb());
    }

    @Test
    void eachSoundOccupiesItsSecondOverAQuietFloor() {
        int sr = EVENTS.audioSampleRate();
        float[] audio = SyntheticClipRenderer.audio(EVENTS);
        assertThat(audio).hasSize(5 * sr);
        double[] rms = Signals.rmsPerSecond(audio, sr);
        assertThat(rms[0]).isCloseTo(0.003, within(0.0005));
        assertThat(rms[4]).isCloseTo(0.003, within(0.0005));
        assertThat(rms[1]).isCloseTo(0.4 / Math.sqrt(2), within(0.01));
        assertThat(rms[2]).isCloseTo(0.3 / Math.sqrt(3), within(0.01));   // uniform noise in [-a, a]
        assertThat(rms[3]).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
        assertThat(Signals.goertzelAmplitude(audio, sr, 2 * sr, 1_000, sr)).isCloseTo(0.4, within(0.01));
        // The chirp sweeps upwards: 500 Hz early in the second, 2.5 kHz late, not the other way round.
        int early = 3 * sr + sr / 10;
        int late = 3 * sr + 8 * sr / 10;
        assertThat(Signals.goertzelAmplitude(audio, early, early + sr / 20, 570, sr))
                .isGreaterThan(Signals.goertzelAmplitude(audio, early, early + sr / 20, 2_460, sr));
        assertThat(Signals.goertzelAmplitude(audio, late, late + sr / 20, 2_460, sr))
                .isGreaterThan(Signals.goertzelAmplitude(audio, late, late + sr / 20, 570, sr));
    }

    @Test
    void theObjectAppearsOnlyInItsSecondAndMoves() {
        RgbImage background = SyntheticClipRenderer.frame(EVENTS, 0);
        assertThat(background.at(80, 60, 0)).isEqualTo(0x40);
        assertThat(background.at(80, 60, 2)).isEqualTo(0x80);
        for (int i = 0; i < SyntheticClipRenderer.frameCount(EVENTS); i++) {
            boolean inEvent = i / EVENTS.fps() == 2;
            double diff = Signals.meanAbsDiff(SyntheticClipRenderer.frame(EVENTS, i), background);
            assertThat(diff > 0).as("frame %d", i).isEqualTo(inEvent);
        }
        RgbImage start = SyntheticClipRenderer.frame(EVENTS, 16);
        RgbImage end = SyntheticClipRenderer.frame(EVENTS, 23);
        assertThat(start.at(2, 60, 0)).isEqualTo(0xFF);    // first stripe at the left edge
        assertThat(end.at(2, 60, 0)).isEqualTo(0x40);      // gone from the left at the end of the second
        assertThat(end.at(122, 60, 0)).isEqualTo(0xFF);    // ... and arrived at the right
    }

    @Test
    void invalidSpecsAreRejected() {
        SyntheticClip base = SyntheticClip.quiet(3, 1);
        assertThatThrownBy(() -> base.withAudioEvent(3, new SyntheticClip.Noise(), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second");
        assertThatThrownBy(() -> base.withAudioEvent(0, new SyntheticClip.Tone(30_000), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency");
        assertThatThrownBy(() -> base.withAudioEvent(0, new SyntheticClip.Noise(), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amplitude");
        assertThatThrownBy(() -> base.withVisualEvent(1, 0).withVisualEvent(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two visual events");
        assertThatThrownBy(() -> base.withSize(161, 120))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
        assertThatThrownBy(() -> SyntheticClip.quiet(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groundTruthSecondsListTheEvents() {
        assertThat(EVENTS.audioEventSeconds()).containsExactly(1, 2, 3);
        assertThat(EVENTS.visualEventSeconds()).containsExactly(2);
    }

    @Test
    void wavFilesCarryACanonicalSixteenBitMonoHeader(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("x.wav");
        SyntheticClipWriter.writeWav(wav, new float[] {0f, 1f, -1f, 2f, 0.5f}, 22_050);

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bytes.limit()).isEqualTo(44 + 10);
        assertThat(new String(bytes.array(), 0, 4)).isEqualTo("RIFF");
        assertThat(bytes.getInt(4)).isEqualTo(36 + 10);
        assertThat(new String(bytes.array(), 8, 8)).isEqualTo("WAVEfmt ");
        assertThat(bytes.getShort(20)).isEqualTo((short) 1);      // PCM
        assertThat(bytes.getShort(22)).isEqualTo((short) 1);      // mono
        assertThat(bytes.getInt(24)).isEqualTo(22_050);
        assertThat(bytes.getShort(34)).isEqualTo((short) 16);
        assertThat(bytes.getInt(40)).isEqualTo(10);
        assertThat(List.of(bytes.getShort(44), bytes.getShort(46), bytes.getShort(48), bytes.getShort(50),
                bytes.getShort(52))).containsExactly((short) 0, (short) 32767, (short) -32767, (short) 32767, (short) 16384);
    }

    @Test
    void wavRefusesNonFiniteSamples(@TempDir Path dir) {
        assertThatThrownBy(() -> SyntheticClipWriter.writeWav(dir.resolve("bad.wav"), new float[] {Float.NaN}, 16_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
