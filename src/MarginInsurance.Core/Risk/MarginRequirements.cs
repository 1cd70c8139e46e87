using System.Numerics;

namespace MarginInsurance.Core.Risk;

/// <summary>An announced add-on increase and what it will do to the account if nothing else changes.</summary>
/// <param name="AddOnBps">The add-on that will apply.</param>
/// <param name="EffectiveAt">Unix time it applies (§6: from that second on).</param>
/// <param name="HealthThen">Account health at <paramref name="EffectiveAt"/> (debt accrued to then, every add-on due by then in force), WAD.</param>
/// <param name="UtilizationThen">Margin utilization then, WAD.</param>
/// <param name="LiquidationCapacityThen">This asset's liquidation capacity then, base units.</param>
public sealed record PendingAddOnEffect(BigInteger AddOnBps, BigInteger EffectiveAt, BigInteger HealthThen, BigInteger UtilizationThen, BigInteger LiquidationCapacityThen);

/// <summary>Why one collateral counts for what it counts (docs/protocol.md §3, §6).</summary>
/// <param name="Asset">Asset identifier.</param>
/// <param name="Value">Position value, base units.</param>
/// <param name="LiquidationThresholdBps">Base liquidation threshold LT.</param>
/// <param name="BorrowFactorBps">Base borrow factor BF.</param>
/// <param name="Bracket">Tier bracket the position value reaches (1, 2 or 3).</param>
/// <param name="TierBreak1">B1, base units.</param>
/// <param name="TierBreak2">B2, base units.</param>
/// <param name="BracketCutBps">Factor reduction of that bracket.</param>
/// <param name="AddOnBps">Add-on in force.</param>
/// <param name="MarginalLiquidationThresholdBps">LT applied to the last base unit of value: max(0, LT − cut − add-on).</param>
/// <param name="LiquidationCapacity">Tiered, add-on-adjusted LT value, base units.</param>
/// <param name="BorrowCapacity">Tiered, add-on-adjusted BF value, base units.</param>
/// <param name="Pending">Announced add-on increase not yet in force, with its effect.</param>
public sealed record CollateralRequirement(
    string Asset, BigInteger Value, BigInteger LiquidationThresholdBps, BigInteger BorrowFactorBps, int Bracket, BigInteger TierBreak1, BigInteger TierBreak2,
    BigInteger BracketCutBps, BigInteger AddOnBps, BigInteger MarginalLiquidationThresholdBps, BigInteger LiquidationCapacity, BigInteger BorrowCapacity,
    PendingAddOnEffect? Pending);

/// <summary>Explains each collateral's requirement from the config, the value and the add-on state.</summary>
public static class MarginRequirements
{
    /// <summary>One row per collateral of <paramref name="input"/>, in input order.</summary>
    public static IReadOnlyList<CollateralRequirement> Explain(AccountRiskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var positions = input.Positions;
        var rows = new List<CollateralRequirement>();
        foreach (var c in input.Collateral)
        {
            var cfg = c.Config;
            var b = AccountMath.Breakdown(c.At(c.Answer), input.Market.BaseDecimals, input.Timestamp);
            var bracket = b.Value < cfg.TierBreak1 ? 1 : b.Value < cfg.TierBreak2 ? 2 : 3;
            var cut = bracket switch { 1 => BigInteger.Zero, 2 => cfg.TierCut2Bps, _ => cfg.TierCut3Bps };
            var marginal = BigInteger.Max(BigInteger.Zero, cfg.LiquidationThresholdBps - cut - b.AddOnBps);
            PendingAddOnEffect? pending = null;
            var addOn = cfg.AddOn ?? AddOnState.None;
            if (!addOn.PendingEffectiveAt.IsZero && input.Timestamp < addOn.PendingEffectiveAt)
            {
                var then = AccountMath.Compute(positions, input.BorrowPrincipal, input.Market, addOn.PendingEffectiveAt);
                var mine = then.Collateral.First(x => x.Asset == c.Asset);
                pending = new PendingAddOnEffect(addOn.PendingBps, addOn.PendingEffectiveAt, then.Health, then.Utilization, mine.LiquidationCapacity);
            }

            rows.Add(new CollateralRequirement(c.Asset, b.Value, cfg.LiquidationThresholdBps, cfg.BorrowFactorBps, bracket, cfg.TierBreak1, cfg.TierBreak2,
                cut, b.AddOnBps, marginal, b.LiquidationCapacity, b.BorrowCapacity, pending));
        }

        return rows;
    }
}
