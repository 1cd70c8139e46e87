using System.Globalization;
using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Statistics;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Output;

/// <summary>One asset as the commands see it: its prices, returns under the gap rule, and the σ every forecast uses.</summary>
/// <param name="Prices">Prices as read.</param>
/// <param name="Returns">Returns under the gap policy.</param>
/// <param name="Sigma">The combined σ for the day after the last return.</param>
public sealed record AssetInput(PriceSeries Prices, ReturnSeries Returns, SigmaUsed Sigma);

/// <summary>A backtested asset: results, or why there are none.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="Results">One per model (empty when skipped).</param>
/// <param name="Shortfall">"not enough history (needs N, has M)…", or null.</param>
/// <param name="Sigma">σ rule used on each forecast day (as of the last return).</param>
public sealed record AssetBacktest(string Asset, IReadOnlyList<BacktestResult> Results, string? Shortfall, SigmaUsed Sigma);

/// <summary>A recommendation with the σ and the inputs it used.</summary>
/// <param name="Recommendation">Recommendation.</param>
/// <param name="Sigma">σ used.</param>
/// <param name="InputsSource">Where the margin inputs came from (command line, shipped defaults).</param>
/// <param name="Liquidity">The same recommendation with depth down 80 % (the liquidity stress).</param>
/// <param name="Depth">The depth curve the slippage was read from, or null (fixed slippage).</param>
public sealed record RecommendationRow(MarginRecommendation Recommendation, SigmaUsed Sigma, string InputsSource, LiquidityStressResult Liquidity, LiquidationDepth? Depth = null);

/// <summary>Builds the tables of the risk commands (the CLI renders them as tables, JSON or CSV).</summary>
public static class RiskTables
{
    /// <summary>Level label for keys and headers: 0.99 → "99", 0.975 → "97.5".</summary>
    public static string Level(double confidence) => (confidence * 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Key(double confidence) => Level(confidence).Replace('.', '_');

    /// <summary>Data note of an asset: range, as-of date, and every gap with what the rule did to it.</summary>
    public static string DataNote(AssetInput a)
    {
        var p = a.Prices;
        var gaps = p.Gaps.Count == 0
            ? "no gaps"
            : $"{p.Gaps.Count} gap(s) {(a.Returns.Policy == GapPolicy.Drop ? "dropped (returns spanning them excluded)" : a.Returns.Policy == GapPolicy.Interpolate ? "filled geometrically" : "refused")}: {string.Join(", ", p.Gaps)}";
        return Inv($"{p.Asset}: prices {p.Dates[0]:yyyy-MM-dd}..{p.Dates[^1]:yyyy-MM-dd} ({p.Source}), {a.Returns.Count} daily returns (last {a.Returns.Dates[^1]:yyyy-MM-dd}), as of {p.Dates[^1]:yyyy-MM-dd}; gap rule {a.Returns.Policy.ToString().ToLowerInvariant()}: {gaps}");
    }

    /// <summary>Tomorrow's one-day VaR and ES at both levels for every model (fraction of value), with the σ used.</summary>
    public static ResultTable Var(IReadOnlyList<AssetInput> assets, RiskEngineSettings settings)
    {
        var levels = new[] { settings.VarConfidence, settings.EsConfidence }.Distinct().OrderByDescending(x => x).ToArray();
        var columns = new List<ResultColumn> { new("asset", "Asset", ColumnUnit.Text), new("model", "Model", ColumnUnit.Text) };
        foreach (var l in levels)
        {
            columns.Add(new($"var_{Key(l)}_fraction", $"VaR {Level(l)}%", ColumnUnit.Fraction));
            columns.Add(new($"es_{Key(l)}_fraction", $"ES {Level(l)}%", ColumnUnit.Fraction));
        }
        columns.Add(new("sigma_daily", "σ used (daily)", ColumnUnit.DailyVolatility));
        columns.Add(new("as_of", "As of", ColumnUnit.Date));
        columns.Add(new("note", "Note", ColumnUnit.Text));
        var rows = new List<object?[]>();
        var notes = new List<string>
        {
            "VaR and ES are losses as a fraction of position value (1 − e^−L of the log loss L); both levels are shown for both measures, so ES is always compared with the VaR of the same level.",
            Inv($"Window: last {settings.MaxWindow} returns (at least {settings.MinHistory}); EWMA λ {settings.EwmaLambda}."),
        };
        foreach (var a in assets)
        {
            notes.Add(DataNote(a));
            notes.Add($"{a.Returns.Asset}: {a.Sigma.Label}");
            if (a.Returns.Count < settings.MinHistory)
            {
                var row = new object?[columns.Count];
                row[0] = a.Returns.Asset;
                row[1] = "-";
                row[^2] = a.Sigma.AsOf;
                row[^1] = Inv($"not enough history (needs {settings.MinHistory}, has {a.Returns.Count})");
                rows.Add(row);
                continue;
            }
            var input = settings.LatestInput(a.Returns.Values) with { NextSigma = a.Sigma.Combined };
            foreach (var model in VarModels.All)
            {
                var row = new List<object?> { a.Returns.Asset, model.Name };
                var note = new List<string>();
                foreach (var l in levels)
                {
                    var f = model.Forecast(input, l);
                    row.Add(Horizon.LogLossToFraction(f.Var));
                    row.Add(Horizon.LogLossToFraction(f.Es));
                    if (model is CornishFisherEwmaModel && CornishFisherEwmaModel.FallsBack(input, l)) note.Add($"{Level(l)}%: {CornishFisherEwmaModel.FallbackNote}");
                }
                row.Add(a.Sigma.Combined);
                row.Add(a.Sigma.AsOf);
                row.Add(note.Count == 0 ? null : string.Join("; ", note));
                rows.Add(row.ToArray());
            }
        }
        return new ResultTable("var", "One-day VaR / ES for the day after the as-of date (fraction of value)", columns, rows, notes);
    }

    /// <summary>GARCH(1,1) fits with the persistence α+β and a warning at ≥ 0.99 (informative; margin uses the σ rule).</summary>
    public static ResultTable Garch(IReadOnlyList<(string Asset, Garch11? Fit, string? Problem)> fits)
    {
        var columns = new ResultColumn[]
        {
            new("asset", "Asset", ColumnUnit.Text), new("omega", "ω", ColumnUnit.Number), new("alpha", "α", ColumnUnit.Number),
            new("beta", "β", ColumnUnit.Number), new("persistence", "α+β", ColumnUnit.Number),
            new("long_run_sigma_daily", "Long-run σ (daily)", ColumnUnit.DailyVolatility), new("warning", "Warning", ColumnUnit.Text),
        };
        var rows = fits.Select(f => f.Fit is { } g
            ? new object?[] { f.Asset, g.Omega, g.Alpha, g.Beta, g.Persistence, g.Persistence < 1 ? Math.Sqrt(g.LongRunVariance) : double.NaN, g.PersistenceWarning }
            : new object?[] { f.Asset, null, null, null, null, null, f.Problem }).ToList();
        var notes = fits.Where(f => f.Fit?.PersistenceWarning is not null).Select(f => $"WARNING {f.Asset}: {f.Fit!.PersistenceWarning}").ToList();
        return new ResultTable("garch", "GARCH(1,1) maximum-likelihood fits (informative; margin uses the σ rule)", columns, rows, notes);
    }

    /// <summary>Fits GARCH(1,1) where there are at least 100 returns.</summary>
    public static (string Asset, Garch11? Fit, string? Problem) FitGarch(ReturnSeries returns)
    {
        if (returns.Count < 100) return (returns.Asset, null, Inv($"not enough history (needs 100, has {returns.Count})"));
        try { return (returns.Asset, Garch11.Fit(returns.Values), null); }
        catch (ArithmeticException e) { return (returns.Asset, null, $"fit failed: {e.Message}"); }
    }

    /// <summary>Backtest table: exceptions, Kupiec, Christoffersen, conditional coverage, zone, worst day; skipped assets said aloud.</summary>
    public static IReadOnlyList<ResultTable> Backtest(IReadOnlyList<AssetBacktest> assets, RiskEngineSettings settings, DateOnly from, DateOnly to, IReadOnlyList<string> dataNotes)
    {
        var columns = new ResultColumn[]
        {
            new("asset", "Asset", ColumnUnit.Text), new("model", "Model", ColumnUnit.Text),
            new("first_day", "First day", ColumnUnit.Date), new("last_day", "Last day", ColumnUnit.Date, MachineOnly: true),
            new("days", "Days", ColumnUnit.Count), new("exceptions", "Exceptions", ColumnUnit.Count),
            new("expected_exceptions", "Expected", ColumnUnit.Number),
            new("kupiec_p", "Kupiec p", ColumnUnit.Probability), new("christoffersen_p", "Christoffersen p", ColumnUnit.Probability),
            new("conditional_coverage_p", "Cond. coverage p", ColumnUnit.Probability), new("zone", "Zone", ColumnUnit.Text),
            new("red_250d_window_share", "Red 250d windows", ColumnUnit.Fraction),
            new("worst_day", "Worst day", ColumnUnit.Date), new("worst_day_loss_fraction", "Worst day loss", ColumnUnit.Fraction),
            new("sigma", "σ rule", ColumnUnit.Text, MachineOnly: true),
        };
        var rows = new List<object?[]>();
        foreach (var a in assets)
        foreach (var r in a.Results)
        {
            var (worstDate, worst) = r.WorstDay;
            rows.Add([r.Asset, r.Model, r.Dates[0], r.Dates[^1], r.Observations, r.ExceptionCount, r.ExpectedExceptions,
                r.Kupiec.PValue, r.Christoffersen.PValue, r.ConditionalCoverage.PValue, r.Zone.ToString(), r.RollingZoneShares().Red,
                worstDate, Horizon.LogLossToFraction(-worst), SigmaRule(a.Sigma)]);
        }
        var level = assets.SelectMany(a => a.Results).Select(r => r.Confidence).DefaultIfEmpty(settings.VarConfidence).First();
        var notes = new List<string>
        {
            Inv($"Rolling one-day {Level(level)}% VaR, forecast days {from:yyyy-MM-dd}..{to:yyyy-MM-dd}; window: last {settings.MaxWindow} returns, at least {settings.MinHistory} before the first forecast; EWMA λ {settings.EwmaLambda}."),
            "Kupiec POF and Christoffersen independence are χ²(1) p-values, conditional coverage (LR_pof + LR_ind) χ²(2); zone = Basel traffic light on the whole period; worst day loss is a fraction of value.",
        };
        notes.AddRange(dataNotes);
        notes.AddRange(assets.Select(a => $"{a.Asset}: {a.Sigma.Label}"));
        notes.AddRange(assets.Where(a => a.Shortfall is not null).Select(a => $"{a.Asset} skipped: {a.Shortfall}"));
        var skipped = new ResultTable("backtest_skipped", "Assets not backtested",
            [new("asset", "Asset", ColumnUnit.Text), new("reason", "Reason", ColumnUnit.Text)],
            assets.Where(a => a.Shortfall is not null).Select(a => new object?[] { a.Asset, a.Shortfall }).ToList(), []);
        var table = new ResultTable("backtest", "VaR backtest (one-day, exceptions vs expected)", columns, rows, notes);
        return skipped.Rows.Count == 0 ? [table] : [table, skipped];
    }

    /// <summary>How the σ of the forecast days was made, for the backtest table.</summary>
    public static string SigmaRule(SigmaUsed s) => s.Implied is null && s.ImpliedNote == "no implied volatility given"
        ? "EWMA realized"
        : s.Rule.Combination == ImpliedVolatilityCombination.Max ? "max(EWMA, implied)" : Inv($"blend {s.Rule.BlendWeight:0.##}·implied");

    /// <summary>Margin recommendation: ES as a fraction of value (the log ES only in its labelled column), inputs and their source.</summary>
    public static ResultTable Recommend(IReadOnlyList<RecommendationRow> recs, MarginPolicy policy, AddOnBounds bounds)
    {
        var es = Level(policy.EsConfidence);
        var columns = new ResultColumn[]
        {
            new("asset", "Asset", ColumnUnit.Text), new("sigma_daily", "σ used (daily)", ColumnUnit.DailyVolatility), new("as_of", "As of", ColumnUnit.Date, MachineOnly: true),
            new("es_1d_fraction", $"ES {es}% 1d (of value)", ColumnUnit.Fraction),
            new("es_1d_log", $"ES {es}% 1d (log loss, in the formula)", ColumnUnit.LogLoss, MachineOnly: true),
            new("horizon_days", "Horizon days", ColumnUnit.Number, MachineOnly: true),
            new("haircut_fraction", "Haircut (of value)", ColumnUnit.Fraction), new("liquidity_multiplier", "Liquidity m", ColumnUnit.Number),
            new("bonus_bps", "Bonus bps", ColumnUnit.Bps), new("slippage_bps", "Slippage bps", ColumnUnit.Bps),
            new("safe_lt_bps", "Safe LT bps", ColumnUnit.Bps), new("base_lt_bps", "Base LT bps", ColumnUnit.Bps),
            new("current_addon_bps", "Current add-on bps", ColumnUnit.Bps), new("raw_addon_bps", "Raw add-on bps", ColumnUnit.Bps),
            new("recommended_addon_bps", "Recommended add-on bps", ColumnUnit.Bps), new("effective_lt_bps", "Effective LT bps", ColumnUnit.Bps),
            new("bound", "Bound", ColumnUnit.Text),
            new("depth80_slippage_bps", "Depth −80 %: slippage bps", ColumnUnit.Bps), new("depth80_safe_lt_bps", "Depth −80 %: safe LT bps", ColumnUnit.Bps),
            new("depth80_raw_addon_bps", "Depth −80 %: raw add-on bps", ColumnUnit.Bps),
            new("inputs", "Inputs from", ColumnUnit.Text),
        };
        var rows = recs.Select(x =>
        {
            var r = x.Recommendation;
            return new object?[]
            {
                r.Inputs.Asset, r.Volatility, x.Sigma.AsOf, Horizon.LogLossToFraction(r.OneDayEs), r.OneDayEs, policy.HorizonDays, r.Haircut,
                r.Inputs.LiquidityMultiplier, r.Inputs.BonusBps, r.Inputs.SlippageBps, r.MaxSafeLiquidationThresholdBps, r.Inputs.BaseLiquidationThresholdBps,
                r.Inputs.CurrentAddOnBps, r.RawAddOnBps, r.RecommendedAddOnBps, r.EffectiveLiquidationThresholdBps, r.Bound.ToString(),
                x.Liquidity.Stressed.Inputs.SlippageBps, x.Liquidity.Stressed.MaxSafeLiquidationThresholdBps, x.Liquidity.Stressed.RawAddOnBps, x.InputsSource,
            };
        }).ToList();
        var notes = new List<string>
        {
            Inv($"ES and haircut are fractions of position value; the formula uses the log-loss ES (es_1d_log in --format json/csv). Safe LT = (1 − h)(1 − slippage)/(1 + bonus), h = 1 − exp(−m·ES_log·√H), H = {policy.HorizonDays} days (the haircut, a fraction of value); add-on = base LT − safe LT clamped to [0, {bounds.MaxAddOnBps}] bps and ±{bounds.MaxStepBps} bps from the current add-on."),
        };
        notes.AddRange(recs.Select(x => $"{x.Recommendation.Inputs.Asset}: {x.Sigma.Label}"));
        notes.AddRange(recs.Select(x => SlippageNote(x.Recommendation.Inputs.Asset, x.Liquidity, x.Depth)));
        return new ResultTable("recommend", "Margin recommendation (add-on to the liquidation threshold)", columns, rows, notes);
    }

    /// <summary>Where an asset's slippage comes from and what depth down 80 % does to it.</summary>
    public static string SlippageNote(string asset, LiquidityStressResult liquidity, LiquidationDepth? depth) =>
        (depth is null
            ? Inv($"{asset}: slippage {liquidity.Measured.Inputs.SlippageBps:0.##} bps fixed (no depth curve: impact taken as proportional to size)")
            : Inv($"{asset}: slippage {liquidity.Measured.Inputs.SlippageBps:0.##} bps from {depth.Source}, read at a {depth.SaleValue:N0} sale"))
        + Inv($"; liquidity stress (depth −80 %): slippage {liquidity.Stressed.Inputs.SlippageBps:0.##} bps, safe LT {liquidity.Measured.MaxSafeLiquidationThresholdBps} → {liquidity.Stressed.MaxSafeLiquidationThresholdBps} bps, raw add-on {liquidity.Measured.RawAddOnBps} → {liquidity.Stressed.RawAddOnBps} bps.");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
