using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core;

/// <summary>
/// Account-level composition of <see cref="MarginMath"/>: virtual accrual of a market to a timestamp (§5)
/// and an account's debt, liquidation capacity, borrow capacity, health and utilization (§2–§4, §6).
/// Reproduces the vault's view functions exactly when fed the chain's stored state and the block timestamp.
/// </summary>
public static class AccountMath
{
    /// <summary>
    /// The ceiling on the borrow rate (1000% a year, per second), applied to whatever the rate model
    /// returns so a broken model cannot blow up accrual (<see cref="MarginMath.MaxRatePerSecond"/>).
    /// </summary>
    public static readonly BigInteger MaxRatePerSecond = MarginMath.MaxRatePerSecond;

    /// <summary>
    /// Accrues <paramref name="market"/> virtually to <paramref name="timestamp"/> (§5): computes U from the stored
    /// totals, the kinked rate r(U), then one accrual step over <c>dt = max(0, timestamp − lastAccrual)</c>: a time before
    /// the last accrual accrues nothing, as in the vault's views (a node's <c>eth_call</c> can run behind its last block).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static AccruedMarket AccrueTo(MarketState market, BigInteger timestamp)
    {
        ArgumentNullException.ThrowIfNull(market);
        var ix = market.Indices;
        var rm = market.RateModel;
        Guard.Uint(timestamp, nameof(timestamp));

        BigInteger totalSupply = MarginMath.ToSupplyBalance(ix.TotalSupplyPrincipal, ix.SupplyIndex);
        BigInteger totalBorrow = MarginMath.ToDebt(ix.TotalBorrowPrincipal, ix.BorrowIndex);
        BigInteger u = MarginMath.MarketUtilization(totalSupply, totalBorrow);
        BigInteger r = MarginMath.CappedRatePerSecond(
            MarginMath.KinkedRatePerSecond(u, rm.BaseRatePerYear, rm.Slope1PerYear, rm.Slope2PerYear, rm.KinkWad));
        BigInteger dt = timestamp - ix.LastAccrual;
        if (dt.Sign <= 0)
            return new AccruedMarket(ix.SupplyIndex, ix.BorrowIndex, BigInteger.Zero, u, r, timestamp);

        var a = MarginMath.Accrue(ix.TotalSupplyPrincipal, ix.TotalBorrowPrincipal, ix.SupplyIndex, ix.BorrowIndex, r, dt, market.ReserveFactorBps);
        return new AccruedMarket(a.SupplyIndex, a.BorrowIndex, a.ReserveCut, u, r, timestamp);
    }

    /// <summary>Debt of <paramref name="borrowPrincipal"/> at <paramref name="timestamp"/>, with virtual accrual (§5).</summary>
    public static BigInteger DebtAt(BigInteger borrowPrincipal, MarketState market, BigInteger timestamp)
        => MarginMath.ToDebt(borrowPrincipal, AccrueTo(market, timestamp).BorrowIndex);

    /// <summary>
    /// Margin state of an account at <paramref name="timestamp"/>: debt with virtual accrual, per-asset tiered and
    /// add-on-adjusted capacities (tiers apply per asset to that account's holding), health and utilization (§4).
    /// Pass all collateral of a cross account (subId 0) or the single asset of an isolated one.
    /// </summary>
    /// <param name="collateral">The account's collateral holdings with their configs and prices.</param>
    /// <param name="borrowPrincipal">The account's borrow principal.</param>
    /// <param name="market">Market state (indices, rate model, reserve factor, base decimals).</param>
    /// <param name="timestamp">Evaluation time (block timestamp), Unix seconds.</param>
    public static AccountSnapshot Compute(IEnumerable<CollateralPosition> collateral, BigInteger borrowPrincipal, MarketState market, BigInteger timestamp)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        ArgumentNullException.ThrowIfNull(market);
        Guard.Uint(borrowPrincipal, nameof(borrowPrincipal));

        return Compose(collateral, DebtAt(borrowPrincipal, market, timestamp), market.BaseDecimals, timestamp);
    }

    /// <summary>
    /// The account's margin state from its already-accrued <paramref name="debt"/>: per-asset breakdowns summed into the
    /// liquidation and borrow capacities, then health and utilization (§4). The one loop behind <see cref="Compute"/> and
    /// <see cref="HealthCalculator.ComputeExact"/>.
    /// </summary>
    internal static AccountSnapshot Compose(IEnumerable<CollateralPosition> collateral, BigInteger debt, int baseDecimals, BigInteger timestamp)
    {
        var rows = new List<CollateralBreakdown>();
        BigInteger l = BigInteger.Zero, c = BigInteger.Zero;
        foreach (var p in collateral)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(collateral));
            var row = Breakdown(p, baseDecimals, timestamp);
            rows.Add(row);
            l += row.LiquidationCapacity;
            c += row.BorrowCapacity;
        }
        return new AccountSnapshot(debt, l, c, MarginMath.Health(l, debt), MarginMath.Utilization(debt, c), rows);
    }

    /// <summary>Value and adjusted capacities of one holding at <paramref name="timestamp"/> (§2, §3, §6).</summary>
    public static CollateralBreakdown Breakdown(CollateralPosition position, int baseDecimals, BigInteger timestamp)
    {
        ArgumentNullException.ThrowIfNull(position);
        var cfg = position.Config ?? throw new ArgumentNullException(nameof(position), "position.Config is null");
        var addOnState = cfg.AddOn ?? AddOnState.None;
        BigInteger value = MarginMath.CollateralValue(position.Balance, position.PriceWad, cfg.Decimals, baseDecimals);
        BigInteger addOn = MarginMath.EffectiveAddOn(addOnState.CurrentBps, addOnState.PendingBps, addOnState.PendingEffectiveAt, timestamp);
        BigInteger lt = MarginMath.TieredAdjusted(value, cfg.LiquidationThresholdBps, addOn, cfg.TierBreak1, cfg.TierBreak2, cfg.TierCut2Bps, cfg.TierCut3Bps);
        BigInteger bf = MarginMath.TieredAdjusted(value, cfg.BorrowFactorBps, addOn, cfg.TierBreak1, cfg.TierBreak2, cfg.TierCut2Bps, cfg.TierCut3Bps);
        return new CollateralBreakdown(position.Asset, value, addOn, lt, bf);
    }
}
