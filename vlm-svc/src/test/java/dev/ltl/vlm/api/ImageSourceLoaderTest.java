package dev.ltl.vlm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.common.media.MediaDecodeException;
import dev.ltl.proto.vlm.v1.ImageSource;
import dev.ltl.proto.vlm.v1.VideoFrames;
import dev.ltl.vlm.infra.ImageSourceLoader;
import dev.ltl.vlm.infra.SourcedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where images come from: URI forms, allowed roots, video seconds (including past the end). */
class ImageSourceLoaderTest {
    @TempDir
    Path tmp;

    private static ImageSource uri(String text) {
        return ImageSource.newBuilder().setImageUri(text).build();
    }

    @Test
    void imageFilesAreReadByFileUriOrAbsolutePathInsideTheAllowedRoots() throws Exception {
        Path allowed = Files.createDirectories(tmp.resolve("allowed"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.write(allowed.resolve("a.png"), TestImages.png(1));
        Files.write(outside.resolve("b.png"), TestImages.png(1));
        ImageSourceLoader loader = new ImageSourceLoader(new TestVlmConfig.Media(Optional.of(List.of(allowed.toString()))));

        SourcedImage byPath = loader.load(uri(allowed.resolve("a.png").toString()), 3).get(0);
        SourcedImage byUri = loader.load(uri(allowed.resolve("a.png").toUri().toString()), 3).get(0);
        assertThat(byPath.sourceIndex()).isEqualTo(3);
        assertThat(byPath.image().width()).isEqualTo(320);
        assertThat(byUri.image().rgb()).isEqualTo(byPath.image().rgb());
        assertThatThrownBy(() -> loader.load(uri(outside.resolve("b.png").toString()), 0))
                .isInstanceOf(ImageSourceLoader.AccessDeniedException.class).hasMessageContaining("images[0]");
        assertThatThrownBy(() -> loader.load(uri(allowed.resolve("../outside/b.png").toString()), 0))
                .isInstanceOf(ImageSourceLoader.AccessDeniedException.class);
        assertThatThrownBy(() -> loader.load(uri("relative/a.png"), 1))
                .isInstanceOfSatisfying(MediaDecodeException.class,
                        e -> assertThat(e.field()).isEqualTo("images[1].image_uri"));
    }

    @Test
    void videoSecondsPastTheEndRepeatTheLastFrame() throws Exception {
        Path video = TestVlmConfig.sharedDir().resolve("data/ave-sample/0lFf-HP86Q0.mp4");
        Assumptions.assumeTrue(Files.isRegularFile(video), "AVE sample clip missing");
        ImageSourceLoader loader = new ImageSourceLoader(TestVlmConfig.anyMedia());
        List<SourcedImage> frames = loader.load(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                .setUri(video.toUri().toString()).addSeconds(0).addSeconds(15).addSeconds(20)).build(), 0);
        assertThat(frames).extracting(SourcedImage::second).containsExactly(0, 15, 20);
        assertThat(frames.get(1).image().rgb()).isEqualTo(frames.get(2).image().rgb());
        assertThat(frames.get(0).image().rgb()).isNotEqualTo(frames.get(1).image().rgb());
        assertThat(ImageSourceLoader.imageCount(ImageSource.newBuilder().setVideo(VideoFrames.newBuilder()
                .addSeconds(1).addSeconds(2)).build())).isEqualTo(2);
    }
}
