using System.Numerics;

namespace MarginInsurance.SpecModel;

/// <summary>
/// docs/protocol.md §2–§8 transcribed from the text, one method per pure function, with <see cref="SpecMutation"/>
/// switches. Written without reading MarginInsurance.Core or MarginMath.sol, so a misreading shared by both
/// homes of the formulas does not slip into the expected values. Every formula rounds once unless the text says so.
/// </summary>
public sealed partial class SpecMath(SpecMutation mutation = SpecMutation.None)
{
    /// <summary>Fixed-point one (§1).</summary>
    public static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    /// <summary>Basis-point one (§1).</summary>
    public static readonly BigInteger Bps = 10_000;
    /// <summary>365 days in seconds (§5).</summary>
    public static readonly BigInteger Year = 365 * 24 * 3600;
    /// <summary>⌊10 × WAD / YEAR⌋ (§5): 1000 % a year.</summary>
    public static readonly BigInteger MaxRatePerSecond = 10 * Wad / Year;
    /// <summary>type(uint256).max.</summary>
    public static readonly BigInteger UintMax = BigInteger.Pow(2, 256) - 1;

    private bool M(SpecMutation m) => mutation == m;

    private static BigInteger Down(BigInteger x, BigInteger y) => y.IsZero ? throw new SpecRevert("Panic(0x12)") : x / y;
    private static BigInteger Up(BigInteger x, BigInteger y) => y.IsZero ? throw new SpecRevert("Panic(0x12)") : (x + y - 1) / y;
    private static BigInteger Round(bool up, BigInteger x, BigInteger y) => up ? Up(x, y) : Down(x, y);
    private static BigInteger P10(BigInteger n) => BigInteger.Pow(10, (int)n);

    // §2
    /// <summary>value_a(amount) = ⌊amount × p × 10^d_b / 10^(d_a + 18)⌋.</summary>
    public BigInteger CollateralValue(BigInteger amount, BigInteger priceWad, BigInteger collateralDecimals, BigInteger baseDecimals)
        => Round(M(SpecMutation.ValueRoundsUp), amount * priceWad * P10(baseDecimals), P10(collateralDecimals + 18));

    /// <summary>amountFor_a(v) = ⌊v × 10^(d_a + 18) / (p × 10^d_b)⌋; reverts (division by zero) at p = 0.</summary>
    public BigInteger CollateralAmountFor(BigInteger value, BigInteger priceWad, BigInteger collateralDecimals, BigInteger baseDecimals)
        => Round(M(SpecMutation.AmountForRoundsUp), value * P10(collateralDecimals + 18), priceWad * P10(baseDecimals));

    // §3
    /// <summary>adjusted_F(V), bracket-wise, floored once; reverts with InvalidTiers if B1 &gt; B2.</summary>
    public BigInteger TieredAdjusted(BigInteger value, BigInteger factorBps, BigInteger addOnBps,
        BigInteger tierBreak1, BigInteger tierBreak2, BigInteger tierCut2Bps, BigInteger tierCut3Bps)
    {
        if (tierBreak1 > tierBreak2 && (!M(SpecMutation.TierBreaksCheckedOnlyAboveB1) || value > tierBreak1))
            throw new SpecRevert("InvalidTiers");
        BigInteger F(BigInteger cut, BigInteger addOn)
            => M(SpecMutation.TierFactorNotClamped) ? factorBps - cut - addOn
             : factorBps > cut + addOn ? factorBps - cut - addOn : 0;
        var addOn23 = M(SpecMutation.TierAddOnFirstBracketOnly) ? 0 : addOnBps;
        var cut3 = M(SpecMutation.TierThirdBracketUsesCut2) ? tierCut2Bps : tierCut3Bps;
        BigInteger[] parts =
        [
            BigInteger.Min(value, tierBreak1) * F(0, addOnBps),
            BigInteger.Max(BigInteger.Min(value - tierBreak1, tierBreak2 - tierBreak1), 0) * F(tierCut2Bps, addOn23),
            BigInteger.Max(value - tierBreak2, 0) * F(cut3, addOn23),
        ];
        return M(SpecMutation.TierFlooredPerBracket) ? parts.Aggregate(BigInteger.Zero, (a, p) => a + Floor(p, Bps))
            : Floor(parts.Aggregate(BigInteger.Zero, (a, p) => a + p), Bps);
    }

    private static BigInteger Floor(BigInteger x, BigInteger y) => BigInteger.DivRem(x, y, out var r) - (r.Sign < 0 ? 1 : 0);

    // §4
    /// <summary>health = D == 0 ? max : ⌊L × WAD / D⌋.</summary>
    public BigInteger Health(BigInteger liquidationCapacity, BigInteger debt)
        => debt.IsZero ? (M(SpecMutation.HealthZeroDebtIsZero) ? 0 : UintMax)
         : Round(M(SpecMutation.HealthRoundsUp), liquidationCapacity * Wad, debt);

    /// <summary>utilization = D == 0 ? 0 : (C == 0 ? max : ⌈D × WAD / C⌉).</summary>
    public BigInteger Utilization(BigInteger debt, BigInteger borrowCapacity)
        => debt.IsZero ? 0
         : borrowCapacity.IsZero ? (M(SpecMutation.UtilizationNoCapacityIsZero) ? 0 : UintMax)
         : Round(!M(SpecMutation.UtilizationRoundsDown), debt * Wad, borrowCapacity);

    // §5
    /// <summary>⌊principal × supplyIndex / WAD⌋.</summary>
    public BigInteger ToSupplyBalance(BigInteger principal, BigInteger supplyIndex)
        => Round(M(SpecMutation.SupplyBalanceRoundsUp), principal * supplyIndex, Wad);

    /// <summary>⌈principal × borrowIndex / WAD⌉.</summary>
    public BigInteger ToDebt(BigInteger principal, BigInteger borrowIndex)
        => Round(!M(SpecMutation.DebtRoundsDown), principal * borrowIndex, Wad);

    /// <summary>supply x: +⌊x × WAD / supplyIndex⌋.</summary>
    public BigInteger SupplyPrincipalFor(BigInteger amount, BigInteger supplyIndex)
        => Round(M(SpecMutation.SupplyPrincipalRoundsUp), amount * Wad, supplyIndex);

    /// <summary>withdraw x: −⌈x × WAD / supplyIndex⌉.</summary>
    public BigInteger WithdrawPrincipalFor(BigInteger amount, BigInteger supplyIndex)
        => Round(!M(SpecMutation.WithdrawPrincipalRoundsDown), amount * Wad, supplyIndex);

    /// <summary>borrow x: +⌈x × WAD / borrowIndex⌉.</summary>
    public BigInteger BorrowPrincipalFor(BigInteger amount, BigInteger borrowIndex)
        => Round(!M(SpecMutation.BorrowPrincipalRoundsDown), amount * Wad, borrowIndex);

    /// <summary>repay x: the whole principal if x ≥ debt (debt = ⌈P × I / WAD⌉), else ⌊x × WAD / I⌋.</summary>
    public BigInteger RepayPrincipalFor(BigInteger amount, BigInteger principal, BigInteger borrowIndex)
    {
        if (borrowIndex.IsZero) throw new SpecRevert("Panic(0x12)");
        var debt = M(SpecMutation.RepayComparesFlooredDebt) ? principal * borrowIndex / Wad : ToDebt(principal, borrowIndex);
        return amount >= debt ? principal : Round(M(SpecMutation.RepayPartialRoundsUp), amount * Wad, borrowIndex);
    }

    /// <summary>Kinked model: ⌊perYear(U) / YEAR⌋, perYear with one floor per slope term.</summary>
    public BigInteger KinkedRatePerSecond(BigInteger utilizationWad, BigInteger baseRatePerYear,
        BigInteger slope1PerYear, BigInteger slope2PerYear, BigInteger kinkWad)
    {
        BigInteger perYear = utilizationWad <= kinkWad
            ? baseRatePerYear + slope1PerYear * utilizationWad / Wad
            : M(SpecMutation.RateSlopesFlooredOnce)
                ? baseRatePerYear + (slope1PerYear * kinkWad + slope2PerYear * (utilizationWad - kinkWad)) / Wad
                : baseRatePerYear + slope1PerYear * kinkWad / Wad + slope2PerYear * (utilizationWad - kinkWad) / Wad;
        return Round(M(SpecMutation.RatePerSecondRoundsUp), perYear, Year);
    }

    /// <summary>U = S == 0 ? 0 : min(WAD, ⌊B × WAD / S⌋).</summary>
    public BigInteger MarketUtilization(BigInteger totalSupplyAssets, BigInteger totalBorrowAssets)
    {
        if (totalSupplyAssets.IsZero) return 0;
        var u = Round(M(SpecMutation.MarketUtilizationRoundsUp), totalBorrowAssets * Wad, totalSupplyAssets);
        return M(SpecMutation.MarketUtilizationNotClamped) ? u : BigInteger.Min(Wad, u);
    }

    /// <summary>r = min(model's answer, MAX_RATE_PER_SECOND) (§5).</summary>
    public BigInteger CappedRatePerSecond(BigInteger modelRatePerSecond)
        => M(SpecMutation.RateNotCapped) ? modelRatePerSecond : BigInteger.Min(modelRatePerSecond, MaxRatePerSecond);

    /// <summary>One accrual step (§5) at the already capped rate r.</summary>
    public (BigInteger SupplyIndex, BigInteger BorrowIndex, BigInteger ReserveCut) Accrue(BigInteger totalSupplyPrincipal,
        BigInteger totalBorrowPrincipal, BigInteger supplyIndex, BigInteger borrowIndex, BigInteger ratePerSecond, BigInteger dt,
        BigInteger reserveFactorBps)
    {
        // Both indices saturate at 2^128 − 1 (§5).
        var maxIndex = BigInteger.Pow(2, 128) - 1;
        var db = BigInteger.Min(Round(!M(SpecMutation.AccrueDeltaRoundsDown), borrowIndex * ratePerSecond * dt, Wad),
            BigInteger.Max(0, maxIndex - borrowIndex));
        var interest = M(SpecMutation.AccrueInterestFromDebtDifference)
            ? ToDebt(totalBorrowPrincipal, borrowIndex + db) - ToDebt(totalBorrowPrincipal, borrowIndex)
            : Round(M(SpecMutation.AccrueInterestRoundsUp), totalBorrowPrincipal * db, Wad);
        var cut = Round(M(SpecMutation.AccrueReserveCutRoundsUp), interest * reserveFactorBps, Bps);
        var ds = totalSupplyPrincipal.IsZero ? 0
            : Round(M(SpecMutation.AccrueSupplyDeltaRoundsUp), (interest - cut) * Wad, totalSupplyPrincipal);
        return (totalSupplyPrincipal.IsZero ? supplyIndex : BigInteger.Min(maxIndex, supplyIndex + ds), borrowIndex + db, cut);
    }

    // §6
    /// <summary>addOn(t) = (effectiveAt ≠ 0 ∧ t ≥ effectiveAt) ? pending : current.</summary>
    public BigInteger EffectiveAddOn(BigInteger currentBps, BigInteger pendingBps, BigInteger pendingEffectiveAt, BigInteger nowTs)
    {
        var set = M(SpecMutation.AddOnIgnoresZeroSentinel) || !pendingEffectiveAt.IsZero;
        var due = M(SpecMutation.AddOnStrictlyAfterEffectiveAt) ? nowTs > pendingEffectiveAt : nowTs >= pendingEffectiveAt;
        return set && due ? pendingBps : currentBps;
    }

    // §7
    /// <summary>repay, seized, fee of one liquidation call (§7).</summary>
    public (BigInteger Repay, BigInteger Seized, BigInteger Fee) LiquidationAmounts(BigInteger debt, BigInteger healthWad,
        BigInteger maxRepay, BigInteger closeFactorBps, BigInteger deepHealthThresholdWad, BigInteger dustThreshold,
        BigInteger bonusBps, BigInteger protocolShareBps, BigInteger collateralBalance, BigInteger priceWad,
        BigInteger collateralDecimals, BigInteger baseDecimals)
    {
        var deep = M(SpecMutation.LiquidationDeepFixed) ? 95 * BigInteger.Pow(10, 16) : deepHealthThresholdWad;
        var normal = M(SpecMutation.LiquidationCloseFactorFixed) ? 5000 : closeFactorBps;
        var dust = M(SpecMutation.LiquidationDustFixed) ? 10_000_000 : dustThreshold;
        var isDeep = M(SpecMutation.LiquidationDeepInclusive) ? healthWad <= deep : healthWad < deep;
        var cap = Down(debt * (isDeep ? Bps : normal), Bps);
        var isDust = M(SpecMutation.LiquidationDustInclusive) ? debt - cap <= dust : debt - cap < dust;
        if (isDust && !M(SpecMutation.LiquidationNoDustRule)) cap = debt;
        var repay = BigInteger.Min(maxRepay, cap);
        var seizeValue = Round(M(SpecMutation.LiquidationSeizeValueRoundsUp), repay * (Bps + bonusBps), Bps);
        var seized = CollateralAmountFor(seizeValue, priceWad, collateralDecimals, baseDecimals);
        var over = M(SpecMutation.LiquidationSeizeCapInclusive) ? seized >= collateralBalance : seized > collateralBalance;
        if (over)
        {
            seized = collateralBalance;
            var worth = CollateralValue(collateralBalance, priceWad, collateralDecimals, baseDecimals);
            var back = M(SpecMutation.LiquidationCappedRepayWithoutBonus) ? worth
                : Round(!M(SpecMutation.LiquidationCappedRepayRoundsDown), worth * Bps, Bps + bonusBps);
            repay = BigInteger.Min(BigInteger.Min(back, cap), debt);
        }
        var fee = M(SpecMutation.LiquidationFeeRoundedTwice)
            ? Up(Up(repay * bonusBps, Bps) * protocolShareBps, Bps)
            : Round(!M(SpecMutation.LiquidationFeeRoundsDown), repay * bonusBps * protocolShareBps, Bps * Bps);
        return (repay, seized, fee);
    }

    // §8
    /// <summary>cover, socialized and the supply index drop of a bad debt B (§8).</summary>
    public (BigInteger Cover, BigInteger Socialized, BigInteger SupplyIndexDrop) BadDebtSplit(BigInteger badDebt,
        BigInteger poolAssets, BigInteger coverCapBps, BigInteger totalSupplyPrincipal)
    {
        var maxCover = M(SpecMutation.BadDebtNoCoverCap) ? poolAssets
            : Round(M(SpecMutation.BadDebtMaxCoverRoundsUp), poolAssets * coverCapBps, Bps);
        var cover = BigInteger.Min(badDebt, maxCover);
        var socialized = badDebt - cover;
        var drop = totalSupplyPrincipal.IsZero ? 0
            : Round(!M(SpecMutation.BadDebtDropRoundsDown), socialized * Wad, totalSupplyPrincipal);
        return (cover, socialized, drop);
    }

    /// <summary>supplyIndex after the loss: max(supplyIndex − drop, 1) — one wei of index, clamped (§8).</summary>
    public BigInteger SupplyIndexAfterLoss(BigInteger supplyIndex, BigInteger drop)
    {
        if (M(SpecMutation.IndexNotClamped))
            return supplyIndex >= drop ? supplyIndex - drop : throw new SpecRevert("Panic(0x11)");
        var floor = M(SpecMutation.IndexClampedAtWad) ? Wad : 1;
        return BigInteger.Max(supplyIndex - drop, floor);
    }
}
