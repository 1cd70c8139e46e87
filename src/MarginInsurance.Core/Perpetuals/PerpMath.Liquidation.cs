using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Perpetuals;

// §13.7 liquidation of positions and §13.8 auto-deleveraging
public static partial class PerpMath
{
    /// <summary>
    /// Size a liquidation may close (§13.7): cap = ⌊|s| · closeFactor / BPS⌋ with closeFactor = BPS below the deep
    /// threshold (strict &lt;); cap = |s| when Notional(|s| − cap, p) &lt; dustThreshold (strict); then min(maxCloseSize, cap).
    /// </summary>
    /// <param name="absSize">|s|, WAD of the underlying.</param>
    /// <param name="maxCloseSize">Most the liquidator asks to close, WAD.</param>
    /// <param name="healthWad">Account health before the call, WAD.</param>
    /// <param name="closeFactorBps">Close factor above the deep threshold, bps (above BPS the subtraction |s| − cap underflows, as in Solidity).</param>
    /// <param name="deepHealthThresholdWad">Below this health the whole position may be closed, WAD.</param>
    /// <param name="dustThreshold">A remainder whose notional is below this is closed too, base units.</param>
    /// <param name="priceWad">Index price p, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger PositionCloseSize(BigInteger absSize, BigInteger maxCloseSize, BigInteger healthWad, BigInteger closeFactorBps,
        BigInteger deepHealthThresholdWad, BigInteger dustThreshold, BigInteger priceWad, int baseDecimals)
    {
        Guard.Uint(absSize, nameof(absSize));
        Guard.Uint(maxCloseSize, nameof(maxCloseSize));
        Guard.Uint(healthWad, nameof(healthWad));
        Guard.Uint(closeFactorBps, nameof(closeFactorBps));
        Guard.Uint(deepHealthThresholdWad, nameof(deepHealthThresholdWad));
        Guard.Uint(dustThreshold, nameof(dustThreshold));
        BigInteger cap = MulDivDown(absSize, healthWad < deepHealthThresholdWad ? BPS : closeFactorBps, BPS);
        if (Notional(Guard.Result(absSize - cap), priceWad, baseDecimals) < dustThreshold) cap = absSize;
        return BigInteger.Min(maxCloseSize, cap);
    }

    /// <summary>
    /// Penalty of a position liquidation and its split (§13.7): penalty = ⌈N · penaltyBps / BPS⌉,
    /// toInsurance = ⌈penalty · protocolShareBps / BPS⌉, toLiquidator = penalty − toInsurance (base units).
    /// </summary>
    /// <param name="closedNotional">Notional of the closed size, base units.</param>
    /// <param name="penaltyBps">The market's liquidation penalty, bps.</param>
    /// <param name="protocolShareBps">Share of the penalty for the insurance pool, bps (above BPS, penalty − toInsurance underflows as in Solidity).</param>
    public static LiquidationPenaltyResult LiquidationPenalty(BigInteger closedNotional, BigInteger penaltyBps, BigInteger protocolShareBps)
    {
        Guard.Uint(closedNotional, nameof(closedNotional));
        Guard.Uint(penaltyBps, nameof(penaltyBps));
        Guard.Uint(protocolShareBps, nameof(protocolShareBps));
        return PenaltySplit(MulDivUp(closedNotional, penaltyBps, BPS), protocolShareBps);
    }

    /// <summary>(penalty, penalty − toInsurance, toInsurance = ⌈penalty · protocolShareBps / BPS⌉), §13.7's split.</summary>
    private static LiquidationPenaltyResult PenaltySplit(BigInteger penalty, BigInteger protocolShareBps)
    {
        BigInteger toInsurance = MulDivUp(penalty, protocolShareBps, BPS);
        return new LiquidationPenaltyResult(penalty, Guard.Result(penalty - toInsurance), toInsurance);
    }

    /// <summary>
    /// Penalty of a position liquidation capped at the equity the close leaves (§13.7): penalty =
    /// min(⌈N · penaltyBps / BPS⌉, max(0, equityAfterClose)), split as <see cref="LiquidationPenalty"/> splits it.
    /// </summary>
    /// <param name="closedNotional">Notional of the closed size, base units.</param>
    /// <param name="penaltyBps">The market's liquidation penalty, bps.</param>
    /// <param name="protocolShareBps">Share of the penalty for the insurance pool, bps.</param>
    /// <param name="equityAfterClose">The cap, signed base units: the vault passes <see cref="PenaltyCap"/> (numerator_L − D after the close when nothing is owed after it).</param>
    public static LiquidationPenaltyResult CappedLiquidationPenalty(BigInteger closedNotional, BigInteger penaltyBps,
        BigInteger protocolShareBps, BigInteger equityAfterClose)
    {
        Guard.Uint(closedNotional, nameof(closedNotional));
        Guard.Uint(penaltyBps, nameof(penaltyBps));
        Guard.Uint(protocolShareBps, nameof(protocolShareBps));
        SignedMath.Int(equityAfterClose, nameof(equityAfterClose));
        return PenaltySplit(BigInteger.Min(MulDivUp(closedNotional, penaltyBps, BPS), BigInteger.Max(equityAfterClose, 0)), protocolShareBps);
    }

    /// <summary>
    /// Most a liquidation's penalty may take (§13.7) so that it neither lowers health nor creates negative equity:
    /// keep = numeratorBefore &gt; 0 ? ⌈numeratorBefore · requirementAfterClose / requirementBefore⌉ : 0;
    /// cap = max(0, numeratorAfterClose − max(debtAfterClose, keep)), base units.
    /// </summary>
    /// <param name="numeratorBefore">numerator_L of §13.6 before the liquidation, signed base units.</param>
    /// <param name="requirementBefore">D + Σ MM before the liquidation, base units (&gt; 0 for a liquidatable account with numeratorBefore &gt; 0).</param>
    /// <param name="numeratorAfterClose">numerator_L after the close, before the penalty, signed base units.</param>
    /// <param name="debtAfterClose">D after the close, base units.</param>
    /// <param name="requirementAfterClose">D + Σ MM after the close, base units.</param>
    public static BigInteger PenaltyCap(BigInteger numeratorBefore, BigInteger requirementBefore, BigInteger numeratorAfterClose,
        BigInteger debtAfterClose, BigInteger requirementAfterClose)
    {
        SignedMath.Int(numeratorBefore, nameof(numeratorBefore));
        Guard.Uint(requirementBefore, nameof(requirementBefore));
        SignedMath.Int(numeratorAfterClose, nameof(numeratorAfterClose));
        Guard.Uint(debtAfterClose, nameof(debtAfterClose));
        Guard.Uint(requirementAfterClose, nameof(requirementAfterClose));
        BigInteger keep = numeratorBefore.Sign > 0 ? MulDivUp(numeratorBefore, requirementAfterClose, requirementBefore) : BigInteger.Zero;
        keep = BigInteger.Max(keep, debtAfterClose);
        return numeratorAfterClose > keep ? numeratorAfterClose - keep : BigInteger.Zero;
    }

    /// <summary>
    /// Index price at which the account's health reaches 1 through one position, all else fixed (§13.7), WAD.
    /// A = otherNumerator − otherRequirement − costBasis − fundingOwedNow, m = fractionBps · levelWad, one = BPS · WAD.
    /// Long: A ≥ 0 → 0; m ≥ one → 2^256 − 1; else ⌈−A · 10^(36 − d_b) · one / (s · (one − m))⌉.
    /// Short: A ≤ 0 → 0; else ⌊A · 10^(36 − d_b) · one / (|s| · (one + m))⌋. Size 0 → 0.
    /// </summary>
    /// <param name="size">s, signed WAD of the underlying.</param>
    /// <param name="costBasis">c, signed base units.</param>
    /// <param name="fundingOwedNow">Funding the position owes at the current index, signed base units.</param>
    /// <param name="otherNumerator">numerator_L without this position's weighted PnL, signed base units.</param>
    /// <param name="otherRequirement">D + Σ MM without this position's MM, base units.</param>
    /// <param name="fractionBps">First-bracket maintenance fraction with the add-on, min(BPS, mmf + addOn), bps.</param>
    /// <param name="levelWad">The owner's margin level, WAD.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger LiquidationPrice(BigInteger size, BigInteger costBasis, BigInteger fundingOwedNow,
        BigInteger otherNumerator, BigInteger otherRequirement, BigInteger fractionBps, BigInteger levelWad, int baseDecimals)
    {
        SignedMath.Int(size, nameof(size));
        SignedMath.Int(costBasis, nameof(costBasis));
        SignedMath.Int(fundingOwedNow, nameof(fundingOwedNow));
        SignedMath.Int(otherNumerator, nameof(otherNumerator));
        Guard.Uint(otherRequirement, nameof(otherRequirement));
        Guard.Uint(fractionBps, nameof(fractionBps));
        Guard.Uint(levelWad, nameof(levelWad));
        Guard.Decimals(baseDecimals, nameof(baseDecimals));
        if (size.IsZero) return BigInteger.Zero;
        BigInteger a = SignedMath.IntResult(SignedMath.IntResult(SignedMath.IntResult(otherNumerator - SignedMath.IntResult(otherRequirement))
            - costBasis) - fundingOwedNow);
        BigInteger one = BPS * WAD;
        BigInteger m = Guard.Result(fractionBps * levelWad);
        BigInteger scale = Pow10(36 - baseDecimals) * one;
        if (size.Sign > 0)
        {
            if (a.Sign >= 0) return BigInteger.Zero;
            if (m >= one) return MaxUint256;
            return MulDivUp(-a, scale, Guard.Result(size * (one - m)));
        }
        if (a.Sign <= 0) return BigInteger.Zero;
        return MulDivDown(a, scale, Guard.Result(-size * (one + m)));
    }

    /// <summary>
    /// Auto-deleveraging rank of a position (§13.8), PnL × leverage in base units: pnl ≤ 0 ? 0 :
    /// (numerator ≤ 0 ? 2^256 − 1 : ⌊pnl · notional / numerator⌋). Higher is deleveraged first.
    /// </summary>
    /// <param name="pnl">Unrealized PnL net of funding owed of the position, base units, signed.</param>
    /// <param name="notionalValue">Notional of the position, base units.</param>
    /// <param name="numerator">The account's numerator_L of §13.6, base units, signed.</param>
    public static BigInteger AdlScore(BigInteger pnl, BigInteger notionalValue, BigInteger numerator)
    {
        SignedMath.Int(pnl, nameof(pnl));
        Guard.Uint(notionalValue, nameof(notionalValue));
        SignedMath.Int(numerator, nameof(numerator));
        if (pnl.Sign <= 0) return BigInteger.Zero;
        if (numerator.Sign <= 0) return MaxUint256;
        return MulDivDown(pnl, notionalValue, numerator);
    }
}
