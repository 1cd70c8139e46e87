using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Stress;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Reporting;

/// <summary>Per-asset results.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="Returns">Daily log returns under the gap policy.</param>
/// <param name="Forecasts">Tomorrow's VaR (VaR confidence) and ES (ES confidence) by model.</param>
/// <param name="Backtests">Backtest of every model.</param>
/// <param name="Recommendation">Margin recommendation.</param>
/// <param name="Frontier">Margin frontier.</param>
/// <param name="Garch">GARCH(1,1) fit (null if it failed or too little data).</param>
/// <param name="Sigma">The σ used by every forecast of the asset, and why.</param>
/// <param name="BacktestShortfall">Why there is no backtest (not enough history), or null.</param>
/// <param name="Surface">Fitted implied-volatility surface, if one was given.</param>
/// <param name="Wing">Downside wing of the surface at the liquidation horizon (99%), if a surface was given.</param>
/// <param name="Liquidity">The recommendation at measured depth and with depth down 80 % (the liquidity stress).</param>
/// <param name="Depth">The depth curve the slippage was read from, or null (fixed slippage).</param>
public sealed record AssetAnalysis(
    string Asset,
    ReturnSeries Returns,
    IReadOnlyList<(string Model, RiskEstimate Var, RiskEstimate Es)> Forecasts,
    IReadOnlyList<BacktestResult> Backtests,
    MarginRecommendation Recommendation,
    IReadOnlyList<FrontierPoint> Frontier,
    Garch11? Garch,
    SigmaUsed Sigma,
    string? BacktestShortfall = null,
    VolSurface? Surface = null,
    DownsideWing? Wing = null,
    LiquidityStressResult? Liquidity = null,
    LiquidationDepth? Depth = null);

/// <summary>A Monte Carlo stress variant (vol shock, correlation 1).</summary>
/// <param name="Name">Label.</param>
/// <param name="ExpectedBadDebt">Mean bad debt.</param>
/// <param name="BadDebt99">99% quantile of bad debt.</param>
/// <param name="BadDebt999">99.9% quantile of bad debt.</param>
/// <param name="BookEs">ES of the book's collateral loss.</param>
public sealed record MonteCarloStress(string Name, McEstimate ExpectedBadDebt, McEstimate BadDebt99, McEstimate BadDebt999, double BookEs);

/// <summary>The whole analysis.</summary>
/// <param name="Options">Options used.</param>
/// <param name="Assets">Per-asset results.</param>
/// <param name="Aligned">Returns on common dates.</param>
/// <param name="Covariance">EWMA covariance forecast.</param>
/// <param name="Tail">Tail calibration of the Monte Carlo.</param>
/// <param name="Book">Account book.</param>
/// <param name="CurrentHealths">Health of each account under current LTs.</param>
/// <param name="BookRisk">Monte Carlo cross-margin VaR/ES of the aggregate collateral with ES contributions.</param>
/// <param name="BookRiskNormal">Parametric normal counterpart.</param>
/// <param name="IsolatedEsSum">Sum of stand-alone ES (no netting).</param>
/// <param name="StressGrid">Bad debt [level, asset column (+ALL)].</param>
/// <param name="StressResults">Every grid scenario.</param>
/// <param name="Replays">Historical replays.</param>
/// <param name="MonteCarloStresses">Vol shock and correlation stresses.</param>
/// <param name="MarginCalls">Accounts whose health would fall below 1 after their one-day ES move (current LTs).</param>
/// <param name="MarginCallScenarios">Scenarios used for the margin calls.</param>
/// <param name="Insurance">Insurance adequacy under current LTs.</param>
/// <param name="InsuranceRecommended">Insurance adequacy under recommended LTs.</param>
/// <param name="LiquidityStress">The liquidity stress of the grid: every asset down together at each down level, liquidated with depth down 80 %.</param>
/// <param name="Terms">Liquidation terms of the book at measured depth (average bonus and slippage of the assets).</param>
/// <param name="LiquidityTerms">The same terms with each asset's slippage at depth down 80 %.</param>
/// <param name="Perps">Perpetuals: recommended tiers per instrument and the liquidity vault in the replays.</param>
public sealed record RiskAnalysisResult(
    RiskAnalysisOptions Options,
    IReadOnlyList<AssetAnalysis> Assets,
    AlignedReturns Aligned,
    double[,] Covariance,
    TailCalibration Tail,
    AccountBook Book,
    double[] CurrentHealths,
    PortfolioRiskResult BookRisk,
    PortfolioRiskResult BookRiskNormal,
    double IsolatedEsSum,
    double[,] StressGrid,
    IReadOnlyList<StressResult> StressResults,
    IReadOnlyList<StressResult> Replays,
    IReadOnlyList<MonteCarloStress> MonteCarloStresses,
    IReadOnlyList<MarginCall> MarginCalls,
    int MarginCallScenarios,
    InsuranceAdequacyResult Insurance,
    InsuranceAdequacyResult InsuranceRecommended,
    IReadOnlyList<StressResult> LiquidityStress,
    LiquidationTerms Terms,
    LiquidationTerms LiquidityTerms,
    PerpAnalysisResult Perps);

/// <summary>Runs every part of the engine on a set of price series.</summary>
public static class RiskAnalysis
{
    /// <summary>First backtest day when none is given.</summary>
    public static DateOnly DefaultBacktestFrom { get; } = new(2018, 1, 1);

    /// <summary>Last backtest day when none is given.</summary>
    public static DateOnly DefaultBacktestTo { get; } = new(2024, 12, 31);

    /// <summary>Runs the analysis; <paramref name="progress"/> receives (stage, fraction).</summary>
    public static RiskAnalysisResult Run(RiskAnalysisOptions options, Action<string, double>? progress = null)
    {
        var settings = options.EffectiveSettings;
        var policy = options.EffectivePolicy;
        var bounds = options.EffectiveBounds;
        var from = options.BacktestFrom ?? DefaultBacktestFrom;
        var to = options.BacktestTo ?? DefaultBacktestTo;
        var rule = options.ImpliedRule ?? new ImpliedVolatilityRule();

        var assets = new List<AssetAnalysis>();
        for (var i = 0; i < options.Prices.Count; i++)
        {
            var prices = options.Prices[i];
            progress?.Invoke($"Backtesting {prices.Asset}", (double)i / options.Prices.Count);
            var returns = ReturnSeries.FromPrices(prices, options.Gaps);
            if (returns.Count < settings.MinHistory)
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{prices.Asset}: not enough history (needs {settings.MinHistory}, has {returns.Count} daily returns). Fix: give a longer series or lower the minimum history."));
            var input = settings.LatestInput(returns.Values);
            var implied = options.ImpliedFor(prices.Asset);
            var sigma = CombinedSigma.Latest(returns, settings, implied, rule, policy.HorizonDays, prices.Dates[^1]);
            double? combined = sigma.Combined;
            var forecastInput = input with { NextSigma = sigma.Combined };
            var forecasts = VarModels.All.Select(m => (m.Name, m.Forecast(forecastInput, settings.VarConfidence), m.Forecast(forecastInput, policy.EsConfidence))).ToList();
            var sigmas = CombinedSigma.Series(returns, EwmaVolatility.Forecasts(returns.Values, settings.EwmaLambda), implied, rule, policy.HorizonDays);
            var backtests = Backtester.Run(returns, VarModels.All, settings, from, to, forecastSigmas: sigmas);
            var shortfall = Backtester.HistoryShortfall(returns, settings, from, to);
            var surface = (implied as SurfaceImpliedVolatility)?.Surface;
            var wing = surface?.Wing(policy.HorizonDays, settings.VarConfidence);
            var depth = options.DepthFor(prices.Asset);
            var inputs = options.InputsWithDepth(prices.Asset);
            var recommendation = MarginRecommender.Recommend(returns.Values, inputs, policy, bounds, settings, combined);
            var liquidity = LiquidationCost.Stress(recommendation, depth, policy, bounds);
            var frontier = MarginFrontier.Compute(returns.Values, inputs, policy, settings, null, combined);
            Garch11? garch = null;
            try { garch = returns.Count >= 500 ? Garch11.Fit(returns.Values) : null; } catch (ArithmeticException) { garch = null; }
            assets.Add(new AssetAnalysis(prices.Asset, returns, forecasts, backtests, recommendation, frontier, garch, sigma, shortfall, surface, wing, liquidity, depth));
        }

        progress?.Invoke("Monte Carlo", 0);
        var names = assets.Select(a => a.Asset).ToList();
        var aligned = AlignedReturns.Create(assets.Select(a => a.Returns).ToList());
        var ewmaCovariance = EwmaVolatility.Covariance(aligned.Values, settings.EwmaLambda);
        var (_, correlation) = ScenarioGenerator.Decompose(ewmaCovariance);
        // volatilities: each asset's own EWMA forecast (full history), or its implied/realized combination; correlation from the common dates
        var covariance = ScenarioGenerator.CovarianceOf(assets.Select(a => a.Recommendation.Volatility).ToArray(), correlation);
        var pooledQuantile = assets.Average(a =>
            new FilteredHistoricalSimulationModel().Forecast(settings.LatestInput(a.Returns.Values) with { NextSigma = 1 }, settings.VarConfidence).Var);
        var tail = TailCalibration.Match(pooledQuantile, settings.VarConfidence);
        var scaled = Scale(covariance, tail.VolatilityScale * tail.VolatilityScale);
        var generator = new ScenarioGenerator(names, scaled, tail.DegreesOfFreedom);

        var lastPrices = options.Prices.Select(p => p.Prices[^1]).ToArray();
        var currentLt = assets.Select(a => a.Recommendation.CurrentLiquidationThresholdBps / 10_000.0).ToArray();
        var recommendedLt = assets.Select(a => a.Recommendation.EffectiveLiquidationThresholdBps / 10_000.0).ToArray();
        var book = options.Accounts ?? AccountBook.Synthetic(names, lastPrices, currentLt, options.SyntheticAccounts, options.Seed);
        var terms = new LiquidationTerms(assets.Average(a => a.Recommendation.Inputs.BonusBps), assets.Average(a => a.Recommendation.Inputs.SlippageBps));
        var current = new BookEvaluator(book, lastPrices, currentLt, terms);
        // Under the recommended margins the same traders sit at the same healths, so they can borrow less: the synthetic book is
        // rebuilt with the recommended LTs (same seed). A user-supplied book is kept as is (only who is liquidatable changes).
        var recommendedBook = options.Accounts ?? AccountBook.Synthetic(names, lastPrices, recommendedLt, options.SyntheticAccounts, options.Seed);
        var recommended = new BookEvaluator(recommendedBook, lastPrices, recommendedLt, terms);

        var exposure = current.AggregateExposure();
        var scenarios = generator.Generate(options.Scenarios, options.Seed);
        var bookRisk = PortfolioRisk.FromScenarios(exposure, scenarios, policy.EsConfidence);
        var bookNormal = PortfolioRisk.Normal(names, exposure, covariance, policy.EsConfidence);
        var isolated = PortfolioRisk.IsolatedEsSum(exposure, scenarios, policy.EsConfidence);

        progress?.Invoke("Margin calls", 0.15);
        var callScenarios = Math.Min(options.Scenarios, 20_000);
        var callSet = new ScenarioSet(names, callScenarios, scenarios.Values[..(callScenarios * names.Count)]);
        var marginCalls = MarginCalls.Find(current, callSet, policy.EsConfidence);

        progress?.Invoke("Stress tests", 0.2);
        var (grid, gridResults) = StressScenarios.Grid(current);
        var liquidityTerms = terms with { SlippageBps = assets.Average(a => a.Liquidity!.Stressed.Inputs.SlippageBps) };
        var liquidityStress = StressScenarios.Liquidity(current, liquidityTerms);
        var replays = StressScenarios.NamedWindows.Select(w => StressScenarios.Replay(current, options.Prices, w)).ToList();
        var pool = options.PoolSize ?? 0.01 * book.TotalDebt;
        var stressN = Math.Max(1000, options.Scenarios / 5);
        var mcStresses = new List<MonteCarloStress>();
        foreach (var (name, cov) in new[]
                 {
                     ("Fitted model", scaled),
                     ("Vol x1.5", Scale(scaled, 1.5 * 1.5)),
                     ("Vol x2", Scale(scaled, 4)),
                     ("Correlation -> 1", CorrelationOne(scaled)),
                     ("Vol x2 and correlation -> 1", Scale(CorrelationOne(scaled), 4)),
                 }.Concat(WingStress(assets, scaled)))
        {
            var g = new ScenarioGenerator(names, cov, tail.DegreesOfFreedom);
            var r = InsuranceAdequacy.Run(current, g, stressN, options.Seed, pool);
            var es = PortfolioRisk.FromScenarios(exposure, g.Generate(stressN, options.Seed), policy.EsConfidence).Risk.Es;
            mcStresses.Add(new MonteCarloStress(name, r.ExpectedBadDebt, r.PoolFor99, r.PoolFor999, es));
        }

        var insurance = InsuranceAdequacy.Run(current, generator, options.Scenarios, options.Seed, pool,
            new Progress<double>(f => progress?.Invoke("Insurance Monte Carlo (current margins)", 0.4 + 0.3 * f)));
        var insuranceRecommended = InsuranceAdequacy.Run(recommended, generator, options.Scenarios, options.Seed, pool,
            new Progress<double>(f => progress?.Invoke("Insurance Monte Carlo (recommended margins)", 0.7 + 0.3 * f)));
        progress?.Invoke("Perpetuals: tiers and liquidity-vault replays", 1);
        var perps = PerpAnalysis.Run(assets.Select(a => (a.Returns, a.Sigma.Combined, a.Recommendation.RecommendedAddOnBps)).ToList(), options.Prices,
            settings, bounds, options.PerpPolicy, options.PerpInputs, options.PerpBook, options.Seed);
        if (perps.Book.Positions.Count > 0)
        {
            // the same days with the perp book opened at today's prices: spot bad debt + perp negative equity, one pool
            var perpNow = new PerpGapLoss(perps.Book, perps.TierSet(false), perps.Penalties, names);
            var perpRecommended = new PerpGapLoss(perps.Book, perps.TierSet(true), perps.Penalties, names);
            perps = perps with
            {
                Insurance = InsuranceAdequacy.Run(current, generator, options.Scenarios, options.Seed, pool, perps: perpNow),
                InsuranceRecommended = InsuranceAdequacy.Run(recommended, generator, options.Scenarios, options.Seed, pool, perps: perpRecommended),
            };
        }

        progress?.Invoke("Done", 1);
        return new RiskAnalysisResult(options, assets, aligned, covariance, tail, book, current.Healths(), bookRisk, bookNormal, isolated,
            grid, gridResults, replays, mcStresses, marginCalls, callScenarios, insurance, insuranceRecommended, liquidityStress, terms, liquidityTerms, perps);
    }

    /// <summary>The implied downside-wing shock: each asset with a surface gets its volatility × σ_wing/σ_ATM (others unchanged).</summary>
    private static IEnumerable<(string, double[,])> WingStress(IReadOnlyList<AssetAnalysis> assets, double[,] covariance)
    {
        if (assets.All(a => a.Wing is null)) yield break;
        var factors = assets.Select(a => a.Wing is { } w ? Math.Max(1, w.Ratio) : 1.0).ToArray();
        var shocked = (double[,])covariance.Clone();
        for (var i = 0; i < factors.Length; i++)
        for (var j = 0; j < factors.Length; j++)
            shocked[i, j] *= factors[i] * factors[j];
        var names = string.Join(", ", assets.Where(a => a.Wing is not null).Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Asset} x{a.Wing!.Ratio:0.00}")));
        yield return ($"Implied downside wing ({names})", shocked);
    }

    private static double[,] Scale(double[,] m, double factor)
    {
        var r = (double[,])m.Clone();
        for (var i = 0; i < r.GetLength(0); i++)
        for (var j = 0; j < r.GetLength(1); j++)
            r[i, j] *= factor;
        return r;
    }

    private static double[,] CorrelationOne(double[,] covariance)
    {
        var (vols, _) = ScenarioGenerator.Decompose(covariance);
        var ones = new double[vols.Length, vols.Length];
        for (var i = 0; i < vols.Length; i++)
        for (var j = 0; j < vols.Length; j++)
            ones[i, j] = 1;
        return ScenarioGenerator.CovarianceOf(vols, ones);
    }
}
