using System.Numerics;

namespace MarginInsurance.Core.Perpetuals;

// §13.2 value, notional and PnL
public static partial class PerpMath
{
    /// <summary>Notional of a position (§13.2): ⌈|s| · p · 10^d_b / 10^36⌉ (base units, rounds up).</summary>
    /// <param name="absSize">|s|, WAD of the underlying.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger Notional(BigInteger absSize, BigInteger priceWad, int baseDecimals)
    {
        Guard.Uint(absSize, nameof(absSize));
        return WadMath.MulDivUp(absSize, ScaledPrice(priceWad, baseDecimals), SizePriceScale);
    }

    /// <summary>Signed value of a position (§13.2): ⌊s · p · 10^d_b / 10^36⌋ toward −∞ (base units).</summary>
    /// <param name="size">Signed size s, WAD of the underlying (&gt; 0 long).</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger PositionValue(BigInteger size, BigInteger priceWad, int baseDecimals)
    {
        SignedMath.Int(size, nameof(size));
        return SignedMath.MulDivFloor(size, ScaledPrice(priceWad, baseDecimals), SizePriceScale);
    }

    /// <summary>Cost basis booked by an increase (§13.2): ⌈Δ · p · 10^d_b / 10^36⌉ toward +∞ (base units, signed).</summary>
    /// <param name="sizeDelta">Signed size added Δ, WAD of the underlying.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger CostBasisDelta(BigInteger sizeDelta, BigInteger priceWad, int baseDecimals)
    {
        SignedMath.Int(sizeDelta, nameof(sizeDelta));
        return SignedMath.MulDivCeil(sizeDelta, ScaledPrice(priceWad, baseDecimals), SizePriceScale);
    }

    /// <summary>Unrealized PnL (§13.2): <c>PositionValue(s, p) − c</c> (base units, signed).</summary>
    /// <param name="size">Signed size s, WAD of the underlying.</param>
    /// <param name="costBasis">Signed cost basis c, base units.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger UnrealizedPnl(BigInteger size, BigInteger costBasis, BigInteger priceWad, int baseDecimals)
    {
        SignedMath.Int(costBasis, nameof(costBasis));
        return SignedMath.IntResult(PositionValue(size, priceWad, baseDecimals) - costBasis);
    }

    /// <summary>
    /// Cost basis released by closing q of s (§13.2): c when q = s, else ⌈c · |q| / |s|⌉ toward +∞.
    /// q must be non-zero, of the sign of s and |q| ≤ |s| (Solidity: <c>InvalidPositionChange()</c>).
    /// </summary>
    /// <param name="costBasis">Signed cost basis c, base units.</param>
    /// <param name="size">Signed size s, WAD.</param>
    /// <param name="closeSize">Signed size closed q, WAD, same sign as s.</param>
    public static BigInteger BasisReleased(BigInteger costBasis, BigInteger size, BigInteger closeSize)
    {
        SignedMath.Int(costBasis, nameof(costBasis));
        SignedMath.Int(size, nameof(size));
        SignedMath.Int(closeSize, nameof(closeSize));
        if (closeSize.IsZero || size.IsZero || closeSize.Sign != size.Sign || Abs(closeSize) > Abs(size))
            throw new ArgumentOutOfRangeException(nameof(closeSize), closeSize,
                "closeSize must be non-zero, of the sign of size and no larger than it (Solidity: InvalidPositionChange()).");
        if (closeSize == size) return costBasis;
        return SignedMath.MulDivCeil(costBasis, Abs(closeSize), Abs(size));
    }

    /// <summary>
    /// Realized PnL of closing q of (s, c) at p (§13.2): <c>PositionValue(q, p) − BasisReleased(c, s, q)</c>, with the basis released.
    /// </summary>
    /// <param name="size">Signed size s, WAD.</param>
    /// <param name="costBasis">Signed cost basis c, base units.</param>
    /// <param name="closeSize">Signed size closed q, WAD, same sign as s.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static RealizedPnlResult RealizedPnl(BigInteger size, BigInteger costBasis, BigInteger closeSize, BigInteger priceWad, int baseDecimals)
    {
        BigInteger released = BasisReleased(costBasis, size, closeSize);
        return new RealizedPnlResult(SignedMath.IntResult(PositionValue(closeSize, priceWad, baseDecimals) - released), released);
    }
}
