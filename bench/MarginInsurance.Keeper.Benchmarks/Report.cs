using System.Globalization;
using System.Text;
using System.Text.Json;
using ScottPlot;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>Run context recorded with the figures.</summary>
/// <param name="GeneratedAt">UTC time the report was written.</param>
/// <param name="Commit">Git commit measured.</param>
/// <param name="Cores">Logical processors.</param>
/// <param name="LoadAverageStart">/proc/loadavg at the start of the run (other work shares this machine).</param>
/// <param name="LoadAverageEnd">/proc/loadavg at the end.</param>
/// <param name="WallSeconds">Wall time of the whole scripts/bench run.</param>
public sealed record RunContext(DateTime GeneratedAt, string Commit, int Cores, string LoadAverageStart, string LoadAverageEnd, double WallSeconds);

/// <summary>Everything scripts/bench writes to bench/results/bench.json.</summary>
public sealed record BenchResults(RunContext Context, IReadOnlyList<Figure> Figures);

/// <summary>Writes bench.json, bench.md, bench.png and growth.png (cost against accounts), and the console table.</summary>
public static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Header = ["section", "figure", "n", "min", "median", "max", "unit", "goal", "result", "baseline (source)"];

    /// <summary>Writes the three files to <paramref name="outDir"/> and returns the console table.</summary>
    public static string Write(BenchResults results, string anchorsPath, string outDir)
    {
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "bench.json"), JsonSerializer.Serialize(results, FigureFile.Json));
        var sources = GasFigures.Sources(anchorsPath);
        File.WriteAllText(Path.Combine(outDir, "bench.md"), Markdown(results, sources));
        Plot(results.Figures, anchorsPath, Path.Combine(outDir, "bench.png"));
        GrowthPlot.Write(results.Figures, Path.Combine(outDir, "growth.png"));
        return Table(results, sources);
    }

    private static string[] Row(Figure f) =>
        [f.Section, f.Name, f.N.ToString(Inv), Number(f.Min, f.Unit), Number(f.Median, f.Unit), Number(f.Max, f.Unit), f.Unit, f.Goal ?? "—", f.Verdict, f.Baseline ?? "—"];

    private static string Number(double v, string unit) => unit switch
    {
        "×" => v.ToString("N2", Inv),
        "ms" when v < 10 => v.ToString("N2", Inv),
        "ms" when v < 1000 => v.ToString("N1", Inv),
        _ => v.ToString("N0", Inv),
    };

    private static string Table(BenchResults results, IReadOnlyList<string> sources)
    {
        var rows = results.Figures.Select(Row).ToList();
        var widths = Header.Select((h, i) => Math.Min(i == Header.Length - 1 ? 120 : 60, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells) => sb.AppendLine(string.Join(" | ", cells.Select((c, i) => (i is >= 2 and <= 5 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).ToArray()).TrimEnd());
        Line(Header);
        sb.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in rows) Line(r);
        foreach (var source in sources) sb.AppendLine(source);
        var c = results.Context;
        sb.AppendLine(CultureInfo.InvariantCulture, $"commit {c.Commit}, {c.Cores} cores, load average {c.LoadAverageStart} at start / {c.LoadAverageEnd} at end, wall {c.WallSeconds:F0} s");
        sb.AppendLine(CultureInfo.InvariantCulture, $"goals: {results.Figures.Count(f => f.Met == true)} met, {results.Figures.Count(f => f.Met == false)} MISSED ({string.Join(", ", results.Figures.Where(f => f.Met == false).Select(f => f.Name))})");
        return sb.ToString();
    }

    private static string Markdown(BenchResults results, IReadOnlyList<string> sources)
    {
        var c = results.Context;
        var sb = new StringBuilder();
        sb.AppendLine("# Benchmark results");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"`scripts/bench` at commit `{c.Commit}`, {c.GeneratedAt:yyyy-MM-dd HH:mm} UTC, {c.Cores} cores, wall time {c.WallSeconds:F0} s.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Load average (1/5/15 min) {c.LoadAverageStart} at the start and {c.LoadAverageEnd} at the end: other work shared the machine, so timings are noisy.");
        sb.AppendLine("The verdict compares the median with the goal. What each figure measures: `bench/README.md`; anchor sources: `bench/anchors.json`.");
        sb.AppendLine();
        sb.AppendLine("| " + string.Join(" | ", Header) + " |");
        sb.AppendLine("|" + string.Join("|", Header.Select((_, i) => i is >= 2 and <= 5 ? "---:" : "---")) + "|");
        foreach (var f in results.Figures) sb.AppendLine("| " + string.Join(" | ", Row(f).Select(x => x.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        sb.AppendLine();
        foreach (var source in sources) sb.AppendLine(CultureInfo.InvariantCulture, $"- {source}");
        sb.AppendLine();
        sb.AppendLine("## Notes");
        sb.AppendLine();
        foreach (var f in results.Figures.Where(f => f.Note is not null)) sb.AppendLine(CultureInfo.InvariantCulture, $"- **{f.Name}**: {f.Note}");
        sb.AppendLine();
        sb.AppendLine("![gas per operation](bench.png)");
        if (results.Figures.Any(f => f.Section == "growth")) sb.AppendLine("\n![scan and tick cost against accounts](growth.png)");
        return sb.ToString();
    }

    private static void Plot(IReadOnlyList<Figure> figures, string anchorsPath, string path)
    {
        using var anchors = JsonDocument.Parse(File.ReadAllText(anchorsPath));
        var ops = anchors.RootElement.GetProperty("operations");
        var gas = figures.Where(f => f.Section == "gas").ToList();
        var series = new (string Name, Color Color)[] { ("MarginInsurance", Colors.OrangeRed), ("Morpho Blue", Colors.SteelBlue), ("Aave v3", Colors.MediumPurple), ("Compound III", Colors.SeaGreen) };
        var plot = new ScottPlot.Plot();
        for (var s = 0; s < series.Length; s++)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < gas.Count; i++)
            {
                var op = gas[i].Name["gas ".Length..];
                double? value = s == 0 ? gas[i].Median
                    : ops.TryGetProperty(op, out var o) && o.TryGetProperty(series[s].Name, out var a) ? a.GetProperty("gas").GetDouble() : null;
                if (value is not { } v) continue;
                bars.Add(new Bar
                {
                    Position = (i * (series.Length + 1)) + s,
                    Value = v / 1000,
                    FillColor = series[s].Color,
                    Label = (v / 1000).ToString("0", Inv),
                });
            }

            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = series[s].Name + (series[s].Name == "Compound III" ? " (upper bound)" : string.Empty);
            plotted.ValueLabelStyle.FontSize = 9;
        }

        plot.Axes.Bottom.SetTicks(gas.Select((_, i) => (i * (series.Length + 1)) + 1.5).ToArray(), gas.Select(f => f.Name["gas ".Length..]).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title("Transaction gas per operation (thousands) — sources in bench/anchors.json");
        plot.YLabel("gas (thousands)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1400, 600);
    }
}
