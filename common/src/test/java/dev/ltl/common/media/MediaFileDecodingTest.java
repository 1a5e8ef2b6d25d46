package dev.ltl.common.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MediaDecoder} on files: a synthetic mp4 written once by {@link SyntheticClipWriter} (a 440 Hz tone
 * and a moving object in seconds 3–4 only), WAV files, a video without audio, and every file error.
 */
class MediaFileDecodingTest {

    private static final int SR = 16_000;
    private static final DecodeOptions BY_DURATION = new DecodeOptions(0, 0, true, true);

    @TempDir
    static Path dir;
    static SyntheticClip clip;
    static Path clipFile;
    static DecodedMedia decodedClip;

    private final MediaDecoder decoder = new MediaDecoder();

    @BeforeAll
    static void writeSyntheticClip() throws Exception {
        clip = SyntheticClip.quiet(6, 7)
                .withAudioEvent(3, new SyntheticClip.Tone(440), 0.5)
                .withAudioEvent(4, new SyntheticClip.Tone(440), 0.5)
                .withVisualEvent(3, 0xF0E020)
                .withVisualEvent(4, 0xF0E020);
        clipFile = dir.resolve("clip.mp4");
        SyntheticClipWriter.writeMp4(clipFile, clip);
        decodedClip = new MediaDecoder().decode(clipFile, BY_DURATION);
    }

    @Test
    void syntheticClipDecodesToSixSecondsOnTheGrid() {
        assertThat(decodedClip.numSeconds()).isEqualTo(6);
        assertThat(decodedClip.durationS()).isCloseTo(6.0, within(0.1));
        assertThat(decodedClip.pcm()).hasSize(6 * SR);
        assertThat(decodedClip.sampleRate()).isEqualTo(SR);
        assertThat(decodedClip.hasAudio()).isTrue();
        assertThat(decodedClip.hasVideo()).isTrue();
        assertThat(decodedClip.frames()).hasSize(6)
                .allSatisfy(f -> assertThat(new int[] {f.width(), f.height()}).containsExactly(160, 120));
    }

    @Test
    void toneSecondsCarryThePerSecondRmsPeak() {
        double[] rms = Signals.rmsPerSecond(decodedClip.pcm(), SR);
        // A 0.5-amplitude sine has RMS 0.354; the noise floor after AAC and 16 kHz resampling is ~0.002.
        assertThat(rms[3]).isCloseTo(0.354, within(0.02));
        assertThat(rms[4]).isCloseTo(0.354, within(0.02));
        for (int t : new int[] {0, 1, 2, 5}) {
            assertThat(rms[t]).as("second %d", t).isLessThan(0.01);
        }
        assertThat(Signals.goertzelAmplitude(decodedClip.pcm(), 3 * SR, 5 * SR, 440, SR)).isCloseTo(0.5, within(0.03));
    }

    @Test
    void toneStartsAtThreeSecondsByTimestampDespiteAacPriming() {
        float[] pcm = decodedClip.pcm();
        int onset = 0;
        while (Math.abs(pcm[onset]) < 0.25) {
            onset++;
        }
        // Without timestamp alignment the 1024 AAC priming samples (23 ms) would shift it by ~370 samples.
        assertThat(onset).isBetween(3 * SR - 80, 3 * SR + 80);
    }

    @Test
    void framesShowTheObjectOnlyInItsSeconds() {
        RgbImage first = decodedClip.frames().get(0);
        for (int t : new int[] {1, 2, 5}) {
            assertThat(Signals.meanAbsDiff(decodedClip.frames().get(t), first)).as("second %d", t).isLessThan(1.0);
        }
        for (int t : new int[] {3, 4}) {
            assertThat(Signals.meanAbsDiff(decodedClip.frames().get(t), first)).as("second %d", t).isGreaterThan(5.0);
        }
        // At 8 fps frame 8t + 4 sits exactly at t + 0.5 s, so it is the one picked for second t.
        assertThat(Signals.meanAbsDiff(decodedClip.frames().get(3), SyntheticClipRenderer.frame(clip, 28))).isLessThan(4.0);
        assertThat(Signals.meanAbsDiff(decodedClip.frames().get(4), SyntheticClipRenderer.frame(clip, 36))).isLessThan(4.0);
        assertThat(Signals.meanAbsDiff(decodedClip.frames().get(3), SyntheticClipRenderer.frame(clip, 27))).isGreaterThan(5.0);
    }

    @Test
    void fixedSegmentsPadPastTheEndOfTheClip() throws Exception {
        DecodedMedia padded = decoder.decode(clipFile, new DecodeOptions(0, 8, true, true));

        assertThat(padded.numSeconds()).isEqualTo(8);
        assertThat(padded.pcm()).hasSize(8 * SR);
        assertThat(Arrays.copyOf(padded.pcm(), 6 * SR)).isEqualTo(decodedClip.pcm());
        assertThat(Signals.rms(padded.pcm(), 6 * SR + 800, 8 * SR)).isZero();
        assertThat(padded.frames()).hasSize(8);
        // Seconds 6 and 7 repeat the clip's last frame (index 47, at 5.875 s).
        assertThat(padded.frames().get(6)).isSameAs(padded.frames().get(7));
        assertThat(Signals.meanAbsDiff(padded.frames().get(7), SyntheticClipRenderer.frame(clip, 47))).isLessThan(4.0);
    }

    @Test
    void fixedSegmentsTruncateALongerClip() throws Exception {
        DecodedMedia cut = decoder.decode(clipFile, new DecodeOptions(0, 4, true, true));
        assertThat(cut.numSeconds()).isEqualTo(4);
        assertThat(cut.pcm()).isEqualTo(Arrays.copyOf(decodedClip.pcm(), 4 * SR));
        assertThat(cut.frames()).hasSize(4);
        assertThat(cut.frames().get(3).rgb()).isEqualTo(decodedClip.frames().get(3).rgb());
        assertThat(cut.durationS()).isEqualTo(decodedClip.durationS());
    }

    @Test
    void maxSecondsCapsTheSecondsTaken() throws Exception {
        DecodedMedia capped = decoder.decode(clipFile, new DecodeOptions(3, 0, true, true));
        assertThat(capped.numSeconds()).isEqualTo(3);
        assertThat(capped.pcm()).hasSize(3 * SR);
        assertThat(capped.frames()).hasSize(3);
        assertThat(capped.durationS()).isCloseTo(6.0, within(0.1));
    }

    @Test
    void unwantedStreamsAreNotDecodedButStillReported() throws Exception {
        DecodedMedia audioOnly = decoder.decode(clipFile, DecodeOptions.audioOnly(0));
        assertThat(audioOnly.frames()).isEmpty();
        assertThat(audioOnly.hasVideo()).isTrue();
        assertThat(audioOnly.pcm()).isEqualTo(decodedClip.pcm());

        DecodedMedia framesOnly = decoder.decode(clipFile, new DecodeOptions(0, 0, false, true));
        assertThat(framesOnly.pcm()).isEmpty();
        assertThat(framesOnly.hasAudio()).isTrue();
        assertThat(framesOnly.frames()).hasSize(6);
    }

    @Test
    void concurrentDecodesOfOneDecoderAgreeWithASequentialOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DecodedMedia>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> decoder.decode(clipFile, BY_DURATION)));
            }
            for (Future<DecodedMedia> result : results) {
                DecodedMedia media = result.get();
                assertThat(media.pcm()).isEqualTo(decodedClip.pcm());
                assertThat(media.frames().get(3).rgb()).isEqualTo(decodedClip.frames().get(3).rgb());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wavRoundTripKeepsTheSamplesAndPadsToWholeSeconds() throws Exception {
        float[] tone = Signals.tone(700, 0.5, SR, 40_000);   // 2.5 s
        Path wav = dir.resolve("tone.wav");
        SyntheticClipWriter.writeWav(wav, tone, SR);

        DecodedMedia media = decoder.decode(wav, BY_DURATION);

        assertThat(media.durationS()).isCloseTo(2.5, within(1e-6));
        assertThat(media.numSeconds()).isEqualTo(3);   // midpoint 2.5 is inside 2.5 s
        assertThat(media.hasVideo()).isFalse();
        assertThat(media.frames()).isEmpty();
        double worst = 0;
        for (int i = 0; i < tone.length; i++) {
            worst = Math.max(worst, Math.abs(media.pcm()[i] - tone[i]));
        }
        assertThat(worst).as("largest sample error, 16-bit quantisation included").isLessThan(1.0 / 16_000);
        assertThat(Signals.rms(media.pcm(), tone.length, media.pcm().length)).isZero();
    }

    @Test
    void stereoWavAtFortyEightKilohertzIsDownmixedAndResampledByFfmpeg() throws Exception {
        float[] left = Signals.tone(1_000, 0.8, 48_000, 96_000);
        float[] right = new float[left.length];
        Path wav = dir.resolve("stereo48k.wav");
        writeStereoWav(wav, left, right, 48_000);

        DecodedMedia media = decoder.decode(wav, BY_DURATION);

        assertThat(media.numSeconds()).isEqualTo(2);
        assertThat(media.pcm()).hasSize(2 * SR);
        double amplitude = Signals.goertzelAmplitude(media.pcm(), 1_000, 31_000, 1_000, SR);
        // FFmpeg's default stereo-to-mono matrix averages the channels: 0.8 / 2.
        assertThat(amplitude).isCloseTo(0.4, within(0.02));
        assertThat(Signals.goertzelAmplitude(media.pcm(), 1_000, 31_000, 2_500, SR)).isLessThan(0.01);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"ogg, libopus, 48000", "mp3, libmp3lame, 44100", "flac, flac, 8000"})
    void otherAudioContainersDecodeWithTheToneInPlace(String format, String codec, int sampleRate) throws Exception {
        float[] audio = new float[3 * sampleRate];
        float[] tone = Signals.tone(600, 0.5, sampleRate, sampleRate);
        System.arraycopy(tone, 0, audio, sampleRate, sampleRate);   // second 1 only
        Path file = dir.resolve("tone." + format);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
            recorder.setFormat(format);
            recorder.setAudioCodecName(codec);
            recorder.setSampleRate(sampleRate);
            recorder.setAudioBitrate(96_000);
            recorder.start();
            recorder.recordSamples(sampleRate, 1, FloatBuffer.wrap(audio));
            recorder.stop();
        }

        DecodedMedia media = decoder.decode(file, BY_DURATION);

        assertThat(media.numSeconds()).isEqualTo(3);
        assertThat(media.hasVideo()).isFalse();
        double[] rms = Signals.rmsPerSecond(media.pcm(), SR);
        assertThat(rms[1]).isCloseTo(0.354, within(0.03));
        assertThat(rms[0]).isLessThan(0.02);
        assertThat(rms[2]).isLessThan(0.02);
        assertThat(Signals.goertzelAmplitude(media.pcm(), SR, 2 * SR, 600, SR)).isCloseTo(0.5, within(0.05));
        // Opus pre-skip and the MP3 encoder delay are both undone: the tone starts at 1 s.
        int onset = 0;
        while (Math.abs(media.pcm()[onset]) < 0.25) {
            onset++;
        }
        assertThat(onset).isBetween(SR - 40, SR + 40);
    }

    @Test
    void videoWithoutAudioGivesSilentPcm() throws Exception {
        Path silent = dir.resolve("video-only.mp4");
        writeVideoOnly(silent, SyntheticClip.quiet(3, 1).withVisualEvent(1, 0xFFFFFF));

        DecodedMedia media = decoder.decode(silent, BY_DURATION);

        assertThat(media.hasAudio()).isFalse();
        assertThat(media.hasVideo()).isTrue();
        assertThat(media.numSeconds()).isEqualTo(3);
        assertThat(media.pcm()).hasSize(3 * SR).containsOnly(0f);
        assertThat(media.frames()).hasSize(3);
    }

    @Test
    void fileUrisAndPlainAbsolutePathsAreAccepted() throws Exception {
        DecodeOptions options = DecodeOptions.audioOnly(2);
        assertThat(decoder.decode(clipFile.toUri(), options).pcm()).isEqualTo(Arrays.copyOf(decodedClip.pcm(), 2 * SR));
        assertThat(decoder.decode(URI.create(clipFile.toString()), options).numSeconds()).isEqualTo(2);
        assertThat(decoder.decode(clipFile.toString(), options).numSeconds()).isEqualTo(2);

        Path spaced = dir.resolve("with space.wav");
        SyntheticClipWriter.writeWav(spaced, new float[SR], SR);
        assertThat(decoder.decode(spaced.toString(), options).numSeconds()).isEqualTo(1);
        assertThat(decoder.decode(spaced.toUri().toString(), options).numSeconds()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a.mp4", "https://example.com/a.mp4", "s3://bucket/a.mp4"})
    void otherUriSchemesAreRefused(String uri) {
        String scheme = uri.substring(0, uri.indexOf(':'));
        assertUriError(() -> decoder.decode(URI.create(uri), BY_DURATION),
                "unsupported URI scheme '" + scheme + "'; use file://");
        assertUriError(() -> decoder.decode(uri, BY_DURATION), "unsupported URI scheme '" + scheme + "'");
    }

    @Test
    void relativeMalformedAndRemoteUrisAreRefused() {
        assertUriError(() -> decoder.decode(URI.create("clips/a.mp4"), BY_DURATION), "relative path");
        assertUriError(() -> decoder.decode("clips/a.mp4", BY_DURATION), "relative path");
        assertUriError(() -> decoder.decode("file://host/a.mp4", BY_DURATION), "remote host");
        assertUriError(() -> decoder.decode("file:// bad", BY_DURATION), "malformed");
        assertUriError(() -> decoder.decode("", BY_DURATION), "empty");
    }

    @Test
    void missingFileIsAUriError() {
        assertUriError(() -> decoder.decode(dir.resolve("absent.mp4"), BY_DURATION), "not found");
    }

    @Test
    void directoryIsNotAReadableMediaFile() {
        assertUriError(() -> decoder.decode(dir, BY_DURATION), "not a regular file");
    }

    @Test
    void garbageBytesAreNotDecodable() throws IOException {
        byte[] noise = new byte[8_192];
        new Random(3).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.mp4"), noise);
        assertUriError(() -> decoder.decode(garbage, BY_DURATION), "not a container FFmpeg can decode");
    }

    @Test
    void containerWithoutAudioOrVideoIsRefused() throws IOException {
        // A subtitle file opens as a container whose only stream is text.
        Path subtitles = Files.writeString(dir.resolve("only.srt"),
                "1\n00:00:00,000 --> 00:00:02,000\nhello\n\n2\n00:00:03,000 --> 00:00:04,000\nworld\n");
        assertUriError(() -> decoder.decode(subtitles, BY_DURATION), "no audio or video stream");
    }

    @Test
    void mediaWithZeroDurationIsEmpty() throws IOException {
        Path empty = dir.resolve("empty.wav");
        SyntheticClipWriter.writeWav(empty, new float[0], SR);
        assertUriError(() -> decoder.decode(empty, BY_DURATION), "empty (zero duration)");
    }

    private static void assertUriError(ThrowingCallable call, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(MediaDecodeException.class).hasMessageContaining(messagePart)
                .extracting(e -> ((MediaDecodeException) e).field()).isEqualTo("uri");
    }

    private static void writeStereoWav(Path file, float[] left, float[] right, int sampleRate) throws IOException {
        int dataBytes = left.length * 4;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(sampleRate)
                .putInt(sampleRate * 4).putShort((short) 4).putShort((short) 16);
        wav.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < left.length; i++) {
            wav.putShort((short) Math.round(left[i] * 32767)).putShort((short) Math.round(right[i] * 32767));
        }
        Files.write(file, wav.array());
    }

    /** An mp4 with a video stream only, from the clip's rendered frames. */
    private static void writeVideoOnly(Path file, SyntheticClip spec) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("mpeg4");
            recorder.setFrameRate(spec.fps());
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.start();
            ByteBuffer pixels = ByteBuffer.allocateDirect(spec.width() * spec.height() * 3);
            for (int i = 0; i < SyntheticClipRenderer.frameCount(spec); i++) {
                pixels.clear();
                pixels.put(SyntheticClipRenderer.frame(spec, i).rgb()).flip();
                recorder.recordImage(spec.width(), spec.height(), Frame.DEPTH_UBYTE, 3, spec.width() * 3,
                        avutil.AV_PIX_FMT_RGB24, pixels);
            }
            recorder.stop();
        }
    }
}
