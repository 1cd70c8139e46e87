using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Stress;

namespace MarginInsurance.Risk.Reporting;

/// <summary>Perpetuals part of the analysis: recommended tiers and the liquidity vault in the replays.</summary>
/// <param name="Policy">Tier policy used.</param>
/// <param name="Tiers">Recommended tier per instrument.</param>
/// <param name="Book">Book of positions replayed.</param>
/// <param name="Replays">Every window × tier set (current, recommended) × book (as given, mirrored).</param>
/// <param name="SpotAddOnBps">The spot recommendation's add-on of each asset (one add-on applies to the collateral and the market, §13.5).</param>
/// <param name="Insurance">Insurance adequacy of spot bad debt plus the perp book's negative equity, current margins and tiers (null until run).</param>
/// <param name="InsuranceRecommended">The same under the recommended margins and tiers.</param>
public sealed record PerpAnalysisResult(
    PerpTierPolicy Policy,
    IReadOnlyList<PerpTierRecommendation> Tiers,
    PerpBook Book,
    IReadOnlyList<PerpReplayResult> Replays,
    IReadOnlyDictionary<string, int> SpotAddOnBps,
    Insurance.InsuranceAdequacyResult? Insurance = null,
    Insurance.InsuranceAdequacyResult? InsuranceRecommended = null)
{
    /// <summary>Tier per market: the current ones or the recommended ones.</summary>
    public IReadOnlyDictionary<string, PerpTier> TierSet(bool recommended) =>
        Tiers.ToDictionary(t => t.Inputs.Asset, t => recommended ? t.Tier : t.Inputs.Current);

    /// <summary>Liquidation penalty per market, bps.</summary>
    public IReadOnlyDictionary<string, int> Penalties => Tiers.ToDictionary(t => t.Inputs.Asset, t => t.Inputs.LiquidationPenaltyBps);
}

/// <summary>Runs the perpetuals part on the analysed assets.</summary>
public static class PerpAnalysis
{
    /// <summary>
    /// Tiers for every analysed asset with perp inputs (given or shipped), then the replays of <see cref="StressScenarios.NamedWindows"/>
    /// on <paramref name="book"/> (default: the synthetic book restricted to markets with a tier).
    /// </summary>
    public static PerpAnalysisResult Run(IReadOnlyList<(ReturnSeries Returns, double Sigma, int SpotAddOnBps)> assets, IReadOnlyList<PriceSeries> prices,
        RiskEngineSettings settings, AddOnBounds bounds, PerpTierPolicy? policy = null, IReadOnlyDictionary<string, PerpInstrumentInputs>? inputs = null,
        PerpBook? book = null, ulong seed = 42)
    {
        policy ??= new PerpTierPolicy();
        var tiers = new List<PerpTierRecommendation>();
        foreach (var (returns, sigma, _) in assets)
        {
            var i = inputs is not null && inputs.TryGetValue(returns.Asset, out var given) ? given
                : DefaultPerpInputs.ByAsset.TryGetValue(returns.Asset, out var shipped) ? shipped : null;
            if (i is null) continue;
            var tail = PerpTailData.FromReturns(returns.Values, settings, policy.EsConfidence, sigma);
            tiers.Add(PerpTierRecommender.Recommend(tail, i, policy, bounds));
        }
        var listed = tiers.Select(t => t.Inputs.Asset).ToHashSet();
        var markets = PerpBook.DefaultMarkets.Where(m => listed.Contains(m.Asset)).ToList();
        book ??= markets.Count > 0 ? PerpBook.Synthetic(seed: seed, markets: markets)
            : new PerpBook([], 20e6, 2e6, 3000, "no position: none of the book's markets (ETH, BTC, LINK) was analysed");
        var missing = book.Positions.Select(p => p.Asset).Distinct().Where(a => !listed.Contains(a)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"the perp book has positions in {string.Join(", ", missing)} but no tier for them. Fix: add their prices to --data.");
        var result = new PerpAnalysisResult(policy, tiers, book, [], assets.ToDictionary(a => a.Returns.Asset, a => a.SpotAddOnBps));
        var penalty = result.Penalties;
        var sets = new[] { ("current", result.TierSet(false)), ("recommended", result.TierSet(true)) };
        var replays = new List<PerpReplayResult>();
        foreach (var window in book.Positions.Count == 0 ? [] : StressScenarios.NamedWindows)
        foreach (var (label, set) in sets)
        {
            replays.Add(PerpReplay.Run(book, set, penalty, prices, window, label));
            replays.Add(PerpReplay.Run(book.Mirrored(), set, penalty, prices, window, label, mirrored: true));
        }
        return result with { Replays = replays };
    }
}
