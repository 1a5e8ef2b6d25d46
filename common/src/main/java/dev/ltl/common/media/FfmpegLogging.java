package dev.ltl.common.media;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg's process-wide log level. Decoders and encoders log per-stream banners and harmless warnings at
 * info/warning level for every file; services keep only real errors on stderr.
 */
final class FfmpegLogging {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private FfmpegLogging() {
    }

    /** Touching this method runs the one-time setup above (class initialisation is thread-safe). */
    static void ensureQuiet() {
        // The static initialiser does the work.
    }
}
