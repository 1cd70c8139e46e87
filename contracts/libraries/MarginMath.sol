// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {WadMath} from "./WadMath.sol";
import {ErrorsLib} from "./ErrorsLib.sol";

/// @title MarginMath
/// @notice Pure implementation of docs/protocol.md §2-§8. Every function takes explicit arguments so
/// that the Solidity tests, the shared vectors (tests/vectors/*.json) and the C# twin check the same
/// numbers function by function. Every formula rounds exactly once, in the protocol's favour.
library MarginMath {
    using WadMath for uint256;

    uint256 internal constant WAD = WadMath.WAD;
    uint256 internal constant BPS = WadMath.BPS;
    uint256 internal constant YEAR = WadMath.YEAR;
    /// @notice Ceiling on the borrow rate, ⌊10 × WAD / YEAR⌋ per second (1000% APR), see `cappedRatePerSecond` (§5).
    uint256 internal constant MAX_RATE_PER_SECOND = 10 * WAD / YEAR;
    /// @notice Ceiling of both indices (§5): accrual saturates here instead of overflowing their 128-bit storage,
    /// so the market never stops accruing (issue 15, finding 5).
    uint256 internal constant MAX_INDEX = type(uint128).max;
    /// @notice Floor of the supply index after a socialized loss (§8): one wei of index, not WAD.
    uint256 internal constant MIN_SUPPLY_INDEX = 1;
    /// @dev Decimals of a WAD price.
    uint256 internal constant PRICE_DECIMALS = 18;

    /* §2 COLLATERAL VALUE */

    /// @notice value = ⌊amount × p × 10^d_b / 10^(d_a + 18)⌋ (base units).
    function collateralValue(uint256 amount, uint256 priceWad, uint256 collateralDecimals, uint256 baseDecimals)
        internal
        pure
        returns (uint256)
    {
        return amount.mulDivDown(priceWad * _pow10(baseDecimals), _pow10(collateralDecimals + PRICE_DECIMALS));
    }

    /// @notice amount = ⌊v × 10^(d_a + 18) / (p × 10^d_b)⌋ (collateral units).
    function collateralAmountFor(uint256 value, uint256 priceWad, uint256 collateralDecimals, uint256 baseDecimals)
        internal
        pure
        returns (uint256)
    {
        return value.mulDivDown(_pow10(collateralDecimals + PRICE_DECIMALS), priceWad * _pow10(baseDecimals));
    }

    /* §3 TIERED, ADD-ON-ADJUSTED FACTORS */

    /// @notice Bracket-wise adjusted value of a position worth `value`, floored once (§3).
    /// f_i = max(0, factor − cut_i − addOn), cut_1 = 0.
    /// Reverts with InvalidTiers if tierBreak1 > tierBreak2, whatever `value`.
    function tieredAdjusted(
        uint256 value,
        uint256 factorBps,
        uint256 addOnBps,
        uint256 tierBreak1,
        uint256 tierBreak2,
        uint256 tierCut2Bps,
        uint256 tierCut3Bps
    ) internal pure returns (uint256) {
        if (tierBreak1 > tierBreak2) revert ErrorsLib.InvalidTiers();
        // Each bracket's factor is computed only when the value reaches that bracket.
        uint256 f1 = _sub0(factorBps, addOnBps);
        if (value <= tierBreak1) return value * f1 / BPS;
        uint256 f2 = _sub0(factorBps, tierCut2Bps + addOnBps);
        if (value <= tierBreak2) return (tierBreak1 * f1 + (value - tierBreak1) * f2) / BPS;
        uint256 f3 = _sub0(factorBps, tierCut3Bps + addOnBps);
        return (tierBreak1 * f1 + (tierBreak2 - tierBreak1) * f2 + (value - tierBreak2) * f3) / BPS;
    }

    /* §4 HEALTH AND UTILIZATION */

    /// @notice health = D == 0 ? max : ⌊L × WAD / D⌋.
    function health(uint256 liquidationCapacity, uint256 debt) internal pure returns (uint256) {
        if (debt == 0) return type(uint256).max;
        return liquidationCapacity.mulDivDown(WAD, debt);
    }

    /// @notice utilization = D == 0 ? 0 : (C == 0 ? max : ⌈D × WAD / C⌉).
    function utilization(uint256 debt, uint256 borrowCapacity) internal pure returns (uint256) {
        if (debt == 0) return 0;
        if (borrowCapacity == 0) return type(uint256).max;
        return debt.mulDivUp(WAD, borrowCapacity);
    }

    /* §5 PRINCIPAL × INDEX */

    /// @notice supplyBalance = ⌊principal × supplyIndex / WAD⌋.
    function toSupplyBalance(uint256 principal, uint256 supplyIndex) internal pure returns (uint256) {
        return principal.mulDivDown(supplyIndex, WAD);
    }

    /// @notice debt = ⌈principal × borrowIndex / WAD⌉.
    function toDebt(uint256 principal, uint256 borrowIndex) internal pure returns (uint256) {
        return principal.mulDivUp(borrowIndex, WAD);
    }

    /// @notice Supply principal credited for supplying `amount`: ⌊amount × WAD / supplyIndex⌋.
    function supplyPrincipalFor(uint256 amount, uint256 supplyIndex) internal pure returns (uint256) {
        return amount.mulDivDown(WAD, supplyIndex);
    }

    /// @notice Supply principal debited for withdrawing `amount`: ⌈amount × WAD / supplyIndex⌉.
    function withdrawPrincipalFor(uint256 amount, uint256 supplyIndex) internal pure returns (uint256) {
        return amount.mulDivUp(WAD, supplyIndex);
    }

    /// @notice Borrow principal added for borrowing `amount`: ⌈amount × WAD / borrowIndex⌉.
    function borrowPrincipalFor(uint256 amount, uint256 borrowIndex) internal pure returns (uint256) {
        return amount.mulDivUp(WAD, borrowIndex);
    }

    /// @notice Borrow principal removed by repaying `amount` of a position with `principal`:
    /// the whole principal if amount ≥ debt, else ⌊amount × WAD / borrowIndex⌋ (always < principal).
    function repayPrincipalFor(uint256 amount, uint256 principal, uint256 borrowIndex)
        internal
        pure
        returns (uint256)
    {
        if (amount >= toDebt(principal, borrowIndex)) return principal;
        return amount.mulDivDown(WAD, borrowIndex);
    }

    /// @notice Kinked per-second borrow rate (WAD/s) at utilization `utilizationWad`.
    function kinkedRatePerSecond(
        uint256 utilizationWad,
        uint256 baseRatePerYear,
        uint256 slope1PerYear,
        uint256 slope2PerYear,
        uint256 kinkWad
    ) internal pure returns (uint256) {
        uint256 perYear;
        if (utilizationWad <= kinkWad) {
            perYear = baseRatePerYear + slope1PerYear.mulDivDown(utilizationWad, WAD);
        } else {
            perYear = baseRatePerYear + slope1PerYear.mulDivDown(kinkWad, WAD)
                + slope2PerYear.mulDivDown(utilizationWad - kinkWad, WAD);
        }
        return perYear / YEAR;
    }

    /// @notice Market utilization used by the rate model: totalSupply == 0 ? 0 : min(WAD, ⌊B × WAD / S⌋).
    function marketUtilization(uint256 totalSupplyAssets, uint256 totalBorrowAssets) internal pure returns (uint256) {
        if (totalSupplyAssets == 0) return 0;
        uint256 u = totalBorrowAssets.mulDivDown(WAD, totalSupplyAssets);
        return u > WAD ? WAD : u;
    }

    /// @notice Borrow rate the vault accrues at: r = min(modelRatePerSecond, MAX_RATE_PER_SECOND) (§5), so a faulty
    /// rate model cannot overflow the indices.
    function cappedRatePerSecond(uint256 modelRatePerSecond) internal pure returns (uint256) {
        return modelRatePerSecond < MAX_RATE_PER_SECOND ? modelRatePerSecond : MAX_RATE_PER_SECOND;
    }

    /// @notice Index accrual over `dt` seconds at `ratePerSecond`, already capped by `cappedRatePerSecond` (§5).
    /// @return newSupplyIndex min(MAX_INDEX, supplyIndex + ⌊(interest − reserveCut) × WAD / totalSupplyPrincipal⌋)
    /// @return newBorrowIndex borrowIndex + Δb with
    /// Δb = min(⌈borrowIndex × r × dt / WAD⌉, max(0, MAX_INDEX − borrowIndex))
    /// @return reserveCut ⌊interest × reserveFactorBps / BPS⌋ with interest = ⌊totalBorrowPrincipal × Δb / WAD⌋
    function accrue(
        uint256 totalSupplyPrincipal,
        uint256 totalBorrowPrincipal,
        uint256 supplyIndex,
        uint256 borrowIndex,
        uint256 ratePerSecond,
        uint256 dt,
        uint256 reserveFactorBps
    ) internal pure returns (uint256 newSupplyIndex, uint256 newBorrowIndex, uint256 reserveCut) {
        uint256 deltaBorrow = borrowIndex.mulDivUp(ratePerSecond * dt, WAD);
        // Saturate at MAX_INDEX (§5): the interest past the ceiling is never charged.
        uint256 room = borrowIndex < MAX_INDEX ? MAX_INDEX - borrowIndex : 0;
        if (deltaBorrow > room) deltaBorrow = room;
        newBorrowIndex = borrowIndex + deltaBorrow;
        uint256 interest = totalBorrowPrincipal.mulDivDown(deltaBorrow, WAD);
        reserveCut = interest * reserveFactorBps / BPS;
        newSupplyIndex = supplyIndex;
        if (totalSupplyPrincipal != 0) {
            newSupplyIndex += (interest - reserveCut).mulDivDown(WAD, totalSupplyPrincipal);
            if (newSupplyIndex > MAX_INDEX) newSupplyIndex = MAX_INDEX;
        }
    }

    /* §6 ADD-ON */

    /// @notice Add-on in force at `nowTs` (pendingEffectiveAt == 0 means no pending increase).
    function effectiveAddOn(uint256 currentBps, uint256 pendingBps, uint256 pendingEffectiveAt, uint256 nowTs)
        internal
        pure
        returns (uint256)
    {
        return (pendingEffectiveAt != 0 && nowTs >= pendingEffectiveAt) ? pendingBps : currentBps;
    }

    /* §7 LIQUIDATION */

    /// @notice Repay, seized collateral and insurance fee of a liquidation (§7).
    function liquidationAmounts(
        uint256 debt,
        uint256 healthWad,
        uint256 maxRepay,
        uint256 closeFactorBps,
        uint256 deepHealthThresholdWad,
        uint256 dustThreshold,
        uint256 bonusBps,
        uint256 protocolShareBps,
        uint256 collateralBalance,
        uint256 priceWad,
        uint256 collateralDecimals,
        uint256 baseDecimals
    ) internal pure returns (uint256 repay, uint256 seized, uint256 fee) {
        // Split into helpers only to stay within the legacy codegen's 16-slot stack reach; `fee` holds the
        // close-factor cap until the last line.
        fee = _liquidationCap(debt, healthWad, closeFactorBps, deepHealthThresholdWad, dustThreshold);
        repay = maxRepay < fee ? maxRepay : fee;
        (repay, seized) =
            _liquidationSeize(repay, fee, bonusBps, collateralBalance, priceWad, collateralDecimals, baseDecimals);
        fee = repay.mulDivUp(bonusBps * protocolShareBps, BPS * BPS);
    }

    /// @dev cap = ⌊D × closeFactor / BPS⌋ (closeFactor = BPS below the deep threshold); D if the rest is dust.
    function _liquidationCap(
        uint256 debt,
        uint256 healthWad,
        uint256 closeFactorBps,
        uint256 deepHealthThresholdWad,
        uint256 dustThreshold
    ) private pure returns (uint256 cap) {
        cap = debt.mulDivDown(healthWad < deepHealthThresholdWad ? BPS : closeFactorBps, BPS);
        if (debt - cap < dustThreshold) cap = debt;
    }

    /// @dev seized = amountFor(⌊repay × (BPS + bonus) / BPS⌋), capped at the balance (repay then recomputed).
    function _liquidationSeize(
        uint256 repay,
        uint256 cap,
        uint256 bonusBps,
        uint256 collateralBalance,
        uint256 priceWad,
        uint256 collateralDecimals,
        uint256 baseDecimals
    ) private pure returns (uint256, uint256 seized) {
        uint256 seizeValue = repay.mulDivDown(BPS + bonusBps, BPS);
        seized = collateralAmountFor(seizeValue, priceWad, collateralDecimals, baseDecimals);
        if (seized > collateralBalance) {
            seized = collateralBalance;
            repay = collateralValue(collateralBalance, priceWad, collateralDecimals, baseDecimals).mulDivUp(
                BPS, BPS + bonusBps
            );
            if (repay > cap) repay = cap;
        }
        return (repay, seized);
    }

    /* §8 BAD DEBT */

    /// @notice Split of bad debt between the insurance pool and the lenders (§8).
    function badDebtSplit(uint256 badDebt, uint256 poolAssets, uint256 coverCapBps, uint256 totalSupplyPrincipal)
        internal
        pure
        returns (uint256 cover, uint256 socialized, uint256 supplyIndexDrop)
    {
        uint256 maxCover = poolAssets.mulDivDown(coverCapBps, BPS);
        cover = badDebt < maxCover ? badDebt : maxCover;
        socialized = badDebt - cover;
        if (totalSupplyPrincipal != 0) supplyIndexDrop = socialized.mulDivUp(WAD, totalSupplyPrincipal);
    }

    /// @notice Supply index after socializing a loss (§8): max(supplyIndex − drop, MIN_SUPPLY_INDEX), clamped,
    /// never reverting; the socialized amount itself is not adjusted by the clamp.
    function supplyIndexAfterLoss(uint256 supplyIndex, uint256 drop) internal pure returns (uint256) {
        return supplyIndex > drop + MIN_SUPPLY_INDEX ? supplyIndex - drop : MIN_SUPPLY_INDEX;
    }

    /* HELPERS */

    /// @dev Largest n with 10^n < 2^256.
    uint256 private constant MAX_POW10 = 77;

    /// @dev 10^n with the EXP opcode; reverts (arithmetic panic) like checked `10 ** n` when it overflows.
    function _pow10(uint256 n) private pure returns (uint256) {
        if (n > MAX_POW10) return type(uint256).max * 10; // checked: panics with 0x11, as `10 ** n` would
        unchecked {
            return 10 ** n;
        }
    }

    function _sub0(uint256 a, uint256 b) private pure returns (uint256) {
        return a > b ? a - b : 0;
    }
}
