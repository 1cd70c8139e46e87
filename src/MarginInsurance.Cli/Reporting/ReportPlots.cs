using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Statistics;
using MarginInsurance.Risk.Stress;
using MarginInsurance.Risk.Surfaces;
using ScottPlot;

namespace MarginInsurance.Cli.Reporting;

/// <summary>ScottPlot figures of the report; each method saves one PNG and returns its file name.</summary>
internal static class ReportPlots
{
    private const int Width = 1000;
    private const int Height = 560;

    public static string ReturnHistogram(AssetAnalysis asset, double varConfidence, double esConfidence, string dir)
    {
        var plot = new Plot();
        var pct = asset.Returns.Values.Select(r => r * 100).ToArray();
        var hist = ScottPlot.Statistics.Histogram.WithBinCount(120, pct);
        plot.Add.Histogram(hist);
        var fhs = asset.Forecasts.Single(f => f.Model.StartsWith("Filtered", StringComparison.Ordinal));
        var hs = EmpiricalTail.Estimate(asset.Returns.Values.Select(r => -r).ToArray(), varConfidence);
        var hsEs = EmpiricalTail.Estimate(asset.Returns.Values.Select(r => -r).ToArray(), esConfidence);
        AddLine(plot, -hs.Var * 100, Colors.OrangeRed, LinePattern.Solid, $"HS VaR {varConfidence:P1} (full history) {-hs.Var:P2}");
        AddLine(plot, -hsEs.Es * 100, Colors.DarkRed, LinePattern.Dashed, $"HS ES {esConfidence:P1} (full history) {-hsEs.Es:P2}");
        AddLine(plot, -fhs.Var.Var * 100, Colors.RoyalBlue, LinePattern.Solid, $"FHS VaR {varConfidence:P1} tomorrow {-fhs.Var.Var:P2}");
        AddLine(plot, -fhs.Es.Es * 100, Colors.Navy, LinePattern.Dashed, $"FHS ES {esConfidence:P1} tomorrow {-fhs.Es.Es:P2}");
        plot.Title($"{asset.Asset}: daily log returns {asset.Returns.Dates[0]:yyyy-MM-dd}..{asset.Returns.Dates[^1]:yyyy-MM-dd} (n = {asset.Returns.Count})");
        plot.XLabel("daily log return (%)");
        plot.YLabel("days");
        plot.Axes.SetLimitsX(-30, 30);
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, dir, $"histogram-{asset.Asset}.png");
    }

    public static string RollingVar(AssetAnalysis asset, string dir)
    {
        var plot = new Plot();
        var fhs = asset.Backtests.Single(b => b.Model.StartsWith("Filtered", StringComparison.Ordinal));
        var normal = asset.Backtests.Single(b => b.Model.StartsWith("Normal", StringComparison.Ordinal));
        var x = fhs.Dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var realized = plot.Add.ScatterPoints(x, fhs.Realized.Select(r => r * 100).ToArray());
        realized.Color = Colors.Gray.WithAlpha(0.5);
        realized.MarkerSize = 2;
        realized.LegendText = "realized daily return";
        Line(plot, x, normal.Var.Select(v => -v * 100).ToArray(), Colors.Orange, $"-VaR Normal EWMA ({normal.ExceptionCount} exceptions)");
        Line(plot, x, fhs.Var.Select(v => -v * 100).ToArray(), Colors.RoyalBlue, $"-VaR Filtered HS ({fhs.ExceptionCount} exceptions, expected {fhs.ExpectedExceptions:0.0})");
        var ex = Enumerable.Range(0, x.Length).Where(i => fhs.Exceptions[i]).ToArray();
        var markers = plot.Add.Markers(ex.Select(i => x[i]).ToArray(), ex.Select(i => fhs.Realized[i] * 100).ToArray(), MarkerShape.FilledCircle, 7, Colors.Red);
        markers.LegendText = "FHS exception";
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{asset.Asset}: rolling one-day {fhs.Confidence:P0} VaR vs realized, Kupiec p = {fhs.Kupiec.PValue:0.000} (FHS), {normal.Kupiec.PValue:0.0000} (normal)");
        plot.YLabel("return (%)");
        plot.ShowLegend(Alignment.LowerLeft);
        return Save(plot, dir, $"rolling-var-{asset.Asset}.png");
    }

    public static string StressHeatmap(RiskAnalysisResult result, string dir)
    {
        var plot = new Plot();
        var levels = StressScenarios.GridLevels;
        var columns = result.Book.Assets.Append("ALL").ToArray();
        var rows = levels.Count;
        // heatmap rows are drawn top to bottom: put +50% on top
        var data = new double[rows, columns.Length];
        for (var l = 0; l < rows; l++)
        for (var c = 0; c < columns.Length; c++)
            data[rows - 1 - l, c] = result.StressGrid[l, c] / 1e6;
        var heatmap = plot.Add.Heatmap(data);
        heatmap.Colormap = new ScottPlot.Colormaps.Turbo();
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "bad debt (USD millions)";
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, columns.Length).Select(i => (double)i).ToArray(), columns);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rows).Select(i => (double)i).ToArray(), levels.Select(l => l.ToString("+0%;-0%", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Title($"Stress grid: bad debt of {result.Book.Count:N0} accounts (total debt {result.Book.TotalDebt / 1e6:N0}M USD) by instantaneous move");
        plot.XLabel("asset moved (ALL = every asset together, correlation 1)");
        plot.YLabel("price move");
        return Save(plot, dir, "stress-heatmap.png");
    }

    public static string Margins(RiskAnalysisResult result, string dir)
    {
        var plot = new Plot();
        var assets = result.Assets;
        var series = new (string Name, Color Color, Func<AssetAnalysis, double> Value)[]
        {
            ("base LT", Colors.LightGray, a => a.Recommendation.Inputs.BaseLiquidationThresholdBps / 100.0),
            ("current effective LT", Colors.SteelBlue, a => a.Recommendation.CurrentLiquidationThresholdBps / 100.0),
            ("recommended effective LT", Colors.OrangeRed, a => a.Recommendation.EffectiveLiquidationThresholdBps / 100.0),
            ("ES-safe LT (unbounded)", Colors.SeaGreen, a => a.Recommendation.MaxSafeLiquidationThresholdBps / 100.0),
        };
        for (var s = 0; s < series.Length; s++)
        {
            var bars = assets.Select((a, i) => new Bar
            {
                Position = i * (series.Length + 1) + s,
                Value = series[s].Value(a),
                FillColor = series[s].Color,
                Label = series[s].Value(a).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = series[s].Name;
            plotted.ValueLabelStyle.FontSize = 10;
        }
        plot.Axes.Bottom.SetTicks(assets.Select((_, i) => i * (series.Length + 1) + 1.5).ToArray(), assets.Select(a => $"{a.Asset}\nadd-on {a.Recommendation.RecommendedAddOnBps} bps").ToArray());
        plot.Axes.SetLimitsY(0, 105);
        plot.Title("Liquidation threshold per asset (%): current vs recommended");
        plot.YLabel("liquidation threshold (%)");
        plot.ShowLegend(Alignment.UpperRight);
        return Save(plot, dir, "margins.png");
    }

    public static string Insurance(RiskAnalysisResult result, string dir)
    {
        var plot = new Plot();
        var max = Math.Max(Math.Max(result.Insurance.PoolFor999.Value, result.InsuranceRecommended.PoolFor999.Value), result.Insurance.PoolSize) * 1.3 + 1;
        var xs = Enumerable.Range(0, 201).Select(i => max * i / 200).ToArray();
        Line(plot, xs.Select(x => x / 1e6).ToArray(), xs.Select(x => result.Insurance.CoverageProbability(x) * 100).ToArray(), Colors.SteelBlue, "current margins");
        Line(plot, xs.Select(x => x / 1e6).ToArray(), xs.Select(x => result.InsuranceRecommended.CoverageProbability(x) * 100).ToArray(), Colors.OrangeRed, "recommended margins");
        var h99 = plot.Add.HorizontalLine(99, 1, Colors.Gray, LinePattern.Dashed);
        h99.LegendText = "99% / 99.9%";
        plot.Add.HorizontalLine(99.9, 1, Colors.Gray, LinePattern.Dotted);
        var pool = plot.Add.VerticalLine(result.Insurance.PoolSize / 1e6, 1.5f, Colors.Black, LinePattern.Dashed);
        pool.LegendText = $"pool {result.Insurance.PoolSize / 1e6:0.00}M: covers {result.Insurance.ProbabilityPoolCovers.Value:P2} of days (current)";
        plot.Axes.SetLimitsY(Math.Max(0, Math.Min(98.8, Math.Min(result.Insurance.CoverageProbability(0), result.InsuranceRecommended.CoverageProbability(0)) * 100 - 0.3)), 100.05);
        plot.Title($"Insurance coverage: P(pool covers one day's bad debt), {result.Insurance.Scenarios:N0} scenarios");
        plot.XLabel("insurance pool (USD millions)");
        plot.YLabel("probability pool covers the day (%)");
        plot.ShowLegend(Alignment.LowerRight);
        return Save(plot, dir, "insurance-coverage.png");
    }

    public static string Frontier(RiskAnalysisResult result, string dir)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < result.Assets.Count; i++)
        {
            var a = result.Assets[i];
            var color = palette.GetColor(i);
            var x = a.Frontier.Select(p => p.MaxLtvBps / 100.0).ToArray();
            var y = a.Frontier.Select(p => Math.Log10(Math.Max(p.ExpectedBadDebtBps, 1e-3))).ToArray();
            Line(plot, x, y, color, a.Asset);
            var lt = a.Recommendation.EffectiveLiquidationThresholdBps;
            var rec = Interpolate(a.Frontier.Select(p => (double)p.LiquidationThresholdBps).ToArray(), a.Frontier.Select(p => p.ExpectedBadDebtBps).ToArray(), lt);
            plot.Add.Marker((lt - result.Options.EffectivePolicy.LtvBufferBps) / 100.0, Math.Log10(Math.Max(rec, 1e-3)), MarkerShape.FilledDiamond, 14, color);
        }
        plot.Axes.Left.SetTicks([-3, -2, -1, 0, 1, 2, 3], ["0.001", "0.01", "0.1", "1", "10", "100", "1000"]);
        plot.Title("Margin frontier: expected bad debt vs capital efficiency (diamond = recommended)");
        plot.XLabel("capital efficiency: max loan-to-value (%)");
        plot.YLabel("E[bad debt] at liquidation, bps of debt (log)");
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, dir, "frontier.png");
    }

    public static string Smiles(VolSurface surface, string dir)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < surface.Slices.Count; i++)
        {
            var slice = surface.Slices[i];
            var color = palette.GetColor(i);
            var lo = slice.Quotes.Min(q => q.LogMoneyness);
            var hi = slice.Quotes.Max(q => q.LogMoneyness);
            var ks = Enumerable.Range(0, 121).Select(j => lo - 0.1 * (hi - lo) + 1.2 * (hi - lo) * j / 120).ToArray();
            Line(plot, ks, ks.Select(k => slice.Svi.ImpliedVolatility(k, slice.Years) * 100).ToArray(), color,
                $"{slice.Expiry:yyyy-MM-dd} SVI fit (RMSE {slice.RmseVolatility * 100:0.00} vol pts){(slice.Repaired ? ", repaired" : "")}");
            var quotes = plot.Add.Markers(slice.Quotes.Select(q => q.LogMoneyness).ToArray(), slice.Quotes.Select(q => q.ImpliedVolatility * 100).ToArray(), MarkerShape.OpenCircle, 6, color);
            quotes.LegendText = "";
        }
        plot.Title($"{surface.Asset} implied-volatility smiles {surface.Date:yyyy-MM-dd}: quotes (circles) and SVI fits");
        plot.XLabel("log-moneyness k = ln(K/F)");
        plot.YLabel("implied volatility (% per year)");
        plot.ShowLegend(Alignment.UpperRight);
        return Save(plot, dir, $"smiles-{surface.Asset}.png");
    }

    public static string TermStructure(VolSurface surface, double horizonDays, string dir)
    {
        var plot = new Plot();
        var last = surface.Slices[^1].Years * SurfaceQuote.DaysPerYear;
        var days = Enumerable.Range(1, 200).Select(i => last * 1.1 * i / 200).ToArray();
        Line(plot, days, days.Select(d => surface.AtmVolatility(d / SurfaceQuote.DaysPerYear) * 100).ToArray(), Colors.RoyalBlue, "ATM vol (total variance linear in T)");
        var knots = plot.Add.Markers(surface.Slices.Select(x => x.Years * SurfaceQuote.DaysPerYear).ToArray(), surface.Slices.Select(x => x.Svi.ImpliedVolatility(0, x.Years) * 100).ToArray(), MarkerShape.FilledCircle, 8, Colors.RoyalBlue);
        knots.LegendText = "expiries";
        var atH = surface.AtmVolatility(horizonDays / SurfaceQuote.DaysPerYear) * 100;
        var h = plot.Add.VerticalLine(horizonDays, 1.5f, Colors.OrangeRed, LinePattern.Dashed);
        h.LegendText = $"liquidation horizon {horizonDays:0.##} d: ATM {atH:0.0}%/yr = {surface.HorizonDailyVolatility(horizonDays):P2}/day";
        plot.Title($"{surface.Asset} ATM implied-volatility term structure {surface.Date:yyyy-MM-dd}");
        plot.XLabel("days to expiry");
        plot.YLabel("ATM implied volatility (% per year)");
        plot.ShowLegend(Alignment.LowerRight);
        return Save(plot, dir, $"term-structure-{surface.Asset}.png");
    }

    internal static double Interpolate(double[] x, double[] y, double at)
    {
        if (at <= x[0]) return y[0];
        for (var i = 1; i < x.Length; i++)
            if (at <= x[i]) return y[i - 1] + (y[i] - y[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]);
        return y[^1];
    }

    private static void AddLine(Plot plot, double x, Color color, LinePattern pattern, string label)
    {
        var line = plot.Add.VerticalLine(x, 2, color, pattern);
        line.LegendText = label;
    }

    /// <summary>A 2-px line with a legend entry (and a pattern, solid by default).</summary>
    internal static void Line(Plot plot, double[] x, double[] y, Color color, string label, LinePattern? pattern = null)
    {
        var s = plot.Add.ScatterLine(x, y, color);
        s.LineWidth = 2;
        if (pattern is { } p) s.LinePattern = p;
        s.LegendText = label;
    }

    /// <summary>Saves the plot as a report-sized PNG in <paramref name="dir"/> and returns its file name.</summary>
    internal static string Save(Plot plot, string dir, string name)
    {
        plot.SavePng(Path.Combine(dir, name), Width, Height);
        return name;
    }
}
