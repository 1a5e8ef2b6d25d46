package dev.ltl.eval.qa;

import dev.ltl.eval.plot.PngWriter;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code budget_curve.png}: accuracy vs frame budget, one line per method, CI95 half widths as
 * error bars (none for a budget with a single run). Renders headless.
 */
public final class BudgetCurvePlot {
    private BudgetCurvePlot() {
    }

    /** Builds the chart. */
    public static XYChart chart(BudgetCurve curve) {
        XYChart chart = new XYChartBuilder().width(900).height(600).title("QA accuracy vs frame budget")
                .xAxisTitle("budget (frames)").yAxisTitle("accuracy").build();
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        curve.byMethod().forEach((method, points) -> {
            if (points.isEmpty()) {
                return;
            }
            double[] x = points.stream().mapToDouble(BudgetCurve.Point::budgetFrames).toArray();
            double[] y = points.stream().mapToDouble(p -> p.acc().mean()).toArray();
            double[] err = points.stream().mapToDouble(p -> halfWidth(p.acc())).toArray();
            XYSeries series = chart.addSeries(method, x, y, err);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.CIRCLE);
        });
        return chart;
    }

    /** Writes the chart as PNG (parent directories created). */
    public static void writePng(Path file, BudgetCurve curve) {
        if (curve.byMethod().values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("budget curve has no points");
        }
        PngWriter.write(file, chart(curve));
    }

    private static double halfWidth(AcrossRuns acc) {
        return acc.ci95HalfWidth() == null ? 0.0 : acc.ci95HalfWidth();
    }
}
