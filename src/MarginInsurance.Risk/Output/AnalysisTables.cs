using System.Globalization;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Stress;
using MarginInsurance.Risk.Surfaces;

namespace MarginInsurance.Risk.Output;

/// <summary>Tables of the full analysis (stress, insurance) and of implied-volatility surfaces.</summary>
public static class AnalysisTables
{
    /// <summary>Replays, worst grid scenarios and Monte Carlo shocks, with the margin calls said aloud.</summary>
    public static ResultTable Stress(RiskAnalysisResult r)
    {
        var columns = new ResultColumn[]
        {
            new("scenario", "Scenario", ColumnUnit.Text), new("accounts_below_health_1", "Accounts below health 1", ColumnUnit.Count),
            new("liquidation_volume_usd", "Liquidation volume USD", ColumnUnit.Usd), new("bad_debt_usd", "Bad debt USD", ColumnUnit.Usd),
            new("bad_debt_999_usd", "99.9% bad debt USD (MC)", ColumnUnit.Usd),
        };
        // the liquidity stress beside the grid: ALL at the three deepest levels with depth -80 %, each after its row at
        // measured depth (unless that row is already among the worst grid moves)
        var worst = r.StressResults.OrderByDescending(x => x.Outcome.BadDebt).Take(5).ToList();
        var deepest = StressScenarios.GridLevels.Where(l => l < 0).Order().Take(3).ToList();
        var liquidity = deepest.SelectMany(l => new[]
        {
            r.StressResults.Single(x => x.Scenario == AllName(l)),
            r.LiquidityStress.Single(x => x.Scenario == $"{AllName(l)}, depth -80%"),
        }).Where(x => !worst.Contains(x));
        var rows = r.Replays.Concat(worst).Concat(liquidity)
            .Select(x => new object?[] { x.Scenario, x.Outcome.Liquidated, x.Outcome.LiquidationVolume, x.Outcome.BadDebt, null })
            .Concat(r.MonteCarloStresses.Select(x => new object?[] { $"MC {x.Name} (expected)", null, null, x.ExpectedBadDebt.Value, x.BadDebt999.Value }))
            .ToList();
        var notes = new List<string>
        {
            Inv($"{r.Book.Count:N0} accounts ({(r.Options.Accounts is null ? $"synthetic book, seed {r.Options.Seed}" : "from --accounts")}), total debt {r.Book.TotalDebt:N0} USD; Monte Carlo {r.Options.Scenarios:N0} scenarios, seed {r.Options.Seed}."),
            Inv($"Margin calls (health < 1 after a one-day ES move): {r.MarginCalls.Count:N0} accounts; worst: {string.Join(", ", r.MarginCalls.Take(5).Select(c => $"{c.AccountId} {c.Health:0.000}→{c.StressedHealth:0.000}"))}"),
        };
        notes.AddRange(r.Assets.Select(a => $"{a.Asset}: {a.Sigma.Label}"));
        notes.Add(Inv($"Liquidity stress (depth down 80 %): the book liquidated at {r.LiquidityTerms.SlippageBps:0.##} bps average slippage instead of {r.Terms.SlippageBps:0.##} bps (bonus {r.Terms.BonusBps:0.##} bps); rows 'ALL -x%, depth -80%'."));
        notes.AddRange(r.Assets.Where(a => a.Liquidity is not null).Select(a => RiskTables.SlippageNote(a.Asset, a.Liquidity!, a.Depth)));
        return new ResultTable("stress", "Stress: replays, worst grid moves, liquidity stress, Monte Carlo volatility/correlation shocks", columns, rows, notes);
    }

    /// <summary>The grid's name of the ALL column at a level (as <see cref="StressScenarios.Grid"/> writes it).</summary>
    private static string AllName(double level) => $"ALL {level:+0%;-0%}";

    /// <summary>Each analysed asset as the tables see it.</summary>
    public static IReadOnlyList<AssetInput> Inputs(RiskAnalysisResult r) =>
        r.Assets.Select((a, i) => new AssetInput(r.Options.Prices[i], a.Returns, a.Sigma)).ToList();

    /// <summary>The backtest tables of the analysis.</summary>
    public static IReadOnlyList<ResultTable> Backtest(RiskAnalysisResult r) =>
        RiskTables.Backtest(r.Assets.Select(a => new AssetBacktest(a.Asset, a.Backtests, a.BacktestShortfall, a.Sigma)).ToList(), r.Options.EffectiveSettings,
            r.Options.BacktestFrom ?? RiskAnalysis.DefaultBacktestFrom, r.Options.BacktestTo ?? RiskAnalysis.DefaultBacktestTo, []);

    /// <summary>The recommendation table of the analysis; <paramref name="inputsSource"/> says where each asset's inputs came from.</summary>
    public static ResultTable Recommend(RiskAnalysisResult r, IReadOnlyDictionary<string, string> inputsSource) =>
        RiskTables.Recommend(r.Assets.Select(a => new RecommendationRow(a.Recommendation, a.Sigma, inputsSource.GetValueOrDefault(a.Asset, "options given in code"),
                a.Liquidity ?? LiquidationCost.Stress(a.Recommendation, a.Depth, r.Options.EffectivePolicy, r.Options.EffectiveBounds), a.Depth)).ToList(),
            r.Options.EffectivePolicy, r.Options.EffectiveBounds);

    /// <summary>The GARCH table of the analysis (fitted there for assets with at least 500 returns).</summary>
    public static ResultTable Garch(RiskAnalysisResult r) =>
        RiskTables.Garch(r.Assets.Select(a => (a.Asset, a.Garch, a.Garch is null ? "not fitted (fewer than 500 returns or fit failed)" : null)).ToList());

    /// <summary>Insurance adequacy under current and recommended margins.</summary>
    public static ResultTable Insurance(RiskAnalysisResult r)
    {
        var columns = new ResultColumn[]
        {
            new("margins", "Margins", ColumnUnit.Text), new("pool_usd", "Pool USD", ColumnUnit.Usd),
            new("p_pool_covers_day", "P(pool covers day)", ColumnUnit.Probability), new("p_pool_covers_day_se", "± SE", ColumnUnit.Probability),
            new("expected_bad_debt_usd", "E[bad debt] USD", ColumnUnit.Usd), new("expected_bad_debt_se_usd", "± SE", ColumnUnit.Usd),
            new("pool_for_99_usd", "Pool for 99% USD", ColumnUnit.Usd), new("pool_for_999_usd", "Pool for 99.9% USD", ColumnUnit.Usd),
        };
        var runs = new List<(string, Insurance.InsuranceAdequacyResult)> { ("current", r.Insurance), ("recommended", r.InsuranceRecommended) };
        if (r.Perps.Insurance is { } withPerps) runs.Add(("current + perps (current tiers)", withPerps));
        if (r.Perps.InsuranceRecommended is { } withPerpsRec) runs.Add(("recommended + perps (recommended tiers)", withPerpsRec));
        var rows = runs
            .Select(x => new object?[]
            {
                x.Item1, x.Item2.PoolSize, x.Item2.ProbabilityPoolCovers.Value, x.Item2.ProbabilityPoolCovers.StandardError,
                x.Item2.ExpectedBadDebt.Value, x.Item2.ExpectedBadDebt.StandardError, x.Item2.PoolFor99.Value, x.Item2.PoolFor999.Value,
            }).ToList();
        return new ResultTable("insurance", Inv($"Insurance adequacy ({r.Insurance.Scenarios:N0} one-day scenarios, {r.Book.Count:N0} accounts)"), columns, rows,
            [
                r.Options.PoolSize is null ? Inv($"Pool: default 1% of total debt = {r.Insurance.PoolSize:N0} USD (set --pool-usd).") : Inv($"Pool: {r.Insurance.PoolSize:N0} USD from --pool-usd."),
                Inv($"'+ perps': the same days, adding the negative equity of the perp book ({r.Perps.Book.Positions.Count:N0} positions, docs/risk.md §12) opened at today's prices, one pool for both (docs/risk.md §12)."),
            ]);
    }

    /// <summary>Fitted SVI slices of each surface (parameters in total variance), fit error and repairs.</summary>
    public static ResultTable SurfaceSlices(IReadOnlyList<VolSurface> surfaces)
    {
        var columns = new ResultColumn[]
        {
            new("asset", "Asset", ColumnUnit.Text), new("date", "Date", ColumnUnit.Date), new("expiry", "Expiry", ColumnUnit.Date),
            new("years", "T (years)", ColumnUnit.Number), new("a", "a", ColumnUnit.Number), new("b", "b", ColumnUnit.Number),
            new("rho", "ρ", ColumnUnit.Number), new("m", "m", ColumnUnit.Number), new("sigma", "σ", ColumnUnit.Number),
            new("atm_vol_annual_fraction", "ATM vol (annual)", ColumnUnit.AnnualVolatility),
            new("rmse_vol_annual_fraction", "Fit RMSE (annual vol)", ColumnUnit.AnnualVolatility), new("quotes", "Quotes", ColumnUnit.Count),
            new("repaired", "Repaired", ColumnUnit.Text),
        };
        var rows = surfaces.SelectMany(s => s.Slices.Select(x => new object?[]
        {
            s.Asset, s.Date, x.Expiry, x.Years, x.Svi.A, x.Svi.B, x.Svi.Rho, x.Svi.M, x.Svi.Sigma, x.Svi.ImpliedVolatility(0, x.Years),
            x.RmseVolatility, x.Quotes.Count, x.Repaired ? "yes" : "no",
        })).ToList();
        var notes = new List<string>
        {
            "Raw SVI per expiry: w(k) = a + b(ρ(k − m) + √((k − m)² + σ²)), w = total implied variance σ_imp²·T, k = ln(K/F), T = days/365. Checked for butterfly (g(k) ≥ 0, Lee's bound) and calendar (w non-decreasing in T) arbitrage on k ∈ [−3, 3].",
        };
        notes.AddRange(surfaces.Select(s => $"{s.Asset}: {s.Source}"));
        notes.AddRange(surfaces.SelectMany(s => s.Repairs.Select(x => $"{s.Asset} REPAIRED: {x}")));
        return new ResultTable("surface", "Implied-volatility surface: SVI fit per expiry", columns, rows, notes);
    }

    /// <summary>ATM term structure and downside wing at the liquidation horizon.</summary>
    public static ResultTable SurfaceHorizon(IReadOnlyList<VolSurface> surfaces, double horizonDays, double confidence)
    {
        var columns = new ResultColumn[]
        {
            new("asset", "Asset", ColumnUnit.Text), new("horizon_days", "Horizon days", ColumnUnit.Number),
            new("atm_vol_annual_fraction", "ATM vol at horizon (annual)", ColumnUnit.AnnualVolatility),
            new("atm_sigma_daily", "ATM σ (daily)", ColumnUnit.DailyVolatility),
            new("wing_log_moneyness", "Wing k*", ColumnUnit.Number), new("wing_vol_annual_fraction", "Wing vol (annual)", ColumnUnit.AnnualVolatility),
            new("wing_ratio", "Wing / ATM", ColumnUnit.Number),
        };
        var rows = surfaces.Select(s =>
        {
            var w = s.Wing(horizonDays, confidence);
            return new object?[] { s.Asset, horizonDays, w.AtmVolatility, s.HorizonDailyVolatility(horizonDays), w.LogMoneyness, w.WingVolatility, w.Ratio };
        }).ToList();
        return new ResultTable("surface_horizon", "ATM term structure at the liquidation horizon and downside wing", columns, rows,
            [Inv($"ATM total variance interpolated linearly in T between expiries (flat vol outside); wing = implied vol at the {confidence:P1} down move k* = −z·σ_ATM·√T; the stress test scales each asset's volatility by wing/ATM.")]);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
