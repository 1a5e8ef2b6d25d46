package dev.ltl.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MediaUrisTest {

    private static final Path CWD = Path.of("/work/runs");

    @Test
    void resolvesRelativePathsAgainstTheWorkingDirectory() {
        assertThat(MediaUris.resolve("clips/a.mp4", CWD)).isEqualTo("file:///work/runs/clips/a.mp4");
        assertThat(MediaUris.resolve("../data/b.wav", CWD)).isEqualTo("file:///work/data/b.wav");
    }

    @Test
    void turnsAbsolutePathsIntoFileUris() {
        assertThat(MediaUris.resolve("/data/ave/x.mp4", CWD)).isEqualTo("file:///data/ave/x.mp4");
    }

    @Test
    void percentEncodesCharactersAUriCannotHold() {
        assertThat(MediaUris.resolve("my clip.wav", CWD)).isEqualTo("file:///work/runs/my%20clip.wav");
    }

    @Test
    void leavesUrisWithASchemeAlone() {
        assertThat(MediaUris.resolve("file:///abs/a.wav", CWD)).isEqualTo("file:///abs/a.wav");
        assertThat(MediaUris.resolve("s3://bucket/a.wav", CWD)).isEqualTo("s3://bucket/a.wav");
    }
}
