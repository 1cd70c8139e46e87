using System.Numerics;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Perps;

/// <summary>
/// The index at which a position's account crosses health 1, found with MarginInsurance.Core's exact §13 math (the vault
/// has no liquidation-price view yet). With everything else held, health &lt; 1 ⇔ excess(p) &lt; 0 where
/// excess(p) = otherNumerator + weightedPnl_j(p) − (debt + otherMaintenance + MM_j(p)) (unifiedHealth floors, so the
/// equivalence is exact). excess is monotone in p for each side (a long gains at least its PnL weight minus its bracket
/// fraction per unit of price), so a binary search over integer WAD prices finds the boundary to the wei of price.
/// </summary>
public static class PerpLiquidationPriceSearch
{
    private static readonly BigInteger Ceiling = BigInteger.One << 128;

    /// <summary>
    /// The liquidation price of one position. <paramref name="otherNumerator"/> is numerator_L without this position's
    /// weighted PnL; <paramref name="otherRequirement"/> is debt + Σ MM of the other positions.
    /// </summary>
    public static PerpLiquidationPrice Find(PerpPositionInputs position, PerpMarketInputs market, BigInteger priceWad, BigInteger addOnBps,
        BigInteger levelWad, BigInteger timestamp, int baseDecimals, BigInteger otherNumerator, BigInteger otherRequirement)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(market);
        BigInteger Excess(BigInteger p)
        {
            var m = PerpAccountMath.Position(position, market, p, addOnBps, levelWad, timestamp, baseDecimals);
            return otherNumerator + m.WeightedPnl - (otherRequirement + m.Maintenance);
        }

        if (position.Size.IsZero || market.Delisted)
        {
            return new(PerpLiquidationPriceStatus.None, null, LiquidationPriceSource.CoreMath);
        }

        if (Excess(priceWad).Sign < 0)
        {
            return new(PerpLiquidationPriceStatus.Now, null, LiquidationPriceSource.CoreMath);
        }

        if (position.Size.Sign > 0)
        {
            // Long: the highest p in [1, price) with excess < 0.
            if (Excess(BigInteger.One).Sign >= 0) return new(PerpLiquidationPriceStatus.None, null, LiquidationPriceSource.CoreMath);
            BigInteger lo = BigInteger.One, hi = priceWad; // excess(lo) < 0 ≤ excess(hi)
            while (hi - lo > 1)
            {
                var mid = (lo + hi) / 2;
                if (Excess(mid).Sign < 0) lo = mid; else hi = mid;
            }

            return new(PerpLiquidationPriceStatus.Price, new PerpPrice(lo), LiquidationPriceSource.CoreMath);
        }

        // Short: the lowest p above price with excess < 0, below 2^128.
        if (Excess(Ceiling).Sign >= 0) return new(PerpLiquidationPriceStatus.None, null, LiquidationPriceSource.CoreMath);
        BigInteger low = priceWad, high = Ceiling; // excess(low) ≥ 0 > excess(high)
        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (Excess(mid).Sign < 0) high = mid; else low = mid;
        }

        return new(PerpLiquidationPriceStatus.Price, new PerpPrice(high), LiquidationPriceSource.CoreMath);
    }
}
