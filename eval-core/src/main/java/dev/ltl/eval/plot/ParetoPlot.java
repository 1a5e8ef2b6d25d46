package dev.ltl.eval.plot;

import dev.ltl.eval.analysis.ParetoGrid;
import dev.ltl.eval.analysis.ParetoPoint;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code pareto.png} (§5.12): accuracy against eval tokens per clip, one scatter series per
 * method (family), and the Pareto front as a highlighted line. Renders headless.
 */
public final class ParetoPlot {
    private ParetoPlot() {
    }

    /** Builds the chart (exposed for callers that want another format). */
    public static XYChart chart(List<ParetoPoint> points, String title) {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title)
                .xAxisTitle("vision tokens per clip (eval mean)").yAxisTitle("accuracy (val_acc mean)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        Map<String, List<ParetoPoint>> byMethod = new LinkedHashMap<>();
        for (ParetoPoint p : points) {
            byMethod.computeIfAbsent(p.method(), k -> new ArrayList<>()).add(p);
        }
        byMethod.forEach((method, pts) -> chart.addSeries(method,
                pts.stream().mapToDouble(ParetoPoint::tokenBudget).toArray(),
                pts.stream().mapToDouble(ParetoPoint::accMean).toArray(),
                pts.stream().mapToDouble(ParetoPoint::accStd).toArray()));
        List<ParetoPoint> front = ParetoGrid.front(points);
        if (!front.isEmpty()) {
            XYSeries f = chart.addSeries("Pareto front",
                    front.stream().mapToDouble(ParetoPoint::tokenBudget).toArray(),
                    front.stream().mapToDouble(ParetoPoint::accMean).toArray());
            f.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            f.setMarker(SeriesMarkers.DIAMOND);
            f.setLineColor(Color.BLACK);
            f.setMarkerColor(Color.BLACK);
        }
        return chart;
    }

    /**
     * Writes the chart as PNG.
     *
     * @throws IllegalArgumentException when there is no point to plot
     */
    public static void writePng(Path file, List<ParetoPoint> points, String title) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no Pareto points to plot");
        }
        PngWriter.write(file, chart(points, title));
    }
}
