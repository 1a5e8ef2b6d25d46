package dev.ltl.vlm.infra;

import dev.ltl.common.media.DecodeOptions;
import dev.ltl.common.media.DecodedMedia;
import dev.ltl.common.media.ImageDecoder;
import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.common.media.MediaDecoder;
import dev.ltl.common.media.RgbImage;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.VideoFrames;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code images} of an Embed request into decoded RGB frames: inline JPEG/PNG, an image file, or
 * the frames of a video at chosen seconds (frame t = first frame at or after t + 0.5 s, as the reference
 * extracts them). Errors name the request field, e.g. {@code images[2].video.uri}.
 */
@ApplicationScoped
public class ImageSourceLoader {
    /** Largest image file read from a URI (the inline limit is the gRPC message size). */
    static final long MAX_IMAGE_FILE_BYTES = 64L << 20;

    private final MediaDecoder decoder = new MediaDecoder();
    private final List<Path> allowedRoots;

    public ImageSourceLoader(MediaConfig config) {
        this.allowedRoots = config.allowedRoots().orElse(List.of()).stream()
                .map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
    }

    /** Thrown when a URI points outside the configured allowed roots. */
    public static final class AccessDeniedException extends Exception {
        public AccessDeniedException(String message) {
            super(message);
        }
    }

    /** Decodes source {@code index}; a video source yields one image per listed second, in order. */
    public List<SourcedImage> load(ImageSource source, int index) throws MediaDecodeException, AccessDeniedException {
        return load(source, index, "images[" + index + "]");
    }

    /**
     * As {@link #load(ImageSource, int)}, with errors naming fields under {@code field} (Embed's
     * {@code images[i]}, Answer's {@code images[i].source}).
     */
    public List<SourcedImage> load(ImageSource source, int index, String field)
            throws MediaDecodeException, AccessDeniedException {
        return switch (source.getSourceCase()) {
            case IMAGE -> List.of(new SourcedImage(index, 0,
                    ImageDecoder.decode(source.getImage().getData().toByteArray(), field + ".image")));
            case IMAGE_URI -> List.of(new SourcedImage(index, 0, readImageFile(source.getImageUri(), field + ".image_uri")));
            case VIDEO -> videoFrames(source.getVideo(), index, field + ".video");
            case SOURCE_NOT_SET -> throw new MediaDecodeException(field,
                    field + " is empty: set image, image_uri or video");
        };
    }

    /** Number of images a source contributes, known before decoding (for the per-request cap). */
    public static int imageCount(ImageSource source) {
        return source.getSourceCase() == ImageSource.SourceCase.VIDEO ? source.getVideo().getSecondsCount() : 1;
    }

    private RgbImage readImageFile(String uri, String field) throws MediaDecodeException, AccessDeniedException {
        Path file = checkedPath(uri, field);
        try {
            if (!Files.isRegularFile(file)) {
                throw new MediaDecodeException(field, field + ": image file not found or not a file: " + file);
            }
            if (Files.size(file) > MAX_IMAGE_FILE_BYTES) {
                throw new MediaDecodeException(field, field + ": image file is larger than " + MAX_IMAGE_FILE_BYTES + " bytes");
            }
            return ImageDecoder.decode(Files.readAllBytes(file), field);
        } catch (IOException e) {
            throw new MediaDecodeException(field, field + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<SourcedImage> videoFrames(VideoFrames video, int index, String field)
            throws MediaDecodeException, AccessDeniedException {
        if (video.getSecondsCount() == 0) {
            throw new MediaDecodeException(field + ".seconds", field + ".seconds is empty: list the seconds to embed");
        }
        int last = 0;
        for (int k = 0; k < video.getSecondsCount(); k++) {
            int t = video.getSeconds(k);
            if (t < 0 || t >= DecodeOptions.LIMIT_SECONDS) {
                throw new MediaDecodeException(field + ".seconds[" + k + "]", field + ".seconds[" + k
                        + "] must be in [0, " + DecodeOptions.LIMIT_SECONDS + "), got " + t);
            }
            last = Math.max(last, t);
        }
        Path file = checkedPath(video.getUri(), field + ".uri");
        DecodedMedia media;
        try {
            // Exactly last+1 seconds: seconds past the end repeat the last frame, as the reference pads.
            media = decoder.decode(file, new DecodeOptions(last + 1, last + 1, false, true));
        } catch (MediaDecodeException e) {
            throw new MediaDecodeException(field + ".uri", field + ".uri: " + e.getMessage(), e);
        }
        if (media.frames().isEmpty()) {
            throw new MediaDecodeException(field + ".uri", field + ".uri: " + file + " has no video stream");
        }
        List<SourcedImage> images = new ArrayList<>();
        for (int t : video.getSecondsList()) {
            images.add(new SourcedImage(index, t, media.frames().get(t)));
        }
        return images;
    }

    /** file:// URIs and absolute paths only; services never fetch from the network. */
    private Path checkedPath(String text, String field) throws MediaDecodeException, AccessDeniedException {
        if (text == null || text.isBlank()) {
            throw new MediaDecodeException(field, field + " is empty");
        }
        Path path;
        try {
            if (text.startsWith("/")) {
                path = Path.of(text);
            } else {
                URI uri = new URI(text);
                if (!"file".equalsIgnoreCase(uri.getScheme())) {
                    throw new MediaDecodeException(field, field + ": unsupported URI scheme in '" + text
                            + "'; use file:// or an absolute path");
                }
                path = Path.of(uri);
            }
        } catch (URISyntaxException | IllegalArgumentException e) { // IllegalArgumentException covers InvalidPathException
            throw new MediaDecodeException(field, field + ": '" + text + "' is not a valid file URI: " + e.getMessage());
        }
        Path normalized = path.toAbsolutePath().normalize();
        if (!allowedRoots.isEmpty() && allowedRoots.stream().noneMatch(normalized::startsWith)) {
            throw new AccessDeniedException(field + ": " + normalized + " is outside the allowed media roots");
        }
        return normalized;
    }
}
