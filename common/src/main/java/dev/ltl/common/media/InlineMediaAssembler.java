package dev.ltl.common.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link DecodedMedia} from media sent inline: interleaved float PCM at any rate plus encoded
 * frames, one per second (frame i shows second i). PCM is averaged to mono and resampled to 16 kHz with
 * {@link SincResampler}; frames are decoded with {@link ImageDecoder}.
 */
final class InlineMediaAssembler {

    /** Highest accepted input rate: 384 kHz is the top of common audio hardware. */
    static final int MAX_SAMPLE_RATE = 384_000;

    private static final int SAMPLE_RATE = DecodedMedia.SAMPLE_RATE;

    DecodedMedia assemble(float[] interleaved, int sampleRate, int channels, List<byte[]> encodedFrames,
                          DecodeOptions options) throws MediaDecodeException {
        float[] samples = interleaved == null ? new float[0] : interleaved;
        List<byte[]> frames = encodedFrames == null ? List.of() : encodedFrames;
        boolean hasAudio = samples.length > 0;
        boolean hasVideo = !frames.isEmpty();
        if (!hasAudio && !hasVideo) {
            throw new MediaDecodeException("pcm", "no audio samples and no frames: the media is empty");
        }
        if (hasAudio) {
            validatePcm(samples, sampleRate, channels);
        }
        // Without audio, each inline frame stands for one second of media.
        double durationS = hasAudio ? samples.length / (double) channels / sampleRate : frames.size();
        int numSeconds = options.resolveSeconds(durationS);

        float[] pcm = new float[0];
        if (options.wantAudio()) {
            pcm = hasAudio ? monoAt16k(samples, sampleRate, channels, numSeconds) : new float[numSeconds * SAMPLE_RATE];
        }
        List<RgbImage> images = options.wantFrames() && hasVideo ? decodeFrames(frames, numSeconds) : List.of();
        return new DecodedMedia(pcm, SAMPLE_RATE, durationS, numSeconds, images, hasAudio, hasVideo);
    }

    private static void validatePcm(float[] samples, int sampleRate, int channels) throws MediaDecodeException {
        if (sampleRate <= 0 || sampleRate > MAX_SAMPLE_RATE) {
            throw new MediaDecodeException("pcm.sample_rate", "sample rate must be in 1.." + MAX_SAMPLE_RATE
                    + " Hz, got " + sampleRate);
        }
        if (channels < 1) {
            throw new MediaDecodeException("pcm.channels", "channel count must be at least 1, got " + channels);
        }
        if (samples.length % channels != 0) {
            throw new MediaDecodeException("pcm", "sample count " + samples.length
                    + " is not a multiple of the channel count " + channels);
        }
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                throw new MediaDecodeException("pcm", "sample " + i + " is " + samples[i] + "; samples must be finite");
            }
        }
    }

    /** Mono 16 kHz audio of exactly numSeconds seconds: only the input needed for those seconds is processed. */
    private static float[] monoAt16k(float[] interleaved, int sampleRate, int channels, int numSeconds) {
        long framesNeeded = (long) numSeconds * sampleRate;
        // A little extra input past the cut keeps the resampling kernel's right-hand taps real, not zeros.
        long framesUsed = Math.min(interleaved.length / channels, framesNeeded + sampleRate / 10);
        float[] mono = ChannelMixer.averageToMono(interleaved, channels, (int) framesUsed);
        float[] resampled = SincResampler.resample(mono, sampleRate, SAMPLE_RATE);
        float[] out = new float[numSeconds * SAMPLE_RATE];
        System.arraycopy(resampled, 0, out, 0, Math.min(out.length, resampled.length));
        return out;
    }

    /** Decodes frames 0..T−1; seconds beyond the last frame repeat it, and frames past T are not decoded. */
    private static List<RgbImage> decodeFrames(List<byte[]> frames, int numSeconds) throws MediaDecodeException {
        List<RgbImage> out = new ArrayList<>(numSeconds);
        for (int t = 0; t < numSeconds; t++) {
            if (t < frames.size()) {
                out.add(ImageDecoder.decode(frames.get(t), "frames[" + t + "]"));
            } else {
                out.add(out.get(out.size() - 1));
            }
        }
        return out;
    }
}
