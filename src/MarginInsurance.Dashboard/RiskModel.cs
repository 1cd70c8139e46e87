using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Volatility;
using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.Dashboard;

/// <summary>One asset's one-day VaR/ES from the shipped price history (computed once at start).</summary>
/// <param name="Symbol">Collateral symbol of the deployment.</param>
/// <param name="Series">Price series asset (ETH for WETH), or null.</param>
/// <param name="AsOf">Last date of the series.</param>
/// <param name="Observations">Returns in the model window.</param>
/// <param name="Volatility">Daily EWMA volatility forecast.</param>
/// <param name="Var99">99% VaR/ES.</param>
/// <param name="Var975">97.5% VaR/ES.</param>
/// <param name="Problem">Why there is no estimate.</param>
/// <param name="Sigma">The σ used, said aloud (the engine's one σ rule: which source, its as-of date).</param>
internal sealed record AssetRiskBase(
    string Symbol, string? Series, DateOnly? AsOf, int Observations, double Volatility,
    RiskEstimate? Var99, RiskEstimate? Var975, string? Problem, string? Sigma = null);

/// <summary>VaR/ES per collateral from data/prices with the engine's default margin model (filtered HS, EWMA).</summary>
internal static class RiskModel
{
    public static string ModelName => RiskEngineSettings.DefaultMarginModel.Name;

    public static IReadOnlyList<AssetRiskBase> Compute(DeploymentFile deployment, string? pricesFolder)
    {
        var folder = pricesFolder ?? RepositoryRoot.TryFindFolder(Path.Combine("data", "prices"));
        var settings = new RiskEngineSettings();
        var result = new List<AssetRiskBase>();
        foreach (var collateral in deployment.Collaterals)
        {
            if (folder is null)
            {
                result.Add(new AssetRiskBase(collateral.Symbol, null, null, 0, 0, null, null, "data/prices not found"));
                continue;
            }

            var candidates = AssetSeries.Candidates(collateral.Symbol);
            var file = candidates.Select(c => Path.Combine(folder, AssetSeries.FileName(c))).FirstOrDefault(File.Exists);
            if (file is null)
            {
                result.Add(new AssetRiskBase(collateral.Symbol, null, null, 0, 0, null, null, $"no {string.Join(" or ", candidates)}-USD.csv in {folder}"));
                continue;
            }

            try
            {
                var prices = PriceCsvReader.Read(file);
                var returns = ReturnSeries.FromPrices(prices, GapPolicy.Drop);
                if (returns.Count < settings.MinHistory)
                {
                    result.Add(new AssetRiskBase(collateral.Symbol, prices.Asset, prices.Dates[^1], returns.Count, 0, null, null,
                        string.Create(CultureInfo.InvariantCulture, $"{returns.Count} returns, {settings.MinHistory} needed")));
                    continue;
                }

                // the one σ rule of the risk engine (as the CLI and the keeper's risk loop); no implied source is configured here
                var sigma = CombinedSigma.Latest(returns, settings, null, null, new MarginPolicy().HorizonDays, prices.Dates[^1]);
                var input = settings.LatestInput(returns.Values) with { NextSigma = sigma.Combined };
                var model = RiskEngineSettings.DefaultMarginModel;
                result.Add(new AssetRiskBase(collateral.Symbol, prices.Asset, sigma.AsOf, input.Returns.Length, input.NextSigma,
                    model.Forecast(input, 0.99), model.Forecast(input, 0.975), null, sigma.Label));
            }
            catch (Exception ex) when (ex is PriceDataException or IOException or ArithmeticException or ArgumentException)
            {
                result.Add(new AssetRiskBase(collateral.Symbol, null, null, 0, 0, null, null, ex.Message));
            }
        }

        return result;
    }

    /// <summary>The panel row for an asset given its on-chain base LT, bonus, effective add-on and the add-on bounds.</summary>
    public static AssetRiskDto Row(AssetRiskBase b, int? baseLtBps, int? bonusBps, int? onChainAddOn, AddOnBounds bounds)
    {
        int? recommended = null, raw = null;
        string? bound = null;
        if (b.Var975 is { } es && baseLtBps is { } lt && onChainAddOn is { } current)
        {
            var defaults = DefaultMarginInputs.For(b.Series ?? b.Symbol);
            var inputs = defaults with { BaseLiquidationThresholdBps = lt, CurrentAddOnBps = current, BonusBps = bonusBps ?? defaults.BonusBps };
            var rec = MarginRecommender.FromEs(es.Es, b.Volatility, inputs, new MarginPolicy(), bounds);
            recommended = rec.RecommendedAddOnBps;
            raw = rec.RawAddOnBps;
            bound = rec.Bound.ToString();
        }

        return new AssetRiskDto(
            b.Symbol, b.Series, b.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.Observations, ModelName,
            b.Var99 is null ? null : b.Volatility,
            b.Var99?.Var, b.Var99?.Es, b.Var975?.Var, b.Var975?.Es,
            baseLtBps, onChainAddOn, recommended, raw, bound, b.Problem, b.Sigma);
    }
}
