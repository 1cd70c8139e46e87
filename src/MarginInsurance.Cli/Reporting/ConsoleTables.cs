using System.Globalization;
using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Reporting;
using Spectre.Console;

namespace MarginInsurance.Cli.Reporting;

/// <summary>Spectre.Console tables for the risk commands.</summary>
internal static class ConsoleTables
{
    public static void Backtests(IReadOnlyList<BacktestResult> results)
    {
        var table = new Table().Title("VaR backtest (one-day, exceptions vs expected)");
        table.AddColumns("Asset", "Model", "Days", "Exceptions", "Expected", "Kupiec p", "Christoffersen p", "Zone", "Red 250d windows");
        foreach (var r in results)
        {
            var zone = r.Zone switch { TrafficLightZone.Green => "[green]Green[/]", TrafficLightZone.Yellow => "[yellow]Yellow[/]", _ => "[red]Red[/]" };
            table.AddRow(r.Asset, Markup.Escape(r.Model), I(r.Observations), I(r.ExceptionCount), F(r.ExpectedExceptions, "0.0"),
                F(r.Kupiec.PValue, "0.0000"), F(r.Christoffersen.PValue, "0.0000"), zone, F(r.RollingZoneShares().Red, "P1"));
        }
        AnsiConsole.Write(table);
    }

    public static void Recommendations(IReadOnlyList<MarginRecommendation> recs)
    {
        var table = new Table().Title("Margin recommendation (add-on to the liquidation threshold, bps)");
        table.AddColumns("Asset", "Daily vol", "ES 1d", "Haircut", "Safe LT", "Base LT", "Current add-on", "Raw add-on", "Recommended add-on", "Effective LT", "Bound");
        foreach (var r in recs)
            table.AddRow(r.Inputs.Asset, F(r.Volatility, "P2"), F(r.OneDayEs, "P2"), F(r.Haircut, "P2"), I(r.MaxSafeLiquidationThresholdBps),
                I(r.Inputs.BaseLiquidationThresholdBps), I(r.Inputs.CurrentAddOnBps), I(r.RawAddOnBps), I(r.RecommendedAddOnBps),
                I(r.EffectiveLiquidationThresholdBps), r.Bound.ToString());
        AnsiConsole.Write(table);
    }

    public static void Insurance(RiskAnalysisResult result)
    {
        var table = new Table().Title($"Insurance adequacy ({result.Insurance.Scenarios:N0} one-day scenarios, {result.Book.Count:N0} accounts)");
        table.AddColumns("Margins", "Pool USD", "P(pool covers day)", "E[[bad debt]] USD", "Pool for 99%", "Pool for 99.9%");
        foreach (var (name, r) in new[] { ("current", result.Insurance), ("recommended", result.InsuranceRecommended) })
            table.AddRow(name, F(r.PoolSize, "N0"), $"{r.ProbabilityPoolCovers.Value:P3} ± {r.ProbabilityPoolCovers.StandardError:P3}",
                $"{F(r.ExpectedBadDebt.Value, "N0")} ± {F(r.ExpectedBadDebt.StandardError, "N0")}",
                $"{F(r.PoolFor99.Value, "N0")} ± {F(r.PoolFor99.StandardError, "N0")}", $"{F(r.PoolFor999.Value, "N0")} ± {F(r.PoolFor999.StandardError, "N0")}");
        AnsiConsole.Write(table);
    }

    public static void Stress(RiskAnalysisResult result)
    {
        var table = new Table().Title($"Stress: {result.Book.Count:N0} accounts, total debt {result.Book.TotalDebt:N0} USD");
        table.AddColumns("Scenario", "Accounts below health 1", "Liquidation volume USD", "Bad debt USD");
        foreach (var x in result.Replays.Concat(result.StressResults.OrderByDescending(x => x.Outcome.BadDebt).Take(5)))
            table.AddRow(Markup.Escape(x.Scenario), I(x.Outcome.Liquidated), F(x.Outcome.LiquidationVolume, "N0"), F(x.Outcome.BadDebt, "N0"));
        foreach (var x in result.MonteCarloStresses)
            table.AddRow(Markup.Escape($"MC {x.Name}: E / 99.9% bad debt"), "", "", $"{F(x.ExpectedBadDebt.Value, "N0")} / {F(x.BadDebt999.Value, "N0")}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Margin calls (health < 1 after a one-day ES move): {result.MarginCalls.Count:N0} accounts; worst: {string.Join(", ", result.MarginCalls.Take(5).Select(c => $"{c.AccountId} {c.Health:0.000}→{c.StressedHealth:0.000}"))}");
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}
