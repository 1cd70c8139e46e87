using System.Numerics;

namespace MarginInsurance.Core.Risk;

/// <summary>A move of one asset's feed answer: the shocked answer is ⌊answer × (BPS + MoveBps) / BPS⌋, at least 1.</summary>
/// <param name="Asset">Asset identifier.</param>
/// <param name="MoveBps">Simple return in bps (−1000 = −10%).</param>
public sealed record PriceShock(string Asset, int MoveBps);

/// <summary>The account under one set of shocks, all from the exact math.</summary>
/// <param name="Label">Scenario label, e.g. "WETH −10%" or "ALL −30%".</param>
/// <param name="Shocks">The moves applied (assets not named stay put).</param>
/// <param name="Answers">Feed answer per asset after the shocks, in input order.</param>
/// <param name="Snapshot">Debt, capacities, health and utilization at the shocked prices.</param>
/// <param name="OutsideOracleBounds">A shocked price lies outside the router's [minPrice, maxPrice]: the chain would revert rather than use it.</param>
/// <param name="Outcome">Liquidation sequence at the shocked prices (no liquidation when healthy).</param>
public sealed record WhatIfResult(
    string Label, IReadOnlyList<PriceShock> Shocks, IReadOnlyList<BigInteger> Answers, AccountSnapshot Snapshot, bool OutsideOracleBounds, LiquidationOutcome Outcome);

/// <summary>What-if analysis: given shocks per asset, and the risk engine's stress grid.</summary>
public static class WhatIf
{
    /// <summary>
    /// The risk engine's stress grid levels (MarginInsurance.Risk StressScenarios.GridLevels): −50% … +50% in 5% steps, zero excluded, in bps.
    /// </summary>
    public static IReadOnlyList<int> GridLevelsBps { get; } = Enumerable.Range(-10, 21).Where(i => i != 0).Select(i => i * 500).ToArray();

    /// <summary>Applies <paramref name="shocks"/> to <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">A shock names an asset the account does not hold, or moves below −100%.</exception>
    public static WhatIfResult Apply(AccountRiskInput input, IReadOnlyList<PriceShock> shocks, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(shocks);
        foreach (var s in shocks)
        {
            if (input.Collateral.All(c => !string.Equals(c.Asset, s.Asset, StringComparison.OrdinalIgnoreCase)))
                throw new ArgumentException($"shock on {s.Asset}: the account holds no such collateral", nameof(shocks));
            if (s.MoveBps < -10_000)
                throw new ArgumentException($"shock on {s.Asset}: {s.MoveBps} bps is below −100%", nameof(shocks));
        }

        var answers = input.Collateral.Select(c =>
        {
            var move = shocks.Where(s => string.Equals(s.Asset, c.Asset, StringComparison.OrdinalIgnoreCase)).Sum(s => (long)s.MoveBps);
            return BigInteger.Max(BigInteger.One, c.Answer * (WadMath.BPS + move) / WadMath.BPS);
        }).ToArray();
        var positions = input.Collateral.Select((c, i) => c.At(answers[i])).ToArray();
        var snapshot = new HealthCalculator(input.Market, input.Timestamp).ComputeExact(positions, input.BorrowPrincipal);
        var outside = input.Collateral.Select((c, i) => answers[i] < c.MinAnswer || answers[i] > c.MaxAnswer).Any(x => x);
        var outcome = LiquidationSimulator.Run(input, positions, input.BorrowPrincipal);
        return new WhatIfResult(label ?? Label(shocks), shocks, answers, snapshot, outside, outcome);
    }

    /// <summary>
    /// The stress grid on this account: for each level of <see cref="GridLevelsBps"/>, each asset moved alone, then (with more than
    /// one asset) all together; labels use <paramref name="symbol"/> to name assets.
    /// </summary>
    public static IReadOnlyList<WhatIfResult> StressGrid(AccountRiskInput input, Func<string, string>? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        symbol ??= a => a;
        var results = new List<WhatIfResult>();
        foreach (var level in GridLevelsBps)
        {
            foreach (var c in input.Collateral)
                results.Add(Apply(input, [new PriceShock(c.Asset, level)], $"{symbol(c.Asset)} {Percent(level)}"));
            if (input.Collateral.Count > 1)
                results.Add(Apply(input, input.Collateral.Select(c => new PriceShock(c.Asset, level)).ToArray(), $"ALL {Percent(level)}"));
        }

        return results;
    }

    private static string Label(IReadOnlyList<PriceShock> shocks) =>
        shocks.Count == 0 ? "no shock" : string.Join(", ", shocks.Select(s => $"{s.Asset} {Percent(s.MoveBps)}"));

    private static string Percent(int bps) => (bps / 100m).ToString("+0.##;-0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
