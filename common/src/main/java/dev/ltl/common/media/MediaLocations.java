package dev.ltl.common.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns the {@code uri} of a media request into a readable local file. Only {@code file://} URIs and plain
 * absolute paths are served: services read media from a local or mounted volume, never from the network.
 */
final class MediaLocations {

    static final String FIELD = "uri";

    private MediaLocations() {
    }

    /** Parses a request string: an absolute path is taken literally (spaces allowed), anything else as a URI. */
    static Path resolve(String uriOrPath) throws MediaDecodeException {
        if (uriOrPath == null || uriOrPath.isBlank()) {
            throw new MediaDecodeException(FIELD, "uri is empty");
        }
        if (uriOrPath.startsWith("/")) {
            return toPath(uriOrPath);
        }
        try {
            return resolve(new URI(uriOrPath));
        } catch (URISyntaxException e) {
            throw new MediaDecodeException(FIELD, "uri '" + uriOrPath + "' is malformed: " + e.getReason(), e);
        }
    }

    static Path resolve(URI uri) throws MediaDecodeException {
        if (uri == null) {
            throw new MediaDecodeException(FIELD, "uri is empty");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            String path = uri.getPath();
            if (path == null || !path.startsWith("/")) {
                throw new MediaDecodeException(FIELD,
                        "uri '" + uri + "' is a relative path; use an absolute path or file://");
            }
            return toPath(path);
        }
        if (!scheme.equalsIgnoreCase("file")) {
            throw new MediaDecodeException(FIELD, "unsupported URI scheme '" + scheme + "'; use file://");
        }
        if (uri.getAuthority() != null && !uri.getAuthority().isEmpty() && !uri.getAuthority().equals("localhost")) {
            throw new MediaDecodeException(FIELD,
                    "file URI '" + uri + "' names a remote host; only local files are read");
        }
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
            throw new MediaDecodeException(FIELD, "file URI '" + uri + "' has no path");
        }
        return toPath(uri.getPath());
    }

    /** Checks that the file exists and can be read, with an error that says which of the two failed. */
    static Path requireReadableFile(Path file) throws MediaDecodeException {
        if (!Files.exists(file)) {
            throw new MediaDecodeException(FIELD, "media file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaDecodeException(FIELD, "media path is not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new MediaDecodeException(FIELD, "media file is not readable (permission denied): " + file);
        }
        return file;
    }

    private static Path toPath(String path) throws MediaDecodeException {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new MediaDecodeException(FIELD, "invalid file path '" + path + "': " + e.getReason(), e);
        }
    }
}
