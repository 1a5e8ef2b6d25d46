package dev.ltl.common.media;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point for turning media into the per-second audio and frames the pipeline scores: a file or
 * {@code file://} URI decoded in-process by FFmpeg (any container it reads: mp4, mkv, wav, mp3, ogg...), or
 * PCM and encoded frames sent inline.
 *
 * <p>Rules (ltl-ave-reference §1.2): audio becomes 16 kHz mono float, each chunk placed by its timestamp
 * relative to the media start (which absorbs the AAC priming offset), zero-padded or cut to T·16000
 * samples, silent when there is no audio stream. Frame t is the first frame at or after t + 0.5 s by
 * timestamp, and seconds past the end of the video repeat its last frame. T follows
 * {@link DecodeOptions#resolveSeconds(double)}. Stateless and thread-safe.
 */
public final class MediaDecoder {

    private final FfmpegMediaReader fileReader = new FfmpegMediaReader();
    private final InlineMediaAssembler inlineAssembler = new InlineMediaAssembler();

    /** Decodes a local media file. Errors name the field {@code "uri"}. */
    public DecodedMedia decode(Path file, DecodeOptions options) throws MediaDecodeException {
        return fileReader.read(MediaLocations.requireReadableFile(file), options);
    }

    /**
     * Decodes the file a {@code file://} URI (or a scheme-less absolute path) points to. Any other scheme is
     * refused with field {@code "uri"}: services only read local or mounted files.
     */
    public DecodedMedia decode(URI uri, DecodeOptions options) throws MediaDecodeException {
        return decode(MediaLocations.resolve(uri), options);
    }

    /**
     * Decodes a request's {@code uri} string: a {@code file://} URI, or an absolute path taken literally
     * (so paths with spaces need no escaping).
     */
    public DecodedMedia decode(String uriOrPath, DecodeOptions options) throws MediaDecodeException {
        return decode(MediaLocations.resolve(uriOrPath), options);
    }

    /**
     * Builds decoded media from inline data.
     *
     * @param interleaved   float samples, interleaved when {@code channels > 1}; may be empty when frames are given
     * @param sampleRate    input rate in Hz, 1..384000 (checked only when there are samples)
     * @param channels      channel count, at least 1 (checked only when there are samples); averaged to mono
     * @param encodedFrames JPEG/PNG frames, one per second; may be empty. Without audio, the media lasts one
     *                      second per frame.
     * @throws MediaDecodeException naming {@code pcm}, {@code pcm.sample_rate}, {@code pcm.channels} or
     *                              {@code frames[i]}
     */
    public DecodedMedia fromPcm(float[] interleaved, int sampleRate, int channels, List<byte[]> encodedFrames,
                                DecodeOptions options) throws MediaDecodeException {
        return inlineAssembler.assemble(interleaved, sampleRate, channels, encodedFrames, options);
    }
}
