package dev.ltl.eventness.infra;

import com.google.protobuf.ByteString;
import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.proto.common.v1.EncodedImage;
import dev.ltl.proto.common.v1.MediaInput;
import dev.ltl.proto.common.v1.PcmAudio;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the media of a request (inline PCM + frames, or a URI) into decoded 16 kHz mono PCM and
 * per-second frames. Field names in errors are prefixed with {@code media.} so they match the
 * request's field path.
 */
@ApplicationScoped
public class MediaLoader {
    private final MediaDecoder decoder = new MediaDecoder();
    private final List<Path> allowedRoots;

    public MediaLoader(MediaConfig config) {
        this.allowedRoots = config.allowedRoots().orElse(List.of()).stream()
                .map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
    }

    /** Thrown when a URI points outside the configured allowed roots. */
    public static final class AccessDeniedException extends Exception {
        public AccessDeniedException(String message) {
            super(message);
        }
    }

    public DecodedMedia load(MediaInput media, DecodeOptions options)
            throws MediaDecodeException, AccessDeniedException {
        try {
            return switch (media.getSourceCase()) {
                case URI -> decoder.decode(checkedUri(media.getUri()), options);
                case PCM -> fromPcm(media.getPcm(), media.getFramesList(), options);
                case SOURCE_NOT_SET -> throw new MediaDecodeException("source",
                        "no media given: set media.uri or media.pcm");
            };
        } catch (MediaDecodeException e) {
            throw new MediaDecodeException("media." + e.field(), e.getMessage());
        }
    }

    private DecodedMedia fromPcm(PcmAudio pcm, List<EncodedImage> frames, DecodeOptions options)
            throws MediaDecodeException {
        ByteString bytes = pcm.getSamplesF32Le();
        if (bytes.size() % Float.BYTES != 0) {
            throw new MediaDecodeException("pcm.samples_f32le",
                    "holds " + bytes.size() + " bytes, not a whole number of float32 samples");
        }
        float[] samples = new float[bytes.size() / Float.BYTES];
        ByteBuffer buffer = bytes.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().get(samples);
        int channels = pcm.getChannels() == 0 ? 1 : pcm.getChannels();
        List<byte[]> encoded = frames.stream().map(f -> f.getData().toByteArray()).toList();
        return decoder.fromPcm(samples, pcm.getSampleRate(), channels, encoded, options);
    }

    private URI checkedUri(String text) throws MediaDecodeException, AccessDeniedException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new MediaDecodeException("uri", "'" + text + "' is not a valid URI: " + e.getReason());
        }
        if (!allowedRoots.isEmpty() && (uri.getScheme() == null || "file".equals(uri.getScheme()))) {
            Path path = (uri.getScheme() == null ? Path.of(text) : Path.of(uri)).toAbsolutePath().normalize();
            if (allowedRoots.stream().noneMatch(path::startsWith)) {
                throw new AccessDeniedException("media.uri: " + path + " is outside the allowed media roots");
            }
        }
        return uri;
    }
}
