namespace MarginInsurance.SpecModel;

/// <summary>
/// One rule of docs/protocol.md implemented "the other plausible way". <see cref="SpecMath"/> with a mutation
/// other than <see cref="None"/> must disagree with at least one vector case (the mutation check in
/// MarginInsurance.Core.Tests): a rule no vector separates from its alternative is a rule the vectors do not pin.
/// Left out because no state the protocol can reach separates them (equivalent mutants): repay taking the whole
/// principal only for x &gt; debt (at x = debt the partial formula gives ⌊⌈P·I/WAD⌉·WAD/I⌋ = P for every I ≥ WAD, and
/// the borrow index never falls below WAD), and U ≤ kink vs U &lt; kink (both branches agree at U = kink); for §13:
/// basisReleased without the full-close branch (⌈c × s / s⌉ = c), and the impact's "≤ 0" vs "&lt; 0" (both give 0 at 0).
/// </summary>
public enum SpecMutation
{
    /// <summary>The rules as written.</summary>
    None,

    // §2
    /// <summary>value_a rounds up.</summary>
    ValueRoundsUp,
    /// <summary>amountFor_a rounds up.</summary>
    AmountForRoundsUp,

    // §3
    /// <summary>Each bracket floored on its own instead of one floor of the sum.</summary>
    TierFlooredPerBracket,
    /// <summary>The add-on reduces bracket 1 only.</summary>
    TierAddOnFirstBracketOnly,
    /// <summary>f_i not clamped at zero (a negative factor subtracts value).</summary>
    TierFactorNotClamped,
    /// <summary>B1 &gt; B2 reverts only when V &gt; B1 (the former Solidity behaviour).</summary>
    TierBreaksCheckedOnlyAboveB1,
    /// <summary>Bracket 3 uses cut2.</summary>
    TierThirdBracketUsesCut2,

    // §4
    /// <summary>health rounds up.</summary>
    HealthRoundsUp,
    /// <summary>health of a debt-free account is 0.</summary>
    HealthZeroDebtIsZero,
    /// <summary>utilization rounds down.</summary>
    UtilizationRoundsDown,
    /// <summary>utilization with debt and no borrow capacity is 0.</summary>
    UtilizationNoCapacityIsZero,

    // §5
    /// <summary>supplyBalance rounds up.</summary>
    SupplyBalanceRoundsUp,
    /// <summary>debt rounds down.</summary>
    DebtRoundsDown,
    /// <summary>supply principal rounds up.</summary>
    SupplyPrincipalRoundsUp,
    /// <summary>withdraw principal rounds down.</summary>
    WithdrawPrincipalRoundsDown,
    /// <summary>borrow principal rounds down.</summary>
    BorrowPrincipalRoundsDown,
    /// <summary>a partial repay's principal rounds up.</summary>
    RepayPartialRoundsUp,
    /// <summary>the debt compared with x is floored, not ⌈principal × index / WAD⌉.</summary>
    RepayComparesFlooredDebt,
    /// <summary>perYear above the kink floored once for both slopes.</summary>
    RateSlopesFlooredOnce,
    /// <summary>borrowRatePerSecond rounds up.</summary>
    RatePerSecondRoundsUp,
    /// <summary>market utilization not clamped at WAD.</summary>
    MarketUtilizationNotClamped,
    /// <summary>market utilization rounds up.</summary>
    MarketUtilizationRoundsUp,
    /// <summary>the model's rate is not capped at MAX_RATE_PER_SECOND.</summary>
    RateNotCapped,
    /// <summary>Δb rounds down.</summary>
    AccrueDeltaRoundsDown,
    /// <summary>interest rounds up.</summary>
    AccrueInterestRoundsUp,
    /// <summary>reserveCut rounds up.</summary>
    AccrueReserveCutRoundsUp,
    /// <summary>the supply index increment rounds up.</summary>
    AccrueSupplyDeltaRoundsUp,
    /// <summary>interest = total debt after − total debt before (each rounded up) instead of ⌊P_b × Δb / WAD⌋.</summary>
    AccrueInterestFromDebtDifference,

    // §6
    /// <summary>the pending add-on applies only after effectiveAt (t &gt; effectiveAt).</summary>
    AddOnStrictlyAfterEffectiveAt,
    /// <summary>effectiveAt = 0 is not read as "nothing pending".</summary>
    AddOnIgnoresZeroSentinel,

    // §7
    /// <summary>the whole debt also at health == deepHealthThreshold (≤, not &lt;).</summary>
    LiquidationDeepInclusive,
    /// <summary>close factor fixed at 5000 whatever the parameter.</summary>
    LiquidationCloseFactorFixed,
    /// <summary>dust threshold fixed at 10e6 whatever the parameter.</summary>
    LiquidationDustFixed,
    /// <summary>deep threshold fixed at 0.95e18 whatever the parameter.</summary>
    LiquidationDeepFixed,
    /// <summary>a remainder equal to the dust threshold is also repaid in full (≤, not &lt;).</summary>
    LiquidationDustInclusive,
    /// <summary>no dust rule.</summary>
    LiquidationNoDustRule,
    /// <summary>the seize is capped when seized ≥ balance (not &gt;).</summary>
    LiquidationSeizeCapInclusive,
    /// <summary>seizeValue rounds up.</summary>
    LiquidationSeizeValueRoundsUp,
    /// <summary>the re-derived repay of the capped branch rounds down.</summary>
    LiquidationCappedRepayRoundsDown,
    /// <summary>the re-derived repay of the capped branch ignores the bonus.</summary>
    LiquidationCappedRepayWithoutBonus,
    /// <summary>fee rounds down.</summary>
    LiquidationFeeRoundsDown,
    /// <summary>fee rounded twice: ⌈⌈repay × bonus / BPS⌉ × share / BPS⌉.</summary>
    LiquidationFeeRoundedTwice,

    // §8
    /// <summary>maxCover rounds up.</summary>
    BadDebtMaxCoverRoundsUp,
    /// <summary>the supply index drop rounds down.</summary>
    BadDebtDropRoundsDown,
    /// <summary>no cover cap: the pool covers up to all its assets.</summary>
    BadDebtNoCoverCap,
    /// <summary>the supply index is not clamped (a drop above it underflows, one equal to it leaves 0).</summary>
    IndexNotClamped,
    /// <summary>"never below 1" read as never below WAD.</summary>
    IndexClampedAtWad,

    // §13.2 perpetuals: value, notional, PnL
    /// <summary>notional rounds down.</summary>
    PerpNotionalRoundsDown,
    /// <summary>positionValue truncates toward zero (a short's liability understated).</summary>
    PerpPositionValueTruncates,
    /// <summary>costBasisDelta truncates toward zero.</summary>
    PerpCostBasisTruncates,
    /// <summary>basisReleased rounds toward −∞.</summary>
    PerpBasisReleasedRoundsDown,
    /// <summary>basisReleased truncates toward zero (differs from ⌈⌉ for a long only: for a short both go toward zero).</summary>
    PerpBasisReleasedTruncates,

    // §13.3 trade fee
    /// <summary>the flat fee is taken from the rounded notional: ⌈⌈notional⌉ × takerFeeBps / BPS⌉.</summary>
    PerpFlatFeeFromRoundedNotional,
    /// <summary>flat and impact summed, then rounded once.</summary>
    PerpTradeFeeRoundedOnce,
    /// <summary>a trade that reduces the skew earns the (negative) impact as a rebate, floored at a zero fee.</summary>
    PerpImpactRebate,
    /// <summary>the impact ignores the skew already there: Δ² instead of Δ(2k + Δ).</summary>
    PerpImpactIgnoresSkew,

    // §13.4 funding
    /// <summary>the funding rate is not clamped at ±maxFundingRate.</summary>
    PerpFundingRateNotClamped,
    /// <summary>the funding rate rounds toward −∞ instead of toward zero.</summary>
    PerpFundingRateFloors,
    /// <summary>the funding index delta rounds toward −∞ instead of toward zero.</summary>
    PerpFundingIndexDeltaFloors,
    /// <summary>funding owed truncates toward zero (a payer pays less).</summary>
    PerpFundingOwedTruncates,
    /// <summary>funding owed rounds toward −∞.</summary>
    PerpFundingOwedFloors,

    // §13.5–§13.6 margin and health
    /// <summary>the bracket fractions are not capped at 100 %.</summary>
    PerpMarginFractionNotCapped,
    /// <summary>the requirement rounds down.</summary>
    PerpMarginRequirementRoundsDown,
    /// <summary>the add-on raises bracket 1 only.</summary>
    PerpMarginAddOnFirstBracketOnly,
    /// <summary>the level is rounded separately: ⌈⌈sum / BPS⌉ × level / WAD⌉.</summary>
    PerpMarginLevelRoundedSeparately,
    /// <summary>a stored level of 0 is used as 0 (not the default WAD).</summary>
    PerpMarginLevelZeroIsZero,
    /// <summary>the haircut applies to losses too.</summary>
    PerpWeightedPnlHaircutsLosses,
    /// <summary>the weighted profit rounds up.</summary>
    PerpWeightedPnlRoundsUp,
    /// <summary>unifiedHealth rounds up.</summary>
    PerpHealthRoundsUp,
    /// <summary>with no debt and no requirement, health is 0 when the numerator is not positive.</summary>
    PerpHealthEmptyDenominatorChecksNumerator,

    /// <summary>accountHealth is unifiedHealth (an account owing only negative cash reads as healthy).</summary>
    PerpAccountHealthAsUnified,
    /// <summary>accountHealth of an account owing nothing with a zero numerator is 0 (≤, not &lt;).</summary>
    PerpAccountHealthZeroNumeratorIsZero,

    // §13.7–§13.8 liquidation and deleveraging
    /// <summary>the deep test is ≤ (at the deep threshold the whole position may be closed).</summary>
    PerpCloseDeepInclusive,
    /// <summary>a remainder whose notional equals the dust threshold is also closed (≤).</summary>
    PerpCloseDustInclusive,
    /// <summary>the dust test compares the remaining size, not its notional, with the dust threshold.</summary>
    PerpCloseDustOnSize,
    /// <summary>the penalty rounds down.</summary>
    PerpPenaltyRoundsDown,
    /// <summary>the insurance share rounds down (the liquidator gets the rounding).</summary>
    PerpPenaltyInsuranceRoundsDown,
    /// <summary>the insurance share rounded once from the notional: ⌈N × penalty × share / BPS²⌉.</summary>
    PerpPenaltyInsuranceFromNotional,
    /// <summary>the capped penalty is not capped at the equity after the close.</summary>
    PerpCappedPenaltyUncapped,
    /// <summary>the cap zeroes the penalty only at non-positive equity, else the whole penalty (no partial cap).</summary>
    PerpCappedPenaltyAllOrNothing,
    /// <summary>the insurance share is taken from the uncapped penalty (at most the capped one).</summary>
    PerpCappedPenaltyInsuranceFromUncapped,
    /// <summary>the penalty cap keeps no health: max(0, N_close − D'), the rule before the health term.</summary>
    PerpPenaltyCapIgnoresHealth,
    /// <summary>the penalty cap ignores the debt after the close: max(0, N_close − keep) (may create negative equity).</summary>
    PerpPenaltyCapIgnoresDebt,
    /// <summary>the kept numerator ⌈N × R' / R⌉ rounds down.</summary>
    PerpPenaltyCapKeepRoundsDown,
    /// <summary>the liquidation price ignores the funding owed.</summary>
    PerpLiqPriceIgnoresFunding,
    /// <summary>the liquidation price ignores the margin level (level 1.0).</summary>
    PerpLiqPriceIgnoresLevel,
    /// <summary>a long's liquidation price rounds down (away from the current price).</summary>
    PerpLiqPriceLongRoundsDown,
    /// <summary>a short's liquidation price rounds up (away from the current price).</summary>
    PerpLiqPriceShortRoundsUp,
    /// <summary>a short's liquidation price divides by (1 − m) as a long's does.</summary>
    PerpLiqPriceShortSameFactorAsLong,
    /// <summary>the ADL score rounds up.</summary>
    PerpAdlScoreRoundsUp,
    /// <summary>an account with a non-positive numerator scores 0 instead of first.</summary>
    PerpAdlScoreBankruptAccountLast,
}
