using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Perpetuals;

// §13.3 trade fee: flat fee plus skew price impact
public static partial class PerpMath
{
    /// <summary>
    /// Fee of a trade Δ against the skew k before it (§13.3), two terms each rounded up once:
    /// flat = ⌈|Δ| · p · 10^d_b · takerFeeBps / (10^36 · BPS)⌉ and
    /// impact = Δ(2k + Δ) ≤ 0 ? 0 : ⌈Δ(2k + Δ) · p · 10^d_b / (2 · skewScale · 10^36)⌉ (base units).
    /// A trade that does not increase |k| pays the flat fee only (no rebate).
    /// </summary>
    /// <param name="sizeDelta">Signed trade size Δ, WAD of the underlying (0 gives 0).</param>
    /// <param name="skew">Skew k = long − short open interest before the trade, WAD.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    /// <param name="takerFeeBps">Flat fee, bps of the traded notional.</param>
    /// <param name="skewScale">Skew at which the marginal premium is 100 %, WAD of the underlying; must be &gt; 0 when the impact applies.</param>
    public static BigInteger TradeFee(BigInteger sizeDelta, BigInteger skew, BigInteger priceWad, int baseDecimals,
        BigInteger takerFeeBps, BigInteger skewScale)
    {
        SignedMath.Int(sizeDelta, nameof(sizeDelta));
        SignedMath.Int(skew, nameof(skew));
        Guard.Uint(takerFeeBps, nameof(takerFeeBps));
        Guard.Uint(skewScale, nameof(skewScale));
        BigInteger scaledPrice = ScaledPrice(priceWad, baseDecimals);
        BigInteger absDelta = Abs(sizeDelta);
        BigInteger fee = MulDivUp(absDelta, Guard.Result(scaledPrice * takerFeeBps), SizePriceScale * BPS);
        BigInteger twoKPlusDelta = SignedMath.IntResult(SignedMath.IntResult(2 * skew) + sizeDelta);
        if (!sizeDelta.IsZero && !twoKPlusDelta.IsZero && sizeDelta.Sign == twoKPlusDelta.Sign)
        {
            BigInteger denominator = Guard.Result(2 * skewScale * SizePriceScale);
            SignedMath.NonZero(denominator, nameof(skewScale));
            fee = Guard.Result(fee + MulDivUp(Guard.Result(absDelta * Abs(twoKPlusDelta)), scaledPrice, denominator));
        }
        return fee;
    }
}
