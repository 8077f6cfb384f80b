package org.tadaserver.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The latency distribution of each run of a scenario in one PNG, drawn the usual HdrHistogram way: latency against
 * percentile on a {@code log10(1/(1-p))} axis (0 = p0, 1 = p90, 2 = p99, 3 = p99.9...), so that the median, p99 and
 * p99.9 each get the same room. (XChart's tick labelling loops on a custom formatter of this axis, so the axis shows
 * the number of nines and its title says so.)
 */
public final class LatencyChart {
  private static final double MAX_PERCENTILE = 99.999;

  private LatencyChart() {}

  /** Writes {@code file} (PNG) with one series per result that has a latency histogram; false if none has. */
  public static boolean write(Path file, String title, List<RunResult> results) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(540).title(title)
        .xAxisTitle("percentile, in nines: 1 = p90, 2 = p99, 3 = p99.9, 4 = p99.99")
        .yAxisTitle("send-to-deliver latency (ms)").build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(Math.log10(1.0 / (1.0 - MAX_PERCENTILE / 100.0)));
    boolean any = false;
    for (RunResult r : results) {
      Histogram h = r.latency();
      if (h == null || h.getTotalCount() == 0) {
        continue;
      }
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (HistogramIterationValue v : h.percentiles(5)) {
        double p = Math.min(v.getPercentileLevelIteratedTo(), MAX_PERCENTILE);
        xs.add(Math.log10(1.0 / (1.0 - p / 100.0)));
        ys.add(v.getValueIteratedTo() / 1000.0);
        if (p >= MAX_PERCENTILE) {
          break;
        }
      }
      XYSeries s = chart.addSeries(r.label(), xs, ys);
      s.setMarker(SeriesMarkers.NONE);
      any = true;
    }
    if (any) {
      String name = file.toString();
      BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
          BitmapEncoder.BitmapFormat.PNG);
    }
    return any;
  }
}
