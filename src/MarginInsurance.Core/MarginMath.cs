using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core;

/// <summary>Result of <see cref="MarginMath.Accrue"/> (docs/protocol.md §5).</summary>
/// <param name="SupplyIndex">Supply index after accrual (WAD).</param>
/// <param name="BorrowIndex">Borrow index after accrual (WAD).</param>
/// <param name="ReserveCut">Interest routed to reserves by this accrual (base units).</param>
public readonly record struct AccrualResult(BigInteger SupplyIndex, BigInteger BorrowIndex, BigInteger ReserveCut);

/// <summary>Result of <see cref="MarginMath.LiquidationAmounts"/> (docs/protocol.md §7).</summary>
/// <param name="Repay">Debt repaid by the liquidator (base units).</param>
/// <param name="Seized">Collateral transferred to the liquidator (collateral units).</param>
/// <param name="Fee">Protocol share of the bonus, paid by the liquidator to the insurance pool (base units).</param>
public readonly record struct LiquidationResult(BigInteger Repay, BigInteger Seized, BigInteger Fee);

/// <summary>Result of <see cref="MarginMath.BadDebtSplit"/> (docs/protocol.md §8).</summary>
/// <param name="Cover">Bad debt covered by the insurance pool (base units).</param>
/// <param name="Socialized">Bad debt socialized to lenders (base units).</param>
/// <param name="SupplyIndexDrop">Amount subtracted from the supply index (WAD).</param>
public readonly record struct BadDebtResult(BigInteger Cover, BigInteger Socialized, BigInteger SupplyIndexDrop);

/// <summary>
/// Pure protocol math of docs/protocol.md §2–§8, one-to-one with <c>contracts/libraries/MarginMath.sol</c>
/// (same names in PascalCase, same argument order, same rounding). All amounts are uint256:
/// negative arguments or arguments above 2^256 − 1 throw <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public static class MarginMath
{
    /// <summary>
    /// Ceiling on the borrow rate, ⌊10 × WAD / YEAR⌋ per second (1000 % a year), applied by <see cref="CappedRatePerSecond"/>
    /// to the rate model's answer (§5; MarginMath.MAX_RATE_PER_SECOND in Solidity).
    /// </summary>
    public static readonly BigInteger MaxRatePerSecond = 10 * WAD / YEAR;

    /// <summary>
    /// Ceiling of both indices, 2^128 − 1 (their storage width): <see cref="Accrue"/> saturates here instead of
    /// overflowing (§5; MarginMath.MAX_INDEX in Solidity).
    /// </summary>
    public static readonly BigInteger MaxIndex = (BigInteger.One << 128) - 1;

    // ───────────────────────────── §2 collateral value ─────────────────────────────

    /// <summary>
    /// Base-unit value of <paramref name="amount"/> collateral units:
    /// ⌊amount · priceWad · 10^baseDecimals / 10^(collateralDecimals + 18)⌋ (§2, rounds down).
    /// </summary>
    /// <param name="amount">Collateral amount in the collateral's smallest units.</param>
    /// <param name="priceWad">Price of one whole collateral token in base tokens, WAD.</param>
    /// <param name="collateralDecimals">Decimals of the collateral token.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger CollateralValue(BigInteger amount, BigInteger priceWad, int collateralDecimals, int baseDecimals)
    {
        Guard.Uint(amount, nameof(amount));
        Guard.Uint(priceWad, nameof(priceWad));
        Guard.Decimals(collateralDecimals, nameof(collateralDecimals));
        Guard.Decimals(baseDecimals, nameof(baseDecimals));
        return Guard.Result(amount * priceWad * Pow10(baseDecimals) / Pow10(collateralDecimals + 18));
    }

    /// <summary>
    /// Collateral units worth <paramref name="value"/> base units:
    /// ⌊value · 10^(collateralDecimals + 18) / (priceWad · 10^baseDecimals)⌋ (§2, rounds down).
    /// </summary>
    /// <param name="value">Value in base units.</param>
    /// <param name="priceWad">Price of one whole collateral token in base tokens, WAD; must be &gt; 0.</param>
    /// <param name="collateralDecimals">Decimals of the collateral token.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static BigInteger CollateralAmountFor(BigInteger value, BigInteger priceWad, int collateralDecimals, int baseDecimals)
    {
        Guard.Uint(value, nameof(value));
        Guard.Uint(priceWad, nameof(priceWad));
        Guard.Decimals(collateralDecimals, nameof(collateralDecimals));
        Guard.Decimals(baseDecimals, nameof(baseDecimals));
        if (priceWad.IsZero)
            throw new ArgumentOutOfRangeException(nameof(priceWad), priceWad, "priceWad must be > 0 (Solidity reverts on division by zero).");
        return Guard.Result(value * Pow10(collateralDecimals + 18) / (priceWad * Pow10(baseDecimals)));
    }

    // ───────────────────────────── §3 tiers and add-on ─────────────────────────────

    /// <summary>
    /// Bracket-wise adjusted value of a position worth <paramref name="value"/> (§3):
    /// ⌊(min(V,B1)·f1 + clamp(V−B1, 0, B2−B1)·f2 + max(V−B2, 0)·f3) / BPS⌋ with
    /// f1 = max(0, F − addOn), f2 = max(0, F − cut2 − addOn), f3 = max(0, F − cut3 − addOn).
    /// </summary>
    /// <param name="value">Position value V, base units.</param>
    /// <param name="factorBps">Factor F (liquidation threshold or borrow factor), bps.</param>
    /// <param name="addOnBps">Add-on in force (see <see cref="EffectiveAddOn"/>), bps.</param>
    /// <param name="tierBreak1">B1, base units.</param>
    /// <param name="tierBreak2">B2 (≥ B1), base units.</param>
    /// <param name="tierCut2Bps">Reduction in bracket 2, bps.</param>
    /// <param name="tierCut3Bps">Reduction in bracket 3, bps.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, or B2 &lt; B1.</exception>
    public static BigInteger TieredAdjusted(BigInteger value, BigInteger factorBps, BigInteger addOnBps,
        BigInteger tierBreak1, BigInteger tierBreak2, BigInteger tierCut2Bps, BigInteger tierCut3Bps)
    {
        Guard.Uint(value, nameof(value));
        Guard.Uint(factorBps, nameof(factorBps));
        Guard.Uint(addOnBps, nameof(addOnBps));
        Guard.Uint(tierBreak1, nameof(tierBreak1));
        Guard.Uint(tierBreak2, nameof(tierBreak2));
        Guard.Uint(tierCut2Bps, nameof(tierCut2Bps));
        Guard.Uint(tierCut3Bps, nameof(tierCut3Bps));
        if (tierBreak2 < tierBreak1)
            throw new ArgumentOutOfRangeException(nameof(tierBreak2), tierBreak2, "tierBreak2 must be >= tierBreak1.");

        BigInteger f1 = SubFloor(factorBps, addOnBps);
        BigInteger f2 = SubFloor(factorBps, tierCut2Bps + addOnBps);
        BigInteger f3 = SubFloor(factorBps, tierCut3Bps + addOnBps);

        BigInteger part1 = BigInteger.Min(value, tierBreak1);
        BigInteger part2 = value > tierBreak1 ? BigInteger.Min(value - tierBreak1, tierBreak2 - tierBreak1) : BigInteger.Zero;
        BigInteger part3 = value > tierBreak2 ? value - tierBreak2 : BigInteger.Zero;
        return Guard.Result((part1 * f1 + part2 * f2 + part3 * f3) / BPS);
    }

    /// <summary>
    /// Add-on in force at <paramref name="nowTs"/> (§6): the pending value once
    /// <c>nowTs ≥ pendingEffectiveAt</c>, otherwise the current one. <c>pendingEffectiveAt == 0</c> means none pending.
    /// </summary>
    /// <param name="currentBps">Add-on currently in force, bps.</param>
    /// <param name="pendingBps">Pending (announced) add-on, bps.</param>
    /// <param name="pendingEffectiveAt">Unix time the pending add-on takes effect; 0 if none.</param>
    /// <param name="nowTs">Evaluation time (block timestamp), Unix seconds.</param>
    public static BigInteger EffectiveAddOn(BigInteger currentBps, BigInteger pendingBps, BigInteger pendingEffectiveAt, BigInteger nowTs)
    {
        Guard.Uint(currentBps, nameof(currentBps));
        Guard.Uint(pendingBps, nameof(pendingBps));
        Guard.Uint(pendingEffectiveAt, nameof(pendingEffectiveAt));
        Guard.Uint(nowTs, nameof(nowTs));
        return !pendingEffectiveAt.IsZero && nowTs >= pendingEffectiveAt ? pendingBps : currentBps;
    }

    // ───────────────────────────── §4 health and utilization ─────────────────────────────

    /// <summary>Margin health (§4): <c>debt == 0 ? 2^256 − 1 : ⌊liquidationCapacity · WAD / debt⌋</c>.</summary>
    /// <param name="liquidationCapacity">L, base units.</param>
    /// <param name="debt">D, base units.</param>
    public static BigInteger Health(BigInteger liquidationCapacity, BigInteger debt)
    {
        Guard.Uint(liquidationCapacity, nameof(liquidationCapacity));
        Guard.Uint(debt, nameof(debt));
        return debt.IsZero ? MaxUint256 : MulDivDown(liquidationCapacity, WAD, debt);
    }

    /// <summary>
    /// Margin utilization (§4): <c>debt == 0 ? 0 : borrowCapacity == 0 ? 2^256 − 1 : ⌈debt · WAD / borrowCapacity⌉</c>.
    /// </summary>
    /// <param name="debt">D, base units.</param>
    /// <param name="borrowCapacity">C, base units.</param>
    public static BigInteger Utilization(BigInteger debt, BigInteger borrowCapacity)
    {
        Guard.Uint(debt, nameof(debt));
        Guard.Uint(borrowCapacity, nameof(borrowCapacity));
        if (debt.IsZero) return BigInteger.Zero;
        if (borrowCapacity.IsZero) return MaxUint256;
        return MulDivUp(debt, WAD, borrowCapacity);
    }

    // ───────────────────────────── §5 principal × index ─────────────────────────────

    /// <summary>Supply balance (§5): ⌊principal · supplyIndex / WAD⌋.</summary>
    /// <param name="principal">Supply principal.</param>
    /// <param name="supplyIndex">Supply index, WAD.</param>
    public static BigInteger ToSupplyBalance(BigInteger principal, BigInteger supplyIndex)
    {
        Guard.Uint(principal, nameof(principal));
        Guard.Uint(supplyIndex, nameof(supplyIndex));
        return MulDivDown(principal, supplyIndex, WAD);
    }

    /// <summary>Debt (§5): ⌈principal · borrowIndex / WAD⌉.</summary>
    /// <param name="principal">Borrow principal.</param>
    /// <param name="borrowIndex">Borrow index, WAD.</param>
    public static BigInteger ToDebt(BigInteger principal, BigInteger borrowIndex)
    {
        Guard.Uint(principal, nameof(principal));
        Guard.Uint(borrowIndex, nameof(borrowIndex));
        return MulDivUp(principal, borrowIndex, WAD);
    }

    /// <summary>Principal credited for supplying <paramref name="amount"/> (§5): ⌊amount · WAD / supplyIndex⌋.</summary>
    /// <param name="amount">Base units supplied.</param>
    /// <param name="supplyIndex">Supply index, WAD; must be &gt; 0.</param>
    public static BigInteger SupplyPrincipalFor(BigInteger amount, BigInteger supplyIndex)
    {
        Guard.Uint(amount, nameof(amount));
        Guard.Uint(supplyIndex, nameof(supplyIndex));
        NonZero(supplyIndex, nameof(supplyIndex));
        return MulDivDown(amount, WAD, supplyIndex);
    }

    /// <summary>Principal debited for withdrawing <paramref name="amount"/> (§5): ⌈amount · WAD / supplyIndex⌉.</summary>
    /// <param name="amount">Base units withdrawn.</param>
    /// <param name="supplyIndex">Supply index, WAD; must be &gt; 0.</param>
    public static BigInteger WithdrawPrincipalFor(BigInteger amount, BigInteger supplyIndex)
    {
        Guard.Uint(amount, nameof(amount));
        Guard.Uint(supplyIndex, nameof(supplyIndex));
        NonZero(supplyIndex, nameof(supplyIndex));
        return MulDivUp(amount, WAD, supplyIndex);
    }

    /// <summary>Principal added for borrowing <paramref name="amount"/> (§5): ⌈amount · WAD / borrowIndex⌉.</summary>
    /// <param name="amount">Base units borrowed.</param>
    /// <param name="borrowIndex">Borrow index, WAD; must be &gt; 0.</param>
    public static BigInteger BorrowPrincipalFor(BigInteger amount, BigInteger borrowIndex)
    {
        Guard.Uint(amount, nameof(amount));
        Guard.Uint(borrowIndex, nameof(borrowIndex));
        NonZero(borrowIndex, nameof(borrowIndex));
        return MulDivUp(amount, WAD, borrowIndex);
    }

    /// <summary>
    /// Principal removed by repaying <paramref name="amount"/> (§5): the whole <paramref name="principal"/> when
    /// <c>amount ≥ ToDebt(principal, borrowIndex)</c>, otherwise ⌊amount · WAD / borrowIndex⌋.
    /// </summary>
    /// <param name="amount">Base units offered for repayment.</param>
    /// <param name="principal">Current borrow principal of the account.</param>
    /// <param name="borrowIndex">Borrow index, WAD; must be &gt; 0.</param>
    public static BigInteger RepayPrincipalFor(BigInteger amount, BigInteger principal, BigInteger borrowIndex)
    {
        Guard.Uint(amount, nameof(amount));
        Guard.Uint(principal, nameof(principal));
        Guard.Uint(borrowIndex, nameof(borrowIndex));
        NonZero(borrowIndex, nameof(borrowIndex));
        if (amount >= ToDebt(principal, borrowIndex)) return principal;
        return MulDivDown(amount, WAD, borrowIndex);
    }

    /// <summary>
    /// Kinked borrow rate per second (§5): ⌊perYear(U) / YEAR⌋ with
    /// perYear(U) = U ≤ kink ? base + ⌊slope1·U/WAD⌋ : base + ⌊slope1·kink/WAD⌋ + ⌊slope2·(U − kink)/WAD⌋.
    /// </summary>
    /// <param name="utilizationWad">Utilization U, WAD.</param>
    /// <param name="baseRatePerYear">Base rate per year, WAD.</param>
    /// <param name="slope1PerYear">Slope below the kink per year, WAD.</param>
    /// <param name="slope2PerYear">Slope above the kink per year, WAD.</param>
    /// <param name="kinkWad">Kink utilization, WAD.</param>
    public static BigInteger KinkedRatePerSecond(BigInteger utilizationWad, BigInteger baseRatePerYear,
        BigInteger slope1PerYear, BigInteger slope2PerYear, BigInteger kinkWad)
    {
        Guard.Uint(utilizationWad, nameof(utilizationWad));
        Guard.Uint(baseRatePerYear, nameof(baseRatePerYear));
        Guard.Uint(slope1PerYear, nameof(slope1PerYear));
        Guard.Uint(slope2PerYear, nameof(slope2PerYear));
        Guard.Uint(kinkWad, nameof(kinkWad));
        BigInteger perYear = utilizationWad <= kinkWad
            ? baseRatePerYear + MulDivDown(slope1PerYear, utilizationWad, WAD)
            : baseRatePerYear + MulDivDown(slope1PerYear, kinkWad, WAD) + MulDivDown(slope2PerYear, utilizationWad - kinkWad, WAD);
        return Guard.Result(perYear) / YEAR;
    }

    /// <summary>Borrow rate the vault accrues at (§5): <c>min(modelRatePerSecond, MaxRatePerSecond)</c>.</summary>
    /// <param name="modelRatePerSecond">The rate model's answer, WAD per second.</param>
    public static BigInteger CappedRatePerSecond(BigInteger modelRatePerSecond)
    {
        Guard.Uint(modelRatePerSecond, nameof(modelRatePerSecond));
        return BigInteger.Min(modelRatePerSecond, MaxRatePerSecond);
    }

    /// <summary>
    /// Market utilization fed to the rate model (§5):
    /// <c>totalSupplyAssets == 0 ? 0 : min(WAD, ⌊totalBorrowAssets · WAD / totalSupplyAssets⌋)</c>.
    /// </summary>
    /// <param name="totalSupplyAssets">Total supply balance, ⌊totalSupplyPrincipal · supplyIndex / WAD⌋, base units.</param>
    /// <param name="totalBorrowAssets">Total borrow balance, ⌈totalBorrowPrincipal · borrowIndex / WAD⌉, base units.</param>
    public static BigInteger MarketUtilization(BigInteger totalSupplyAssets, BigInteger totalBorrowAssets)
    {
        Guard.Uint(totalSupplyAssets, nameof(totalSupplyAssets));
        Guard.Uint(totalBorrowAssets, nameof(totalBorrowAssets));
        if (totalSupplyAssets.IsZero) return BigInteger.Zero;
        return BigInteger.Min(WAD, MulDivDown(totalBorrowAssets, WAD, totalSupplyAssets));
    }

    /// <summary>
    /// One accrual step (§5) with the per-second rate already capped (<see cref="CappedRatePerSecond"/>):
    /// Δb = ⌈borrowIndex·r·dt/WAD⌉; interest = ⌊totalBorrowPrincipal·Δb/WAD⌋; reserveCut = ⌊interest·reserveFactorBps/BPS⌋;
    /// supplyIndex += totalSupplyPrincipal == 0 ? 0 : ⌊(interest − reserveCut)·WAD/totalSupplyPrincipal⌋.
    /// </summary>
    /// <param name="totalSupplyPrincipal">Sum of all supply principals.</param>
    /// <param name="totalBorrowPrincipal">Sum of all borrow principals.</param>
    /// <param name="supplyIndex">Supply index before, WAD.</param>
    /// <param name="borrowIndex">Borrow index before, WAD.</param>
    /// <param name="ratePerSecond">Borrow rate per second r, WAD, as returned by <see cref="CappedRatePerSecond"/>.</param>
    /// <param name="dt">Seconds since the last accrual (0 = no change).</param>
    /// <param name="reserveFactorBps">Share of interest routed to reserves, bps.</param>
    public static AccrualResult Accrue(BigInteger totalSupplyPrincipal, BigInteger totalBorrowPrincipal,
        BigInteger supplyIndex, BigInteger borrowIndex, BigInteger ratePerSecond, BigInteger dt, BigInteger reserveFactorBps)
    {
        Guard.Uint(totalSupplyPrincipal, nameof(totalSupplyPrincipal));
        Guard.Uint(totalBorrowPrincipal, nameof(totalBorrowPrincipal));
        Guard.Uint(supplyIndex, nameof(supplyIndex));
        Guard.Uint(borrowIndex, nameof(borrowIndex));
        Guard.Uint(ratePerSecond, nameof(ratePerSecond));
        Guard.Uint(dt, nameof(dt));
        Guard.Uint(reserveFactorBps, nameof(reserveFactorBps));
        if (reserveFactorBps > BPS)
            throw new ArgumentOutOfRangeException(nameof(reserveFactorBps), reserveFactorBps, "reserveFactorBps must be <= 10000.");

        BigInteger deltaB = BigInteger.Min(MulDivUp(borrowIndex, Guard.Result(ratePerSecond * dt), WAD),
            BigInteger.Max(BigInteger.Zero, MaxIndex - borrowIndex)); // saturates at MaxIndex
        BigInteger interest = MulDivDown(totalBorrowPrincipal, deltaB, WAD);
        BigInteger reserveCut = MulDivDown(interest, reserveFactorBps, BPS);
        BigInteger newSupplyIndex = totalSupplyPrincipal.IsZero
            ? supplyIndex
            : BigInteger.Min(MaxIndex, Guard.Result(supplyIndex + MulDivDown(interest - reserveCut, WAD, totalSupplyPrincipal)));
        return new AccrualResult(newSupplyIndex, Guard.Result(borrowIndex + deltaB), reserveCut);
    }

    // ───────────────────────────── §7 liquidation ─────────────────────────────

    /// <summary>
    /// Liquidation amounts (§7): close factor (100 % below the deep threshold or when the remainder would be dust),
    /// repay = min(maxRepay, cap), seized = amountFor(⌊repay·(BPS+bonus)/BPS⌋) capped at the balance (then
    /// repay = min(⌈value(balance)·BPS/(BPS+bonus)⌉, cap)), fee = ⌈repay·bonus·protocolShare/BPS²⌉.
    /// Does not check <c>healthWad &lt; WAD</c>; the caller (the vault) reverts with <c>HealthyAccount</c>.
    /// </summary>
    /// <param name="debt">Account debt D, base units.</param>
    /// <param name="healthWad">Account health, WAD.</param>
    /// <param name="maxRepay">Most the liquidator is willing to repay, base units.</param>
    /// <param name="closeFactorBps">Close factor above the deep threshold, bps.</param>
    /// <param name="deepHealthThresholdWad">Below this health the whole debt may be repaid, WAD.</param>
    /// <param name="dustThreshold">A remainder below this is repaid in full, base units.</param>
    /// <param name="bonusBps">Liquidation bonus of the seized asset, bps.</param>
    /// <param name="protocolShareBps">Protocol share of the bonus, bps.</param>
    /// <param name="collateralBalance">Account balance of the seized asset, collateral units.</param>
    /// <param name="priceWad">Oracle price of the seized asset, WAD; must be &gt; 0.</param>
    /// <param name="collateralDecimals">Decimals of the seized asset.</param>
    /// <param name="baseDecimals">Decimals of the base asset.</param>
    public static LiquidationResult LiquidationAmounts(BigInteger debt, BigInteger healthWad, BigInteger maxRepay,
        BigInteger closeFactorBps, BigInteger deepHealthThresholdWad, BigInteger dustThreshold, BigInteger bonusBps,
        BigInteger protocolShareBps, BigInteger collateralBalance, BigInteger priceWad, int collateralDecimals, int baseDecimals)
    {
        Guard.Uint(debt, nameof(debt));
        Guard.Uint(healthWad, nameof(healthWad));
        Guard.Uint(maxRepay, nameof(maxRepay));
        Guard.Uint(closeFactorBps, nameof(closeFactorBps));
        Guard.Uint(deepHealthThresholdWad, nameof(deepHealthThresholdWad));
        Guard.Uint(dustThreshold, nameof(dustThreshold));
        Guard.Uint(bonusBps, nameof(bonusBps));
        Guard.Uint(protocolShareBps, nameof(protocolShareBps));
        Guard.Uint(collateralBalance, nameof(collateralBalance));
        Guard.Uint(priceWad, nameof(priceWad));
        if (closeFactorBps > BPS)
            throw new ArgumentOutOfRangeException(nameof(closeFactorBps), closeFactorBps, "closeFactorBps must be <= 10000.");

        BigInteger closeFactor = healthWad < deepHealthThresholdWad ? BPS : closeFactorBps;
        BigInteger cap = MulDivDown(debt, closeFactor, BPS);
        if (debt - cap < dustThreshold) cap = debt;
        BigInteger repay = BigInteger.Min(maxRepay, cap);

        BigInteger seizeValue = MulDivDown(repay, BPS + bonusBps, BPS);
        BigInteger seized = CollateralAmountFor(seizeValue, priceWad, collateralDecimals, baseDecimals);
        if (seized > collateralBalance)
        {
            seized = collateralBalance;
            BigInteger balanceValue = CollateralValue(collateralBalance, priceWad, collateralDecimals, baseDecimals);
            repay = BigInteger.Min(MulDivUp(balanceValue, BPS, BPS + bonusBps), cap);
        }

        BigInteger fee = MulDivUp(repay, bonusBps * protocolShareBps, BPS * BPS);
        return new LiquidationResult(repay, seized, fee);
    }

    // ───────────────────────────── §8 bad debt ─────────────────────────────

    /// <summary>
    /// Bad-debt split (§8): cover = min(badDebt, ⌊poolAssets·coverCapBps/BPS⌋), socialized = badDebt − cover,
    /// supplyIndexDrop = totalSupplyPrincipal == 0 ? 0 : ⌈socialized·WAD/totalSupplyPrincipal⌉.
    /// </summary>
    /// <param name="badDebt">Debt left on an account with no collateral, base units.</param>
    /// <param name="poolAssets">Insurance pool total assets, base units.</param>
    /// <param name="coverCapBps">Per-event cover cap as a share of pool assets, bps.</param>
    /// <param name="totalSupplyPrincipal">Sum of all supply principals.</param>
    public static BadDebtResult BadDebtSplit(BigInteger badDebt, BigInteger poolAssets, BigInteger coverCapBps, BigInteger totalSupplyPrincipal)
    {
        Guard.Uint(badDebt, nameof(badDebt));
        Guard.Uint(poolAssets, nameof(poolAssets));
        Guard.Uint(coverCapBps, nameof(coverCapBps));
        Guard.Uint(totalSupplyPrincipal, nameof(totalSupplyPrincipal));
        BigInteger maxCover = MulDivDown(poolAssets, coverCapBps, BPS);
        BigInteger cover = BigInteger.Min(badDebt, maxCover);
        BigInteger socialized = badDebt - cover;
        BigInteger drop = totalSupplyPrincipal.IsZero ? BigInteger.Zero : MulDivUp(socialized, WAD, totalSupplyPrincipal);
        return new BadDebtResult(cover, socialized, drop);
    }

    /// <summary>Floor of the supply index after a socialized loss (§8): one wei of index, not WAD (MarginMath.MIN_SUPPLY_INDEX).</summary>
    public static readonly BigInteger MinSupplyIndex = BigInteger.One;

    /// <summary>
    /// Supply index after socializing a loss (§8): <c>max(supplyIndex − drop, MinSupplyIndex)</c>, clamped, never throwing
    /// for a drop larger than the index; the socialized amount itself is not adjusted by the clamp.
    /// </summary>
    /// <param name="supplyIndex">Supply index before, WAD.</param>
    /// <param name="drop">Index drop from <see cref="BadDebtSplit"/>, WAD.</param>
    public static BigInteger SupplyIndexAfterLoss(BigInteger supplyIndex, BigInteger drop)
    {
        Guard.Uint(supplyIndex, nameof(supplyIndex));
        Guard.Uint(drop, nameof(drop));
        return supplyIndex > drop + MinSupplyIndex ? supplyIndex - drop : MinSupplyIndex;
    }

    private static BigInteger SubFloor(BigInteger a, BigInteger b) => a > b ? a - b : BigInteger.Zero;

    private static void NonZero(BigInteger value, string paramName)
    {
        if (value.IsZero)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be > 0 (Solidity reverts on division by zero).");
    }
}
