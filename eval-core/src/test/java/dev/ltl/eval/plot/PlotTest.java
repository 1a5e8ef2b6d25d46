package dev.ltl.eval.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltl.eval.analysis.ParetoPoint;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void paretoPlotWritesAPng(@TempDir Path dir) throws Exception {
        List<ParetoPoint> points = List.of(
                new ParetoPoint("uniform", 1960, 0.70, 0.01, "160_224_352", "a", null),
                new ParetoPoint("predicted", 1960, 0.72, 0.01, "160_224_352", "a", "energy"),
                new ParetoPoint("uniform", 1000, 0.66, 0.02, "112_160_224", "b", null),
                new ParetoPoint("oracle", 1940, 0.75, 0.01, "112_160_224", "b", null));
        Path png = dir.resolve("out/pareto.png");
        ParetoPlot.writePng(png, points, "Pareto");
        assertPng(png, 900, 600);
        assertThatThrownBy(() -> ParetoPlot.writePng(png, List.of(), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clipPlotWritesAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("clip.png");
        ClipPlot.writePng(png, "abc", new double[] {0.1, 0.9, 0.85, 0.2, 0.3, 0.7, 0.1, 0.05, 0.6, 0.2},
                new int[] {1, 2}, new int[] {224, 352, 224, 224, 224, 224, 224, 160, 160, 160});
        assertPng(png, 900, 450);
        Path fallback = dir.resolve("fallback.png");
        ClipPlot.writePng(fallback, "flat", new double[10], new int[0], new int[] {224, 224, 224, 224, 224, 224,
            224, 224, 224, 224});
        assertPng(fallback, 900, 450);
    }

    private static void assertPng(Path png, int width, int height) throws Exception {
        assertThat(Files.size(png)).isGreaterThan(1000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
