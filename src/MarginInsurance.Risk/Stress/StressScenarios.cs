using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Portfolio;

namespace MarginInsurance.Risk.Stress;

/// <summary>A named instantaneous price move per asset (simple returns, -0.3 = -30%).</summary>
/// <param name="Name">Scenario label.</param>
/// <param name="Moves">Simple return per asset, book order.</param>
public sealed record StressScenario(string Name, double[] Moves);

/// <summary>A stress outcome.</summary>
/// <param name="Scenario">Scenario label.</param>
/// <param name="Outcome">Liquidations, volume, bad debt.</param>
/// <param name="LiquidatedAccountIds">Ids of accounts that fell below health 1 (first 20).</param>
public sealed record StressResult(string Scenario, ShockOutcome Outcome, IReadOnlyList<string> LiquidatedAccountIds);

/// <summary>A real historical window to replay.</summary>
/// <param name="Name">Label.</param>
/// <param name="Start">First day (its close is the reference price).</param>
/// <param name="End">Last day.</param>
public sealed record HistoricalWindow(string Name, DateOnly Start, DateOnly End);

/// <summary>SPAN-like grid and historical replays.</summary>
public static class StressScenarios
{
    /// <summary>The worst windows the issue names: March 2020, May 2021, May 2022 (Terra), June 2022, November 2022 (FTX).</summary>
    public static IReadOnlyList<HistoricalWindow> NamedWindows { get; } =
    [
        new("Mar 2020 (COVID)", new DateOnly(2020, 3, 5), new DateOnly(2020, 3, 16)),
        new("May 2021 (China ban)", new DateOnly(2021, 5, 11), new DateOnly(2021, 5, 23)),
        new("May 2022 (Terra)", new DateOnly(2022, 5, 4), new DateOnly(2022, 5, 18)),
        new("Jun 2022 (3AC/Celsius)", new DateOnly(2022, 6, 8), new DateOnly(2022, 6, 18)),
        new("Nov 2022 (FTX)", new DateOnly(2022, 11, 5), new DateOnly(2022, 11, 21)),
    ];

    /// <summary>Grid levels: -50%, -45%, ..., +50% (step 5%, zero excluded).</summary>
    public static IReadOnlyList<double> GridLevels { get; } =
        Enumerable.Range(-10, 21).Where(i => i != 0).Select(i => i * 0.05).ToArray();

    /// <summary>
    /// Runs the grid: for each level, each asset moved alone (others flat) and all assets together (correlation 1).
    /// Returns BadDebt[level, column] with columns = assets then "ALL", and the full results.
    /// </summary>
    public static (double[,] BadDebt, IReadOnlyList<StressResult> Results) Grid(BookEvaluator evaluator)
    {
        var assets = evaluator.Book.Assets;
        var d = assets.Count;
        var levels = GridLevels;
        var grid = new double[levels.Count, d + 1];
        var results = new List<StressResult>();
        for (var l = 0; l < levels.Count; l++)
        for (var c = 0; c <= d; c++)
        {
            var moves = new double[d];
            for (var a = 0; a < d; a++) moves[a] = c == d || c == a ? levels[l] : 0;
            var name = $"{(c == d ? "ALL" : assets[c])} {levels[l]:+0%;-0%}";
            var result = Run(evaluator, new StressScenario(name, moves));
            grid[l, c] = result.Outcome.BadDebt;
            results.Add(result);
        }
        return (grid, results);
    }

    /// <summary>
    /// The liquidity stress of the grid: at each down level every asset moves together (the grid's ALL column) and the
    /// accounts below health 1 are liquidated on <paramref name="thinTerms"/>, the slippage of depth down 80 %.
    /// </summary>
    public static IReadOnlyList<StressResult> Liquidity(BookEvaluator evaluator, LiquidationTerms thinTerms)
    {
        var thin = new BookEvaluator(evaluator.Book, evaluator.Prices, evaluator.LiquidationThresholds, thinTerms);
        var d = evaluator.Book.Assets.Count;
        return GridLevels.Where(l => l < 0)
            .Select(l => Run(thin, new StressScenario($"ALL {l:+0%;-0%}, depth -80%", Enumerable.Repeat(l, d).ToArray())))
            .ToList();
    }

    /// <summary>Applies one instantaneous scenario.</summary>
    public static StressResult Run(BookEvaluator evaluator, StressScenario scenario)
    {
        var flags = new bool[evaluator.Book.Count];
        var relatives = scenario.Moves.Select(m => 1 + m).ToArray();
        var outcome = evaluator.Apply(relatives, flags);
        var ids = Enumerable.Range(0, flags.Length).Where(k => flags[k]).Take(20).Select(k => evaluator.Book.Ids[k]).ToList();
        return new StressResult(scenario.Name, outcome, ids);
    }

    /// <summary>
    /// Replays a real window day by day: each asset's price follows its own path P(t)/P(start); an account is liquidated on the first day
    /// its health is below 1, at that day's prices. An asset without data in the window follows the worst available asset's path (stated proxy).
    /// </summary>
    public static StressResult Replay(BookEvaluator evaluator, IReadOnlyList<PriceSeries> prices, HistoricalWindow window)
    {
        var assets = evaluator.Book.Assets;
        var series = assets.Select(a => prices.Single(p => p.Asset == a)).ToArray();
        var days = Enumerable.Range(0, window.End.DayNumber - window.Start.DayNumber + 1).Select(i => window.Start.AddDays(i)).ToArray();
        var paths = new double[]?[assets.Count];
        for (var a = 0; a < assets.Count; a++)
        {
            var p0 = series[a].PriceOn(window.Start);
            if (p0 is null) continue;
            var path = new double[days.Length];
            var last = p0.Value;
            for (var t = 0; t < days.Length; t++)
            {
                last = series[a].PriceOn(days[t]) ?? last; // a missing day inside a window keeps the last close
                path[t] = last / p0.Value;
            }
            paths[a] = path;
        }
        var available = paths.Where(p => p is not null).Select(p => p!).ToArray();
        if (available.Length == 0) throw new InvalidOperationException($"no asset has data on {window.Start:yyyy-MM-dd} for replay '{window.Name}'");
        var worst = available.OrderBy(p => p.Min()).First();
        for (var a = 0; a < paths.Length; a++) paths[a] ??= worst;

        var done = new bool[evaluator.Book.Count];
        int liquidated = 0;
        double volume = 0, bad = 0;
        var ids = new List<string>();
        var flags = new bool[evaluator.Book.Count];
        for (var t = 0; t < days.Length; t++)
        {
            var relatives = paths.Select(p => p![t]).ToArray();
            evaluator.Apply(relatives, flags);
            for (var k = 0; k < flags.Length; k++)
            {
                if (!flags[k] || done[k]) continue;
                done[k] = true;
                var value = 0.0;
                for (var a = 0; a < assets.Count; a++) value += evaluator.Book.Units[a][k] * relatives[a] * evaluator.Prices[a];
                var (_, seized, badDebt) = evaluator.Terms.Liquidate(value, evaluator.Book.Debt[k]);
                liquidated++;
                volume += seized;
                bad += badDebt;
                if (ids.Count < 20) ids.Add(evaluator.Book.Ids[k]);
            }
        }
        return new StressResult(window.Name, new ShockOutcome(liquidated, volume, bad), ids);
    }
}
