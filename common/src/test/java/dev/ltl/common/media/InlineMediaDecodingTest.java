package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MediaDecoder#fromPcm}: inline PCM and frames. */
class InlineMediaDecodingTest {

    private final MediaDecoder decoder = new MediaDecoder();
    private static final DecodeOptions BY_DURATION = new DecodeOptions(0, 0, true, true);

    private static float[] interleave(float[] left, float[] right) {
        float[] out = new float[left.length * 2];
        for (int i = 0; i < left.length; i++) {
            out[2 * i] = left[i];
            out[2 * i + 1] = right[i];
        }
        return out;
    }

    private static byte[] solidPng(int rgb) throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return ImageDecoderTest.encode(image, "png");
    }

    @Test
    void stereoAt48kBecomesMonoAt16kWithTheToneKept() throws Exception {
        float[] left = Signals.tone(1_000, 0.6, 48_000, 2 * 48_000);
        float[] right = Signals.tone(1_000, 0.2, 48_000, 2 * 48_000);

        DecodedMedia media = decoder.fromPcm(interleave(left, right), 48_000, 2, List.of(), BY_DURATION);

        assertThat(media.numSeconds()).isEqualTo(2);
        assertThat(media.sampleRate()).isEqualTo(16_000);
        assertThat(media.pcm()).hasSize(32_000);
        assertThat(media.durationS()).isEqualTo(2.0);
        assertThat(media.hasAudio()).isTrue();
        assertThat(media.hasVideo()).isFalse();
        assertThat(media.frames()).isEmpty();
        // Channels are averaged: (0.6 + 0.2) / 2 = 0.4 at 1 kHz, and nothing at other frequencies.
        assertThat(Signals.goertzelAmplitude(media.pcm(), 1_000, 31_000, 1_000, 16_000)).isCloseTo(0.4, within(0.005));
        assertThat(Signals.goertzelAmplitude(media.pcm(), 1_000, 31_000, 3_000, 16_000)).isLessThan(0.005);
        assertThat(Signals.rms(media.pcm(), 1_000, 31_000)).isCloseTo(0.4 / Math.sqrt(2), within(0.005));
    }

    @Test
    void oppositeChannelsCancelInTheMonoMix() throws Exception {
        float[] left = Signals.tone(500, 0.5, 16_000, 16_000);
        float[] right = new float[left.length];
        for (int i = 0; i < left.length; i++) {
            right[i] = -left[i];
        }
        DecodedMedia media = decoder.fromPcm(interleave(left, right), 16_000, 2, List.of(), BY_DURATION);
        assertThat(Signals.rms(media.pcm(), 0, media.pcm().length)).isZero();
    }

    @Test
    void fixedSegmentsZeroPadShortAudioAndCutLongAudio() throws Exception {
        float[] threeSeconds = Signals.tone(440, 0.5, 16_000, 3 * 16_000);

        DecodedMedia padded = decoder.fromPcm(threeSeconds, 16_000, 1, List.of(), new DecodeOptions(0, 5, true, false));
        assertThat(padded.numSeconds()).isEqualTo(5);
        assertThat(padded.pcm()).hasSize(80_000);
        assertThat(padded.durationS()).isEqualTo(3.0);
        assertThat(Signals.rmsPerSecond(padded.pcm(), 16_000)).satisfies(rms -> {
            assertThat(rms[2]).isGreaterThan(0.3);
            assertThat(rms[3]).isZero();
            assertThat(rms[4]).isZero();
        });

        DecodedMedia cut = decoder.fromPcm(threeSeconds, 16_000, 1, List.of(), new DecodeOptions(0, 2, true, false));
        assertThat(cut.pcm()).isEqualTo(Arrays.copyOf(threeSeconds, 32_000));
    }

    @Test
    void maxSecondsTruncatesLongAudio() throws Exception {
        float[] fifteenSeconds = new float[15 * 8_000];
        DecodedMedia media = decoder.fromPcm(fifteenSeconds, 8_000, 1, List.of(), new DecodeOptions(0, 0, true, false));
        assertThat(media.numSeconds()).isEqualTo(10);
        assertThat(media.pcm()).hasSize(160_000);
        assertThat(media.durationS()).isEqualTo(15.0);

        DecodedMedia four = decoder.fromPcm(fifteenSeconds, 8_000, 1, List.of(), new DecodeOptions(4, 0, true, false));
        assertThat(four.numSeconds()).isEqualTo(4);
    }

    @Test
    void framesAreDecodedPerSecondAndTheLastOneRepeats() throws Exception {
        float[] fourSeconds = new float[4 * 16_000];
        List<byte[]> frames = List.of(solidPng(0xFF0000), solidPng(0x00FF00));

        DecodedMedia media = decoder.fromPcm(fourSeconds, 16_000, 1, frames, BY_DURATION);

        assertThat(media.hasVideo()).isTrue();
        assertThat(media.frames()).hasSize(4);
        assertThat(media.frames()).extracting(f -> f.at(0, 0, 0)).containsExactly(255, 0, 0, 0);
        assertThat(media.frames()).extracting(f -> f.at(0, 0, 1)).containsExactly(0, 255, 255, 255);
        assertThat(media.frames().get(0).width()).isEqualTo(8);
    }

    @Test
    void framesOnlyMediaLastsOneSecondPerFrameWithSilentAudio() throws Exception {
        List<byte[]> frames = List.of(solidPng(0x101010), solidPng(0x202020), solidPng(0x303030));
        DecodedMedia media = decoder.fromPcm(new float[0], 0, 0, frames, BY_DURATION);
        assertThat(media.numSeconds()).isEqualTo(3);
        assertThat(media.hasAudio()).isFalse();
        assertThat(media.pcm()).hasSize(48_000).containsOnly(0f);
        assertThat(media.frames()).hasSize(3);
    }

    @Test
    void unwantedPartsAreLeftEmpty() throws Exception {
        DecodedMedia media = decoder.fromPcm(new float[16_000], 16_000, 1, List.of(solidPng(0)),
                new DecodeOptions(0, 0, false, false));
        assertThat(media.pcm()).isEmpty();
        assertThat(media.frames()).isEmpty();
        assertThat(media.hasAudio()).isTrue();
        assertThat(media.hasVideo()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -16_000, 384_001})
    void sampleRateOutOfRangeIsAFieldError(int sampleRate) {
        assertThatThrownBy(() -> decoder.fromPcm(new float[100], sampleRate, 1, List.of(), BY_DURATION))
                .isInstanceOf(MediaDecodeException.class)
                .hasMessageContaining(String.valueOf(sampleRate))
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("pcm.sample_rate");
    }

    @Test
    void channelsBelowOneIsAFieldError() {
        assertThatThrownBy(() -> decoder.fromPcm(new float[100], 16_000, 0, List.of(), BY_DURATION))
                .isInstanceOf(MediaDecodeException.class)
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("pcm.channels");
    }

    @Test
    void sampleCountNotDivisibleByChannelsIsAPcmError() {
        assertThatThrownBy(() -> decoder.fromPcm(new float[101], 16_000, 2, List.of(), BY_DURATION))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("101").hasMessageContaining("2")
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("pcm");
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void nonFiniteSamplesAreAPcmError(float bad) {
        float[] pcm = new float[1_000];
        pcm[637] = bad;
        assertThatThrownBy(() -> decoder.fromPcm(pcm, 16_000, 1, List.of(), BY_DURATION))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("sample 637")
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("pcm");
    }

    @Test
    void noSamplesAndNoFramesIsEmptyMedia() {
        assertThatThrownBy(() -> decoder.fromPcm(new float[0], 16_000, 1, List.of(), BY_DURATION))
                .isInstanceOf(MediaDecodeException.class).hasMessageContaining("empty")
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("pcm");
        assertThatThrownBy(() -> decoder.fromPcm(null, 16_000, 1, null, BY_DURATION))
                .isInstanceOf(MediaDecodeException.class);
    }

    @Test
    void anUndecodableFrameNamesItsIndex() throws Exception {
        List<byte[]> frames = List.of(solidPng(0), new byte[] {1, 2, 3, 4, 5}, solidPng(0));
        assertThatThrownBy(() -> decoder.fromPcm(new float[3 * 16_000], 16_000, 1, frames, BY_DURATION))
                .isInstanceOf(MediaDecodeException.class)
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("frames[1]");
    }
}
