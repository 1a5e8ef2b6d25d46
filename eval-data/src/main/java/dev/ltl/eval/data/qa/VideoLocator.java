package dev.ltl.eval.data.qa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a video by its exact file stem, as the reference's datasets lay videos out. */
public final class VideoLocator {

    /** Extensions tried, in this order, when several files share the stem. */
    public static final List<String> EXTENSIONS = List.of("mp4", "mkv", "webm", "avi", "mov");

    private VideoLocator() {
    }

    /** {@code <videoDir>/<videoId>.<ext>} for the first extension that names a regular file. */
    public static Optional<Path> find(Path videoDir, String videoId) {
        if (videoId.isBlank() || videoId.contains("/") || videoId.contains("\\") || videoId.equals("..")) {
            return Optional.empty(); // an id is a file stem, never a path out of the directory
        }
        for (String ext : EXTENSIONS) {
            Path candidate = videoDir.resolve(videoId + "." + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
