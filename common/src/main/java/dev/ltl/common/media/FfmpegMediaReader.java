package dev.ltl.common.media;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a media file with FFmpeg (through JavaCV, in-process) onto the per-second grid.
 *
 * <p>FFmpeg resamples to 16 kHz float, as {@code ffmpeg -ar 16000} does in the reference; channels are then
 * averaged to mono by {@link ChannelMixer}, which matches the reference's {@code -ac 1} for mono and stereo.
 * All timestamps are taken relative to the container's start time. Decoding stops as soon as
 * the T seconds of audio and the T frames are in hand. One grabber per call, so instances are stateless.
 */
final class FfmpegMediaReader {

    private static final int SAMPLE_RATE = DecodedMedia.SAMPLE_RATE;

    DecodedMedia read(Path file, DecodeOptions options) throws MediaDecodeException {
        FfmpegLogging.ensureQuiet();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setSampleRate(SAMPLE_RATE);
        // Channels are kept and averaged by ChannelMixer: FFmpeg's float downmix is 3 dB off the reference.
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            start(grabber, file);
            return decodeStarted(grabber, file, options);
        } finally {
            closeQuietly(grabber);
        }
    }

    private static void start(FFmpegFrameGrabber grabber, Path file) throws MediaDecodeException {
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            String reason = ffmpegReason(e);
            // JavaCV refuses to start on a container without audio or video (e.g. subtitles only) with
            // this message; it deserves its own answer rather than "not decodable".
            if (reason.contains("Did not find a video or audio stream")) {
                throw new MediaDecodeException("uri", "'" + file.getFileName() + "' has no audio or video stream", e);
            }
            throw new MediaDecodeException("uri", "cannot read '" + file.getFileName()
                    + "' as audio or video: not a container FFmpeg can decode (" + reason + ")", e);
        }
    }

    /** JavaCV's message without its hints about logging and setFormat(), which mean nothing to a caller. */
    private static String ffmpegReason(Exception e) {
        String message = String.valueOf(e.getMessage());
        for (String hint : new String[] {" (Has setFormat() been called?)", " (For more details,"}) {
            int at = message.indexOf(hint);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        return message.strip();
    }

    private DecodedMedia decodeStarted(FFmpegFrameGrabber grabber, Path file, DecodeOptions options)
            throws MediaDecodeException {
        boolean hasAudio = grabber.hasAudio();
        boolean hasVideo = grabber.hasVideo();
        if (!hasAudio && !hasVideo) {
            throw new MediaDecodeException("uri", "'" + file.getFileName() + "' has no audio or video stream");
        }
        double containerDurationS = grabber.getLengthInTime() / 1_000_000.0;
        boolean durationKnown = containerDurationS > 0;
        int capSeconds = durationKnown ? options.resolveSeconds(containerDurationS) : options.secondsUpperBound();

        // With an unknown container duration, the streams themselves must be read to measure the media.
        boolean readAudio = hasAudio && (options.wantAudio() || !durationKnown);
        boolean readVideo = hasVideo && (options.wantFrames() || (!durationKnown && !hasAudio));
        StreamWalk walk = new StreamWalk(capSeconds, startTimeUs(grabber), grabber.getFrameRate(),
                Math.max(1, grabber.getAudioChannels()));
        walk.run(grabber, readAudio, readVideo, file);

        double durationS = durationKnown ? containerDurationS : walk.observedEndS;
        if (!(durationS > 0)) {
            throw new MediaDecodeException("uri", "'" + file.getFileName() + "' is empty (zero duration)");
        }
        int numSeconds = options.resolveSeconds(durationS);

        float[] pcm = options.wantAudio() ? walk.timeline.toArray(numSeconds * SAMPLE_RATE) : new float[0];
        boolean videoDecoded = options.wantFrames() && hasVideo;
        List<RgbImage> frames = videoDecoded ? walk.picker.frames(numSeconds, walk.lastFrame::snapshot) : List.of();
        // A video stream that yielded no frame at all is reported as no video, so frames stay consistent.
        boolean reportsVideo = videoDecoded ? !frames.isEmpty() : hasVideo;
        return new DecodedMedia(pcm, SAMPLE_RATE, durationS, numSeconds, frames, hasAudio, reportsVideo);
    }

    private static long startTimeUs(FFmpegFrameGrabber grabber) {
        AVFormatContext context = grabber.getFormatContext();
        long start = context == null ? avutil.AV_NOPTS_VALUE : context.start_time();
        // The container start time is in AV_TIME_BASE units, which are microseconds.
        return start == avutil.AV_NOPTS_VALUE ? 0 : start;
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // Nothing useful to do: the result (or the original error) is already decided.
        }
    }

    /** One pass over the packets, feeding audio to the timeline and frames to the picker until both are done. */
    private static final class StreamWalk {
        final PcmTimeline timeline;
        final SecondFramePicker picker;
        final RgbFrameBuffer lastFrame = new RgbFrameBuffer();
        private final long startUs;
        private final double frameDurationS;
        private final int audioChannels;
        double observedEndS;

        StreamWalk(int capSeconds, long startUs, double frameRate, int audioChannels) {
            this.timeline = new PcmTimeline(capSeconds * SAMPLE_RATE, SAMPLE_RATE);
            this.picker = new SecondFramePicker(capSeconds);
            this.startUs = startUs;
            this.frameDurationS = frameRate > 0 ? 1.0 / frameRate : 0;
            this.audioChannels = audioChannels;
        }

        void run(FFmpegFrameGrabber grabber, boolean readAudio, boolean readVideo, Path file)
                throws MediaDecodeException {
            boolean audioDone = !readAudio;
            boolean videoDone = !readVideo;
            while (!(audioDone && videoDone)) {
                Frame frame = grab(grabber, readAudio, readVideo, file);
                if (frame == null) {
                    return;
                }
                long relativeUs = frame.timestamp - startUs;
                if (frame.samples != null) {
                    // Packed float format: one buffer, channels interleaved.
                    FloatBuffer interleaved = (FloatBuffer) frame.samples[0];
                    timeline.place(relativeUs, ChannelMixer.averageToMono(interleaved, audioChannels));
                    observedEndS = Math.max(observedEndS, timeline.endSeconds());
                    audioDone = timeline.isFull();
                }
                if (frame.image != null) {
                    lastFrame.copyFrom(frame);
                    picker.offer(relativeUs, lastFrame::snapshot);
                    observedEndS = Math.max(observedEndS, relativeUs / 1_000_000.0 + frameDurationS);
                    videoDone = picker.isComplete();
                }
            }
        }

        private Frame grab(FFmpegFrameGrabber grabber, boolean audio, boolean video, Path file)
                throws MediaDecodeException {
            try {
                return grabber.grabFrame(audio, video, true, false);
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new MediaDecodeException("uri", "decoding '" + file.getFileName() + "' failed after "
                        + String.format(Locale.ROOT, "%.2f", observedEndS) + " s: " + ffmpegReason(e), e);
            }
        }
    }
}
