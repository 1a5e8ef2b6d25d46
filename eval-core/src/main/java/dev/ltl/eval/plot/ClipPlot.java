package dev.ltl.eval.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A per-clip picture of a plan: the Stage-1 eventness curve (min-max scaled to [0, 1]), the
 * anchors marked on it, and the plan's resolution per second as a step series on a second
 * y-axis. Renders headless.
 */
public final class ClipPlot {
    private ClipPlot() {
    }

    /** Builds the chart. */
    public static XYChart chart(String clipId, double[] scores, int[] anchors, int[] resolutions) {
        if (scores.length != resolutions.length) {
            throw new IllegalArgumentException("scores and resolutions differ in length");
        }
        double[] seconds = IntStream.range(0, scores.length).asDoubleStream().toArray();
        XYChart chart = new XYChartBuilder().width(900).height(450).title("clip " + clipId)
                .xAxisTitle("second").yAxisTitle("eventness (min-max)").build();
        XYSeries curve = chart.addSeries("eventness", seconds, minmax(scores));
        curve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        curve.setMarker(SeriesMarkers.CIRCLE);
        if (anchors.length > 0) {
            double[] scaled = minmax(scores);
            XYSeries a = chart.addSeries("anchors",
                    Arrays.stream(anchors).asDoubleStream().toArray(),
                    Arrays.stream(anchors).mapToDouble(i -> scaled[i]).toArray());
            a.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            a.setMarker(SeriesMarkers.DIAMOND);
            a.setMarkerColor(Color.RED);
        }
        XYSeries plan = chart.addSeries("resolution (px)", stepX(seconds), stepY(resolutions));
        plan.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        plan.setMarker(SeriesMarkers.NONE);
        plan.setYAxisGroup(1);
        chart.setYAxisGroupTitle(1, "resolution (px)");
        return chart;
    }

    /** Writes the chart as PNG. */
    public static void writePng(Path file, String clipId, double[] scores, int[] anchors, int[] resolutions) {
        PngWriter.write(file, chart(clipId, scores, anchors, resolutions));
    }

    /** Step outline: each second t spans [t − 0.5, t + 0.5] at its resolution. */
    private static double[] stepX(double[] seconds) {
        double[] x = new double[seconds.length * 2];
        for (int i = 0; i < seconds.length; i++) {
            x[2 * i] = seconds[i] - 0.5;
            x[2 * i + 1] = seconds[i] + 0.5;
        }
        return x;
    }

    private static double[] stepY(int[] resolutions) {
        double[] y = new double[resolutions.length * 2];
        for (int i = 0; i < resolutions.length; i++) {
            y[2 * i] = resolutions[i];
            y[2 * i + 1] = resolutions[i];
        }
        return y;
    }

    private static double[] minmax(double[] s) {
        double min = Arrays.stream(s).min().orElse(0);
        double max = Arrays.stream(s).max().orElse(0);
        double range = max - min;
        return Arrays.stream(s).map(v -> range <= 1e-12 ? 0.0 : (v - min) / range).toArray();
    }
}
