package dev.ltl.cli.score;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Makes a line's {@code "uri"} something the service can open: values with a scheme
 * ({@code file:}, {@code s3:}, {@code http:} …) pass through; plain paths, relative or absolute,
 * are resolved against the CLI's working directory and sent as absolute {@code file://} URIs,
 * because the service runs elsewhere and has no idea where the CLI was started.
 */
public final class MediaUris {

    // At least two characters before the colon, so a Windows drive letter ("C:") reads as a path.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private MediaUris() {
    }

    public static String resolve(String uri, Path workingDir) {
        if (SCHEME.matcher(uri).find()) {
            return uri;
        }
        return workingDir.resolve(uri).toAbsolutePath().normalize().toUri().toString();
    }
}
