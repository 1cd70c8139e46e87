using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Perpetuals;

// §13.4 funding
public static partial class PerpMath
{
    /// <summary>
    /// Funding rate of a market (§13.4): clamp(trunc(maxRate · k / skewScale), −maxRate, +maxRate), WAD per second,
    /// signed; &gt; 0 means longs pay shorts.
    /// </summary>
    /// <param name="skew">Skew k before the touch, WAD of the underlying.</param>
    /// <param name="skewScale">Skew scale, WAD of the underlying; must be &gt; 0.</param>
    /// <param name="maxFundingRatePerSecond">Bound of the rate, WAD per second.</param>
    public static BigInteger FundingRate(BigInteger skew, BigInteger skewScale, BigInteger maxFundingRatePerSecond)
    {
        SignedMath.Int(skew, nameof(skew));
        Guard.Uint(skewScale, nameof(skewScale));
        Guard.Uint(maxFundingRatePerSecond, nameof(maxFundingRatePerSecond));
        SignedMath.NonZero(skewScale, nameof(skewScale));
        BigInteger r = BigInteger.Min(MulDivDown(maxFundingRatePerSecond, Abs(skew), skewScale), maxFundingRatePerSecond);
        return skew.Sign < 0 ? -r : r;
    }

    /// <summary>Change of the cumulative funding index over dt (§13.4): trunc(rate · p · dt / WAD), WAD of base value per whole unit.</summary>
    /// <param name="rate">Funding rate, WAD per second, signed.</param>
    /// <param name="priceWad">Index price p at the touch, WAD.</param>
    /// <param name="dt">Seconds since the market's last funding update.</param>
    public static BigInteger FundingIndexDelta(BigInteger rate, BigInteger priceWad, BigInteger dt)
    {
        SignedMath.Int(rate, nameof(rate));
        Guard.Uint(priceWad, nameof(priceWad));
        Guard.Uint(dt, nameof(dt));
        BigInteger m = SignedMath.IntResult(MulDivDown(Abs(rate), Guard.Result(priceWad * dt), WAD));
        return rate.Sign < 0 ? -m : m;
    }

    /// <summary>
    /// Funding a position owes since it last settled (§13.4): ⌈s · (F − F_e) · 10^d_b / 10^36⌉ toward +∞ (base units,
    /// signed; &gt; 0 is paid by the account, &lt; 0 received).
    /// </summary>
    /// <param name="size">Signed size s, WAD.</param>
    /// <param name="fundingIndex">Market's cumulative funding index F, WAD of base value per unit.</param>
    /// <param name="entryFundingIndex">Index F_e the position last settled at.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger FundingOwed(BigInteger size, BigInteger fundingIndex, BigInteger entryFundingIndex, int baseDecimals)
    {
        SignedMath.Int(size, nameof(size));
        SignedMath.Int(fundingIndex, nameof(fundingIndex));
        SignedMath.Int(entryFundingIndex, nameof(entryFundingIndex));
        Guard.Decimals(baseDecimals, nameof(baseDecimals));
        BigInteger d = SignedMath.IntResult(fundingIndex - entryFundingIndex);
        BigInteger scaled = Guard.Result(Abs(d) * Pow10(baseDecimals));
        bool negative = size.Sign * d.Sign < 0;
        return negative
            ? -SignedMath.IntResult(MulDivDown(Abs(size), scaled, SizePriceScale))
            : SignedMath.IntResult(MulDivUp(Abs(size), scaled, SizePriceScale));
    }
}
