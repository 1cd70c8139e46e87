using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>bench/results/growth.png: median scan and keeper-tick time against the number of accounts (log-log), per node, with a linear reference.</summary>
public static partial class GrowthPlot
{
    /// <summary>Writes the plot; false when no scan figures are present.</summary>
    public static bool Write(IReadOnlyList<Figure> figures, string path)
    {
        var series = figures
            .Select(f => (Figure: f, Match: Cost().Match(f.Name)))
            .Where(x => x.Match.Success)
            .GroupBy(x => $"{x.Match.Groups["what"].Value} on {x.Match.Groups["node"].Value}")
            .ToList();
        if (series.Count == 0) return false;
        var plot = new Plot();
        var palette = new[] { Colors.OrangeRed, Colors.SteelBlue, Colors.SeaGreen, Colors.MediumPurple };
        var i = 0;
        double minN = double.MaxValue, maxN = 0, minY = double.MaxValue;
        foreach (var group in series)
        {
            var points = group
                .Select(x => (N: double.Parse(x.Match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), x.Figure.Median))
                .OrderBy(p => p.N).ToArray();
            var line = plot.Add.Scatter(points.Select(p => Math.Log10(p.N)).ToArray(), points.Select(p => Math.Log10(p.Median)).ToArray(), palette[i++ % palette.Length]);
            line.LegendText = group.Key;
            minN = Math.Min(minN, points[0].N);
            maxN = Math.Max(maxN, points[^1].N);
            minY = Math.Min(minY, points[0].Median);
        }

        var reference = plot.Add.Line(Math.Log10(minN), Math.Log10(minY), Math.Log10(maxN), Math.Log10(minY * maxN / minN));
        reference.LineStyle.Pattern = LinePattern.Dashed;
        reference.LineColor = Colors.Gray;
        reference.LegendText = "linear growth";
        plot.Title("Cost against accounts (log-log; medians)");
        plot.XLabel("log10 accounts");
        plot.YLabel("log10 ms");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 600);
        return true;
    }

    [GeneratedRegex(@"^(?<what>scan|keeper tick) (?<n>[\d,]+) accounts on (?<node>\w+) \((ReadAsync|dry run)")]
    private static partial Regex Cost();
}
