package dev.ltl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code ltl --version}: the Maven project version, filtered into a resource at build time. */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/dev/ltl/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"ltl " + version()};
    }

    /** The build's version, or {@code "unknown"} when run from unfiltered resources. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.contains("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
