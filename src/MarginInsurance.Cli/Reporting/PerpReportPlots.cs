using MarginInsurance.Risk.Reporting;
using ScottPlot;

namespace MarginInsurance.Cli.Reporting;

/// <summary>ScottPlot figures of the perpetuals sections; each method saves one PNG and returns its file name.</summary>
internal static class PerpReportPlots
{
    /// <summary>Maintenance and initial requirement as a fraction of notional against notional (log), with the model N·m(N) dashed.</summary>
    public static string Tiers(PerpAnalysisResult perps, string dir)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < perps.Tiers.Count; i++)
        {
            var t = perps.Tiers[i];
            var color = palette.GetColor(i);
            var hi = Math.Max(t.CoverNotional, (double)t.Tier.NotionalBreak2 * 2);
            var ns = Enumerable.Range(0, 161).Select(k => Math.Pow(10, 3 + (Math.Log10(hi) - 3) * k / 160)).ToArray();
            var x = ns.Select(Math.Log10).ToArray();
            ReportPlots.Line(plot, x, ns.Select(n => t.Tier.Requirement(n, t.Tier.MmfBps) / n * 100).ToArray(), color,
                $"{t.Inputs.Asset}-PERP MM (mmf {t.Tier.MmfBps}, steps {t.Tier.Step2Bps}/{t.Tier.Step3Bps} bps)");
            ReportPlots.Line(plot, x, ns.Select(n => t.Tier.Requirement(n, t.Tier.ImfBps) / n * 100).ToArray(), color,
                $"{t.Inputs.Asset}-PERP IM (imf {t.Tier.ImfBps} bps)", LinePattern.DenselyDashed);
            ReportPlots.Line(plot, x, ns.Select(n => t.ModelFraction(n, initial: false) * 100).ToArray(), color.WithAlpha(0.5), "", LinePattern.Dotted);
        }
        plot.Axes.Bottom.SetTicks([3, 4, 5, 6, 7, 8, 9], ["1k", "10k", "100k", "1M", "10M", "100M", "1B"]);
        plot.Title("Perp tiers: requirement / notional (solid MM, dashed IM; dotted = model m_MM(N) it must cover)");
        plot.XLabel("position notional (USD, log)");
        plot.YLabel("requirement (% of notional)");
        plot.ShowLegend(Alignment.UpperLeft);
        return ReportPlots.Save(plot, dir, "perp-tiers.png");
    }

    /// <summary>The liquidity vault's LP assets (% of starting capital) through each replay, recommended tiers, book as given and mirrored.</summary>
    public static string Vault(PerpAnalysisResult perps, string dir)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var windows = perps.Replays.Select(r => r.Window.Name).Distinct().ToList();
        foreach (var r in perps.Replays.Where(r => r.Tiers == "recommended"))
        {
            var color = palette.GetColor(windows.IndexOf(r.Window.Name));
            var x = Enumerable.Range(0, r.VaultValue.Count).Select(d => (double)d).ToArray();
            ReportPlots.Line(plot, x, r.VaultValue.Select(v => v / perps.Book.VaultCapital * 100).ToArray(), color,
                $"{r.Window.Name}{(r.Mirrored ? " mirrored" : "")}: max drawdown {r.MaxDrawdown / perps.Book.VaultCapital:P1}", r.Mirrored ? LinePattern.DenselyDashed : LinePattern.Solid);
        }
        plot.Add.HorizontalLine(100, 1, Colors.Gray, LinePattern.Dotted);
        plot.Title($"Liquidity vault in the replays (recommended tiers; {perps.Book.VaultCapital / 1e6:0.#}M USD at the start; dashed = sides flipped)");
        plot.XLabel("day of the window");
        plot.YLabel("vault LP assets (% of start)");
        plot.ShowLegend(Alignment.LowerLeft);
        return ReportPlots.Save(plot, dir, "perp-vault.png");
    }
}
