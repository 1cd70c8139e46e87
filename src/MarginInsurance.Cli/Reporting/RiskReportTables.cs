using MarginInsurance.Sdk.Risk;
using Spectre.Console;

namespace MarginInsurance.Cli.Reporting;

/// <summary>The human form of a <see cref="RiskReport"/>: the same text as its JSON document, laid out in tables.</summary>
internal static class RiskReportTables
{
    public static void Write(RiskReport report, ScenarioView? whatIf)
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
        var d = RiskReportDocument.From(report);
        AnsiConsole.MarkupLine(Markup.Escape($"Account {d.Owner} sub {d.SubId} ({d.Margin} margin) at block {d.Block}, {d.At}"));
        var state = d.Liquidatable ? "[red]LIQUIDATABLE[/]" : "[green]healthy[/]";
        AnsiConsole.MarkupLine($"Health {d.Health} ({state})   utilization {d.Utilization}   debt {Markup.Escape(d.Debt)}   "
            + $"liquidation capacity {Markup.Escape(d.LiquidationCapacity)}   borrow capacity {Markup.Escape(d.BorrowCapacity)}");

        var collateral = new Table().Title("Collateral and liquidation prices (everything else held; one tick = one feed unit)");
        collateral.AddColumns("Asset", "Balance", "Price", "Value", "Liquidation price", "Change", "Health at / one tick above");
        foreach (var c in d.Collateral)
        {
            var lp = c.LiquidationPrice;
            var price = lp.Status switch { "price" => lp.Price!, "noDebt" => "none (no debt)", "none" => "none (no price liquidates)", _ => "any price (liquidatable now)" };
            collateral.AddRow(Esc(c.Symbol), Esc(c.Balance), Esc(c.Price), Esc(c.Value), Esc(price), Esc(lp.ChangeFromNow ?? "—"),
                Esc(lp.HealthAt is null ? "—" : $"{lp.HealthAt} / {lp.HealthOneTickAbove}"));
        }

        AnsiConsole.Write(collateral);

        var req = new Table().Title("Requirement per collateral");
        req.AddColumns("Asset", "LT", "BF", "Bracket", "Tier breaks", "Cut", "Add-on", "LT on last unit", "Counts for health", "Counts for borrowing", "Pending add-on");
        foreach (var c in d.Collateral)
        {
            var r = c.Requirement;
            var pending = r.Pending is { } p ? $"{p.AddOn} at {p.EffectiveAt}: health {p.HealthThen}, utilization {p.UtilizationThen}" : "none";
            req.AddRow(Esc(c.Symbol), r.LiquidationThreshold, r.BorrowFactor, r.Bracket.ToString(System.Globalization.CultureInfo.InvariantCulture), Esc(r.TierBreaks),
                r.BracketCut, r.AddOn, r.MarginalThreshold, Esc(r.LiquidationCapacity), Esc(r.BorrowCapacity), Esc(pending));
        }

        AnsiConsole.Write(req);

        var stress = new Table().Title("Now and under the stress grid (risk engine levels; liquidation outcome at those prices)");
        stress.AddColumns("Scenario", "Health", "Utilization", "Liquidations", "Repaid", "Seized", "Bonus", "Bad debt", "Insurance covers", "Lenders bear");
        ScenarioDocument[] first = [.. whatIf is null ? [] : new[] { RiskReportDocument.Scenario(whatIf, report.BaseSymbol) }, .. d.Now is null ? [] : new[] { d.Now }];
        foreach (var s in first.Concat(d.StressGrid))
        {
            var health = s.Liquidatable ? $"[red]{s.Health}[/]" : s.Health;
            stress.AddRow(Esc(s.Label), health, s.Utilization, s.Liquidations.ToString(System.Globalization.CultureInfo.InvariantCulture), Esc(s.Repaid),
                Esc(s.Seized.Count == 0 ? "—" : string.Join(", ", s.Seized)), Esc(s.Bonus), Esc(s.BadDebt), Esc(s.Covered), Esc(s.Socialized));
        }

        AnsiConsole.Write(stress);

        var history = new Table().Title("History (margin calls, liquidations, bad debt)");
        history.AddColumns("Block", "Time", "Kind", "What happened");
        foreach (var e in d.History)
            history.AddRow(e.Block.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At ?? "—", e.Kind, Esc(e.Description));
        if (d.History.Count == 0) history.AddRow("—", "—", "—", "nothing yet");
        AnsiConsole.Write(history);
    }

    private static string Esc(string text) => Markup.Escape(text);
}
