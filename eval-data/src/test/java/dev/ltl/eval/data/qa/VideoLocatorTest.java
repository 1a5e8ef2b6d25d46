package dev.ltl.eval.data.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoLocatorTest {

    @TempDir
    Path dir;

    @Test
    void findsTheExactStemInExtensionOrder() throws Exception {
        Files.createFile(dir.resolve("clip.webm"));
        Files.createFile(dir.resolve("clip.mkv"));
        Files.createFile(dir.resolve("clip2.mp4"));

        assertThat(VideoLocator.find(dir, "clip")).contains(dir.resolve("clip.mkv"));
        assertThat(VideoLocator.find(dir, "clip2")).contains(dir.resolve("clip2.mp4"));
        assertThat(VideoLocator.find(dir, "cli")).isEmpty();
    }

    @Test
    void ignoresOtherExtensionsDirectoriesAndPathLikeIds() throws Exception {
        Files.createFile(dir.resolve("a.txt"));
        Files.createDirectory(dir.resolve("b.mp4"));
        Files.createDirectory(dir.resolve("sub"));
        Files.createFile(dir.resolve("sub").resolve("c.mp4"));

        assertThat(VideoLocator.find(dir, "a")).isEmpty();
        assertThat(VideoLocator.find(dir, "b")).isEmpty();
        assertThat(VideoLocator.find(dir, "sub/c")).isEmpty();
        assertThat(VideoLocator.find(dir, "")).isEmpty();
    }
}
