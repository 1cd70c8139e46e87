using System.Numerics;

namespace MarginInsurance.SpecModel;

/// <summary>
/// docs/protocol.md §13 (perpetual futures) transcribed from the text: each formula as an exact rational n / d rounded
/// once by the direction the text names (⌊⌋ toward −∞, ⌈⌉ toward +∞, trunc toward zero), for any signs of n and d.
/// Written from the document, not from PerpMath.sol or MarginInsurance.Core.
/// </summary>
public sealed partial class SpecMath
{
    private static readonly BigInteger Scale36 = BigInteger.Pow(10, 36);

    /// <summary>⌊n / d⌋ toward −∞.</summary>
    private static BigInteger FloorQ(BigInteger n, BigInteger d)
    {
        if (d.IsZero) throw new SpecRevert("Panic(0x12)");
        if (d.Sign < 0) { n = -n; d = -d; }
        var q = BigInteger.DivRem(n, d, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>⌈n / d⌉ toward +∞.</summary>
    private static BigInteger CeilQ(BigInteger n, BigInteger d) => -FloorQ(-n, d);

    /// <summary>trunc(n / d) toward zero.</summary>
    private static BigInteger TruncQ(BigInteger n, BigInteger d)
    {
        if (d.IsZero) throw new SpecRevert("Panic(0x12)");
        return BigInteger.Divide(n, d);
    }

    // §13.2
    /// <summary>notional = ⌈|s| × p × 10^d_b / 10^36⌉.</summary>
    public BigInteger Notional(BigInteger absSize, BigInteger priceWad, BigInteger baseDecimals)
    {
        var x = absSize * priceWad * P10(baseDecimals);
        return M(SpecMutation.PerpNotionalRoundsDown) ? FloorQ(x, Scale36) : CeilQ(x, Scale36);
    }

    /// <summary>positionValue = ⌊s × p × 10^d_b / 10^36⌋.</summary>
    public BigInteger PositionValue(BigInteger size, BigInteger priceWad, BigInteger baseDecimals)
    {
        var x = size * priceWad * P10(baseDecimals);
        return M(SpecMutation.PerpPositionValueTruncates) ? TruncQ(x, Scale36) : FloorQ(x, Scale36);
    }

    /// <summary>costBasisDelta = ⌈Δ × p × 10^d_b / 10^36⌉.</summary>
    public BigInteger CostBasisDelta(BigInteger sizeDelta, BigInteger priceWad, BigInteger baseDecimals)
    {
        var x = sizeDelta * priceWad * P10(baseDecimals);
        return M(SpecMutation.PerpCostBasisTruncates) ? TruncQ(x, Scale36) : CeilQ(x, Scale36);
    }

    /// <summary>unrealizedPnl = positionValue(s, p) − c.</summary>
    public BigInteger UnrealizedPnl(BigInteger size, BigInteger costBasis, BigInteger priceWad, BigInteger baseDecimals)
        => PositionValue(size, priceWad, baseDecimals) - costBasis;

    /// <summary>basisReleased = |q| = |s| ? c : ⌈c × q / s⌉; InvalidPositionChange for q = 0, the other sign, or |q| &gt; |s|.</summary>
    public BigInteger BasisReleased(BigInteger costBasis, BigInteger size, BigInteger closeSize)
    {
        if (closeSize.IsZero || size.IsZero || closeSize.Sign != size.Sign || BigInteger.Abs(closeSize) > BigInteger.Abs(size))
            throw new SpecRevert("InvalidPositionChange");
        if (BigInteger.Abs(closeSize) == BigInteger.Abs(size)) return costBasis;
        var n = costBasis * closeSize;
        return M(SpecMutation.PerpBasisReleasedRoundsDown) ? FloorQ(n, size)
             : M(SpecMutation.PerpBasisReleasedTruncates) ? TruncQ(n, size)
             : CeilQ(n, size);
    }

    /// <summary>realizedPnl = positionValue(q, p) − basisReleased(c, s, q), and the basis released.</summary>
    public (BigInteger Pnl, BigInteger Released) RealizedPnl(BigInteger size, BigInteger costBasis, BigInteger closeSize,
        BigInteger priceWad, BigInteger baseDecimals)
    {
        var released = BasisReleased(costBasis, size, closeSize);
        return (PositionValue(closeSize, priceWad, baseDecimals) - released, released);
    }

    // §13.3
    /// <summary>tradeFee = ⌈|Δ| p 10^d_b fee / (10^36 BPS)⌉ + (Δ(2k+Δ) ≤ 0 ? 0 : ⌈Δ(2k+Δ) p 10^d_b / (2 skewScale 10^36)⌉).</summary>
    public BigInteger TradeFee(BigInteger sizeDelta, BigInteger skew, BigInteger priceWad, BigInteger baseDecimals,
        BigInteger takerFeeBps, BigInteger skewScale)
    {
        var px = priceWad * P10(baseDecimals);
        var flatN = BigInteger.Abs(sizeDelta) * px * takerFeeBps;
        var flatD = Scale36 * Bps;
        var growth = M(SpecMutation.PerpImpactIgnoresSkew) ? sizeDelta * sizeDelta
            : (skew + sizeDelta) * (skew + sizeDelta) - skew * skew; // = Δ(2k + Δ)
        var impactN = growth * px;
        var impactD = 2 * skewScale * Scale36;
        if (M(SpecMutation.PerpTradeFeeRoundedOnce))
            return growth <= 0 ? CeilQ(flatN, flatD) : CeilQ(flatN * impactD + impactN * flatD, flatD * impactD);
        var flat = M(SpecMutation.PerpFlatFeeFromRoundedNotional)
            ? CeilQ(Notional(BigInteger.Abs(sizeDelta), priceWad, baseDecimals) * takerFeeBps, Bps)
            : CeilQ(flatN, flatD);
        if (M(SpecMutation.PerpImpactRebate)) return BigInteger.Max(0, flat + (growth == 0 ? 0 : CeilQ(impactN, impactD)));
        return flat + (growth <= 0 ? 0 : CeilQ(impactN, impactD));
    }

    // §13.4
    /// <summary>fundingRate = clamp(trunc(maxRate × k / skewScale), −maxRate, +maxRate).</summary>
    public BigInteger FundingRate(BigInteger skew, BigInteger skewScale, BigInteger maxFundingRatePerSecond)
    {
        var r = M(SpecMutation.PerpFundingRateFloors) ? FloorQ(maxFundingRatePerSecond * skew, skewScale)
            : TruncQ(maxFundingRatePerSecond * skew, skewScale);
        return M(SpecMutation.PerpFundingRateNotClamped) ? r
            : BigInteger.Max(-maxFundingRatePerSecond, BigInteger.Min(maxFundingRatePerSecond, r));
    }

    /// <summary>fundingIndexDelta = trunc(rate × p × dt / WAD).</summary>
    public BigInteger FundingIndexDelta(BigInteger rate, BigInteger priceWad, BigInteger dt)
        => M(SpecMutation.PerpFundingIndexDeltaFloors) ? FloorQ(rate * priceWad * dt, Wad) : TruncQ(rate * priceWad * dt, Wad);

    /// <summary>fundingOwed = ⌈s × (F − F_e) × 10^d_b / 10^36⌉.</summary>
    public BigInteger FundingOwed(BigInteger size, BigInteger fundingIndex, BigInteger entryFundingIndex, BigInteger baseDecimals)
    {
        var x = size * (fundingIndex - entryFundingIndex) * P10(baseDecimals);
        return M(SpecMutation.PerpFundingOwedTruncates) ? TruncQ(x, Scale36)
             : M(SpecMutation.PerpFundingOwedFloors) ? FloorQ(x, Scale36)
             : CeilQ(x, Scale36);
    }

    // §13.5
    /// <summary>marginRequirement = ⌈(min(N,N1) g1 + clamp(N−N1, 0, N2−N1) g2 + max(N−N2, 0) g3) × level / (BPS × WAD)⌉; InvalidTiers if N1 &gt; N2.</summary>
    public BigInteger MarginRequirement(BigInteger notionalValue, BigInteger fractionBps, BigInteger addOnBps,
        BigInteger notionalBreak1, BigInteger notionalBreak2, BigInteger step2Bps, BigInteger step3Bps, BigInteger levelWad)
    {
        if (notionalBreak1 > notionalBreak2) throw new SpecRevert("InvalidTiers");
        var addOn23 = M(SpecMutation.PerpMarginAddOnFirstBracketOnly) ? 0 : addOnBps;
        BigInteger G(BigInteger f) => M(SpecMutation.PerpMarginFractionNotCapped) ? f : BigInteger.Min(Bps, f);
        var n = notionalValue;
        var sum = BigInteger.Min(n, notionalBreak1) * G(fractionBps + addOnBps)
                + BigInteger.Max(0, BigInteger.Min(n - notionalBreak1, notionalBreak2 - notionalBreak1)) * G(fractionBps + step2Bps + addOn23)
                + BigInteger.Max(0, n - notionalBreak2) * G(fractionBps + step3Bps + addOn23);
        if (M(SpecMutation.PerpMarginLevelRoundedSeparately)) return CeilQ(CeilQ(sum, Bps) * levelWad, Wad);
        return M(SpecMutation.PerpMarginRequirementRoundsDown) ? FloorQ(sum * levelWad, Bps * Wad) : CeilQ(sum * levelWad, Bps * Wad);
    }

    /// <summary>marginLevel(stored) = stored == 0 ? WAD : stored.</summary>
    public BigInteger MarginLevel(BigInteger storedLevelWad)
        => storedLevelWad.IsZero && !M(SpecMutation.PerpMarginLevelZeroIsZero) ? Wad : storedLevelWad;

    // §13.6
    /// <summary>weightedPnl = pnl &gt; 0 ? ⌊pnl × w / BPS⌋ : pnl.</summary>
    public BigInteger WeightedPnl(BigInteger pnl, BigInteger pnlWeightBps)
    {
        if (pnl <= 0) return M(SpecMutation.PerpWeightedPnlHaircutsLosses) ? FloorQ(pnl * pnlWeightBps, Bps) : pnl;
        return M(SpecMutation.PerpWeightedPnlRoundsUp) ? CeilQ(pnl * pnlWeightBps, Bps) : FloorQ(pnl * pnlWeightBps, Bps);
    }

    /// <summary>unifiedHealth = D + R == 0 ? max : (numerator ≤ 0 ? 0 : ⌊numerator × WAD / (D + R)⌋).</summary>
    public BigInteger UnifiedHealth(BigInteger numerator, BigInteger debt, BigInteger requirement)
    {
        var den = debt + requirement;
        if (M(SpecMutation.PerpHealthEmptyDenominatorChecksNumerator) && numerator <= 0) return 0;
        if (den.IsZero) return UintMax;
        if (numerator <= 0) return 0;
        return M(SpecMutation.PerpHealthRoundsUp) ? CeilQ(numerator * Wad, den) : FloorQ(numerator * Wad, den);
    }

    /// <summary>accountHealth = D + R == 0 and numerator &lt; 0 ? 0 : unifiedHealth(numerator, D, R).</summary>
    public BigInteger AccountHealth(BigInteger numerator, BigInteger debt, BigInteger requirement)
    {
        var owesNothing = debt + requirement == 0;
        var negative = M(SpecMutation.PerpAccountHealthZeroNumeratorIsZero) ? numerator <= 0 : numerator < 0;
        if (owesNothing && negative && !M(SpecMutation.PerpAccountHealthAsUnified)) return 0;
        return UnifiedHealth(numerator, debt, requirement);
    }

    // §13.7
    /// <summary>cap = ⌊|s| × closeFactor / BPS⌋ (BPS below the deep threshold), |s| when notional(|s| − cap) &lt; dust, then min(maxCloseSize, cap).</summary>
    public BigInteger PositionCloseSize(BigInteger absSize, BigInteger maxCloseSize, BigInteger healthWad, BigInteger closeFactorBps,
        BigInteger deepHealthThresholdWad, BigInteger dustThreshold, BigInteger priceWad, BigInteger baseDecimals)
    {
        var deep = M(SpecMutation.PerpCloseDeepInclusive) ? healthWad <= deepHealthThresholdWad : healthWad < deepHealthThresholdWad;
        var cap = FloorQ(absSize * (deep ? Bps : closeFactorBps), Bps);
        if (cap > absSize) throw new SpecRevert("Panic(0x11)");
        var rest = M(SpecMutation.PerpCloseDustOnSize) ? absSize - cap : Notional(absSize - cap, priceWad, baseDecimals);
        var dust = M(SpecMutation.PerpCloseDustInclusive) ? rest <= dustThreshold : rest < dustThreshold;
        if (dust) cap = absSize;
        return BigInteger.Min(maxCloseSize, cap);
    }

    /// <summary>penalty = ⌈N × penaltyBps / BPS⌉, toInsurance = ⌈penalty × share / BPS⌉, toLiquidator = penalty − toInsurance.</summary>
    public (BigInteger Penalty, BigInteger ToLiquidator, BigInteger ToInsurance) LiquidationPenalty(BigInteger closedNotional,
        BigInteger penaltyBps, BigInteger protocolShareBps)
    {
        var penalty = M(SpecMutation.PerpPenaltyRoundsDown) ? FloorQ(closedNotional * penaltyBps, Bps) : CeilQ(closedNotional * penaltyBps, Bps);
        var toInsurance = M(SpecMutation.PerpPenaltyInsuranceRoundsDown) ? FloorQ(penalty * protocolShareBps, Bps)
            : M(SpecMutation.PerpPenaltyInsuranceFromNotional) ? CeilQ(closedNotional * penaltyBps * protocolShareBps, Bps * Bps)
            : CeilQ(penalty * protocolShareBps, Bps);
        if (toInsurance > penalty) throw new SpecRevert("Panic(0x11)");
        return (penalty, penalty - toInsurance, toInsurance);
    }

    /// <summary>The §13.7 penalty capped at the equity after the close: min(⌈N × penaltyBps / BPS⌉, max(0, E)), split as liquidationPenalty.</summary>
    public (BigInteger Penalty, BigInteger ToLiquidator, BigInteger ToInsurance) CappedLiquidationPenalty(BigInteger closedNotional,
        BigInteger penaltyBps, BigInteger protocolShareBps, BigInteger equityAfterClose)
    {
        var full = CeilQ(closedNotional * penaltyBps, Bps);
        var cap = equityAfterClose <= 0 ? 0 : equityAfterClose;
        var penalty = M(SpecMutation.PerpCappedPenaltyUncapped) ? full
            : M(SpecMutation.PerpCappedPenaltyAllOrNothing) ? (equityAfterClose <= 0 ? 0 : full)
            : BigInteger.Min(full, cap);
        var toInsurance = M(SpecMutation.PerpCappedPenaltyInsuranceFromUncapped)
            ? BigInteger.Min(penalty, CeilQ(full * protocolShareBps, Bps))
            : CeilQ(penalty * protocolShareBps, Bps);
        if (toInsurance > penalty) throw new SpecRevert("Panic(0x11)");
        return (penalty, penalty - toInsurance, toInsurance);
    }

    /// <summary>
    /// The §13.7 penalty cap: keep = N &gt; 0 ? ⌈N × R' / R⌉ : 0; cap = max(0, N_close − max(D', keep)), so that
    /// (N_close − penalty) / R' ≥ N / R (health does not fall) and N_close − penalty ≥ D' (no negative equity).
    /// </summary>
    public BigInteger PenaltyCap(BigInteger numeratorBefore, BigInteger requirementBefore, BigInteger numeratorAfterClose,
        BigInteger debtAfterClose, BigInteger requirementAfterClose)
    {
        BigInteger keep = 0;
        if (numeratorBefore > 0 && !M(SpecMutation.PerpPenaltyCapIgnoresHealth))
        {
            if (requirementBefore.IsZero) throw new SpecRevert("Panic(0x12)");
            keep = M(SpecMutation.PerpPenaltyCapKeepRoundsDown) ? FloorQ(numeratorBefore * requirementAfterClose, requirementBefore)
                : CeilQ(numeratorBefore * requirementAfterClose, requirementBefore);
        }
        if (!M(SpecMutation.PerpPenaltyCapIgnoresDebt) && debtAfterClose > keep) keep = debtAfterClose;
        return numeratorAfterClose > keep ? numeratorAfterClose - keep : 0;
    }

    /// <summary>
    /// Liquidation price (§13.7): health 1 where A + s·p·10^d/10^36 = |s|·p·10^d/10^36 × f × level / (BPS × WAD), with
    /// A = otherNumerator − otherRequirement − c − fundingOwed. Long: p = −A / (s·u·(1 − m)) rounded up (0 if A ≥ 0,
    /// max if m ≥ 1); short: p = A / (|s|·u·(1 + m)) rounded down (0 if A ≤ 0).
    /// </summary>
    public BigInteger LiquidationPrice(BigInteger size, BigInteger costBasis, BigInteger fundingOwedNow, BigInteger otherNumerator,
        BigInteger otherRequirement, BigInteger fractionBps, BigInteger levelWad, BigInteger baseDecimals)
    {
        if (size.IsZero) return 0;
        var a = otherNumerator - otherRequirement - costBasis - (M(SpecMutation.PerpLiqPriceIgnoresFunding) ? 0 : fundingOwedNow);
        var level = M(SpecMutation.PerpLiqPriceIgnoresLevel) ? Wad : levelWad;
        // p (WAD) = A × 10^36 / (s × 10^d) / (1 ∓ f·level/(BPS·WAD)) = A × 10^36 × BPS × WAD / (s × 10^d × (BPS·WAD ∓ f·level))
        var one = Bps * Wad;
        var m = fractionBps * level;
        if (size > 0)
        {
            if (a >= 0) return 0;
            if (m >= one) return UintMax;
            var n = -a * Scale36 * one;
            var d = size * P10(baseDecimals) * (one - m);
            return M(SpecMutation.PerpLiqPriceLongRoundsDown) ? FloorQ(n, d) : CeilQ(n, d);
        }
        if (a <= 0) return 0;
        var nShort = a * Scale36 * one;
        var dShort = -size * P10(baseDecimals) * (M(SpecMutation.PerpLiqPriceShortSameFactorAsLong) ? one - m : one + m);
        return M(SpecMutation.PerpLiqPriceShortRoundsUp) ? CeilQ(nShort, dShort) : FloorQ(nShort, dShort);
    }

    // §13.8
    /// <summary>adlScore = pnl ≤ 0 ? 0 : (numerator ≤ 0 ? max : ⌊pnl × notional / numerator⌋).</summary>
    public BigInteger AdlScore(BigInteger pnl, BigInteger notionalValue, BigInteger numerator)
    {
        if (pnl <= 0) return 0;
        if (numerator <= 0) return M(SpecMutation.PerpAdlScoreBankruptAccountLast) ? 0 : UintMax;
        return M(SpecMutation.PerpAdlScoreRoundsUp) ? CeilQ(pnl * notionalValue, numerator) : FloorQ(pnl * notionalValue, numerator);
    }
}
