using System.Numerics;

namespace MarginInsurance.SpecModel;

/// <summary>
/// The vector functions by name: argument names (the JSON keys, in call order), output names and how
/// <see cref="SpecMath"/> computes them. Used by tools/VectorGen to write the expected values and by the
/// tests that check the vector files against the model and its mutations.
/// </summary>
public static class SpecFunctions
{
    /// <summary>One vector function.</summary>
    /// <param name="Name">File and function name (camelCase, as in MarginMath.sol).</param>
    /// <param name="Args">Argument names in call order.</param>
    /// <param name="Outputs">Output keys: <c>expected</c>, or <c>expectedX</c> per named output.</param>
    /// <param name="Eval">Computes the outputs (in <paramref name="Outputs"/> order) from the arguments.</param>
    public sealed record Function(string Name, string[] Args, string[] Outputs, Func<SpecMath, BigInteger[], BigInteger[]> Eval);

    private static readonly string[] One = ["expected"];

    /// <summary>The functions of §13 (PerpMath), vector files tests/vectors/perps/&lt;function&gt;.json (declared before <see cref="All"/>, which includes them).</summary>
    public static IReadOnlyList<Function> Perps { get; } =
    [
        new("notional", ["absSize", "priceWad", "baseDecimals"], One, (s, a) => [s.Notional(a[0], a[1], a[2])]),
        new("positionValue", ["size", "priceWad", "baseDecimals"], One, (s, a) => [s.PositionValue(a[0], a[1], a[2])]),
        new("costBasisDelta", ["sizeDelta", "priceWad", "baseDecimals"], One, (s, a) => [s.CostBasisDelta(a[0], a[1], a[2])]),
        new("unrealizedPnl", ["size", "costBasis", "priceWad", "baseDecimals"], One, (s, a) => [s.UnrealizedPnl(a[0], a[1], a[2], a[3])]),
        new("basisReleased", ["costBasis", "size", "closeSize"], One, (s, a) => [s.BasisReleased(a[0], a[1], a[2])]),
        new("realizedPnl", ["size", "costBasis", "closeSize", "priceWad", "baseDecimals"], ["expectedPnl", "expectedReleased"],
            (s, a) => { var r = s.RealizedPnl(a[0], a[1], a[2], a[3], a[4]); return [r.Pnl, r.Released]; }),
        new("tradeFee", ["sizeDelta", "skew", "priceWad", "baseDecimals", "takerFeeBps", "skewScale"], One,
            (s, a) => [s.TradeFee(a[0], a[1], a[2], a[3], a[4], a[5])]),
        new("fundingRate", ["skew", "skewScale", "maxFundingRatePerSecond"], One, (s, a) => [s.FundingRate(a[0], a[1], a[2])]),
        new("fundingIndexDelta", ["rate", "priceWad", "dt"], One, (s, a) => [s.FundingIndexDelta(a[0], a[1], a[2])]),
        new("fundingOwed", ["size", "fundingIndex", "entryFundingIndex", "baseDecimals"], One, (s, a) => [s.FundingOwed(a[0], a[1], a[2], a[3])]),
        new("marginRequirement", ["notionalValue", "fractionBps", "addOnBps", "notionalBreak1", "notionalBreak2", "step2Bps", "step3Bps", "levelWad"], One,
            (s, a) => [s.MarginRequirement(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])]),
        new("marginLevel", ["storedLevelWad"], One, (s, a) => [s.MarginLevel(a[0])]),
        new("weightedPnl", ["pnl", "pnlWeightBps"], One, (s, a) => [s.WeightedPnl(a[0], a[1])]),
        new("unifiedHealth", ["numerator", "debt", "requirement"], One, (s, a) => [s.UnifiedHealth(a[0], a[1], a[2])]),
        new("accountHealth", ["numerator", "debt", "requirement"], One, (s, a) => [s.AccountHealth(a[0], a[1], a[2])]),
        new("positionCloseSize", ["absSize", "maxCloseSize", "healthWad", "closeFactorBps", "deepHealthThresholdWad", "dustThreshold", "priceWad", "baseDecimals"], One,
            (s, a) => [s.PositionCloseSize(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])]),
        new("liquidationPenalty", ["closedNotional", "penaltyBps", "protocolShareBps"], ["expectedPenalty", "expectedToLiquidator", "expectedToInsurance"],
            (s, a) => { var r = s.LiquidationPenalty(a[0], a[1], a[2]); return [r.Penalty, r.ToLiquidator, r.ToInsurance]; }),
        new("adlScore", ["pnl", "notionalValue", "numerator"], One, (s, a) => [s.AdlScore(a[0], a[1], a[2])]),
        new("cappedLiquidationPenalty", ["closedNotional", "penaltyBps", "protocolShareBps", "equityAfterClose"],
            ["expectedPenalty", "expectedToLiquidator", "expectedToInsurance"],
            (s, a) => { var r = s.CappedLiquidationPenalty(a[0], a[1], a[2], a[3]); return [r.Penalty, r.ToLiquidator, r.ToInsurance]; }),
        new("penaltyCap", ["numeratorBefore", "requirementBefore", "numeratorAfterClose", "debtAfterClose", "requirementAfterClose"], One,
            (s, a) => [s.PenaltyCap(a[0], a[1], a[2], a[3], a[4])]),
        new("liquidationPrice", ["size", "costBasis", "fundingOwedNow", "otherNumerator", "otherRequirement", "fractionBps", "levelWad", "baseDecimals"], One,
            (s, a) => [s.LiquidationPrice(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])]),
    ];

    /// <summary>Every function of docs/protocol.md §2–§8 and §13 that has a vector file (§13's in tests/vectors/perps).</summary>
    public static IReadOnlyDictionary<string, Function> All { get; } = new Function[]
    {
        new("collateralValue", ["amount", "priceWad", "collateralDecimals", "baseDecimals"], One,
            (s, a) => [s.CollateralValue(a[0], a[1], a[2], a[3])]),
        new("collateralAmountFor", ["value", "priceWad", "collateralDecimals", "baseDecimals"], One,
            (s, a) => [s.CollateralAmountFor(a[0], a[1], a[2], a[3])]),
        new("tieredAdjusted", ["value", "factorBps", "addOnBps", "tierBreak1", "tierBreak2", "tierCut2Bps", "tierCut3Bps"], One,
            (s, a) => [s.TieredAdjusted(a[0], a[1], a[2], a[3], a[4], a[5], a[6])]),
        new("health", ["liquidationCapacity", "debt"], One, (s, a) => [s.Health(a[0], a[1])]),
        new("utilization", ["debt", "borrowCapacity"], One, (s, a) => [s.Utilization(a[0], a[1])]),
        new("toSupplyBalance", ["principal", "supplyIndex"], One, (s, a) => [s.ToSupplyBalance(a[0], a[1])]),
        new("toDebt", ["principal", "borrowIndex"], One, (s, a) => [s.ToDebt(a[0], a[1])]),
        new("supplyPrincipalFor", ["amount", "supplyIndex"], One, (s, a) => [s.SupplyPrincipalFor(a[0], a[1])]),
        new("withdrawPrincipalFor", ["amount", "supplyIndex"], One, (s, a) => [s.WithdrawPrincipalFor(a[0], a[1])]),
        new("borrowPrincipalFor", ["amount", "borrowIndex"], One, (s, a) => [s.BorrowPrincipalFor(a[0], a[1])]),
        new("repayPrincipalFor", ["amount", "principal", "borrowIndex"], One, (s, a) => [s.RepayPrincipalFor(a[0], a[1], a[2])]),
        new("kinkedRatePerSecond", ["utilizationWad", "baseRatePerYear", "slope1PerYear", "slope2PerYear", "kinkWad"], One,
            (s, a) => [s.KinkedRatePerSecond(a[0], a[1], a[2], a[3], a[4])]),
        new("cappedRatePerSecond", ["modelRatePerSecond"], One, (s, a) => [s.CappedRatePerSecond(a[0])]),
        new("marketUtilization", ["totalSupplyAssets", "totalBorrowAssets"], One, (s, a) => [s.MarketUtilization(a[0], a[1])]),
        new("accrue", ["totalSupplyPrincipal", "totalBorrowPrincipal", "supplyIndex", "borrowIndex", "ratePerSecond", "dt", "reserveFactorBps"],
            ["expectedSupplyIndex", "expectedBorrowIndex", "expectedReserveCut"],
            (s, a) => { var r = s.Accrue(a[0], a[1], a[2], a[3], a[4], a[5], a[6]); return [r.SupplyIndex, r.BorrowIndex, r.ReserveCut]; }),
        new("effectiveAddOn", ["currentBps", "pendingBps", "pendingEffectiveAt", "nowTs"], One,
            (s, a) => [s.EffectiveAddOn(a[0], a[1], a[2], a[3])]),
        new("liquidationAmounts", ["debt", "healthWad", "maxRepay", "closeFactorBps", "deepHealthThresholdWad", "dustThreshold", "bonusBps",
                "protocolShareBps", "collateralBalance", "priceWad", "collateralDecimals", "baseDecimals"],
            ["expectedRepay", "expectedSeized", "expectedFee"],
            (s, a) => { var r = s.LiquidationAmounts(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]); return [r.Repay, r.Seized, r.Fee]; }),
        new("badDebtSplit", ["badDebt", "poolAssets", "coverCapBps", "totalSupplyPrincipal"],
            ["expectedCover", "expectedSocialized", "expectedSupplyIndexDrop"],
            (s, a) => { var r = s.BadDebtSplit(a[0], a[1], a[2], a[3]); return [r.Cover, r.Socialized, r.SupplyIndexDrop]; }),
        new("supplyIndexAfterLoss", ["supplyIndex", "drop"], One, (s, a) => [s.SupplyIndexAfterLoss(a[0], a[1])]),
    }.Concat(Perps).ToDictionary(f => f.Name);
}
