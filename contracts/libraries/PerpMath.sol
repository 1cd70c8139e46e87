// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {WadMath} from "./WadMath.sol";
import {ErrorsLib} from "./ErrorsLib.sol";

/// @title PerpMath
/// @notice Pure implementation of docs/protocol.md §13 (perpetual futures), one function per formula, named and
/// ordered as in the spec and in MarginInsurance.Core. Sizes are signed WAD of the underlying, prices WAD of base
/// value per whole unit, money in base units. Signed roundings: "down" is toward −∞, "up" toward +∞, "trunc"
/// toward zero; every formula rounds once unless the spec says otherwise.
library PerpMath {
    using WadMath for uint256;

    uint256 internal constant WAD = WadMath.WAD;
    uint256 internal constant BPS = WadMath.BPS;
    /// @dev size WAD × price WAD.
    uint256 internal constant SIZE_PRICE_SCALE = 1e36;
    /// @notice Margin level bounds (§13.5), WAD.
    uint256 internal constant MIN_MARGIN_LEVEL = 0.5e18;
    uint256 internal constant MAX_MARGIN_LEVEL = 2e18;

    /* §13.2 VALUE, NOTIONAL, PNL */

    /// @notice notional = ⌈|s| × p × 10^d_b / 10^36⌉ (base units).
    function notional(uint256 absSize, uint256 priceWad, uint256 baseDecimals) internal pure returns (uint256) {
        return absSize.mulDivUp(priceWad * 10 ** baseDecimals, SIZE_PRICE_SCALE);
    }

    /// @notice positionValue = ⌊s × p × 10^d_b / 10^36⌋ toward −∞ (base units, signed).
    function positionValue(int256 size, uint256 priceWad, uint256 baseDecimals) internal pure returns (int256) {
        return _mulDivFloor(size, priceWad * 10 ** baseDecimals, SIZE_PRICE_SCALE);
    }

    /// @notice costBasisDelta = ⌈Δ × p × 10^d_b / 10^36⌉ toward +∞ (base units, signed).
    function costBasisDelta(int256 sizeDelta, uint256 priceWad, uint256 baseDecimals) internal pure returns (int256) {
        return _mulDivCeil(sizeDelta, priceWad * 10 ** baseDecimals, SIZE_PRICE_SCALE);
    }

    /// @notice unrealizedPnl = positionValue(s, p) − c (base units, signed).
    function unrealizedPnl(int256 size, int256 costBasis, uint256 priceWad, uint256 baseDecimals)
        internal
        pure
        returns (int256)
    {
        return positionValue(size, priceWad, baseDecimals) - costBasis;
    }

    /// @notice basisReleased = |q| == |s| ? c : ⌈c × q / s⌉ toward +∞. `closeSize` q must have the sign of s and
    /// |q| ≤ |s|, else InvalidPositionChange().
    function basisReleased(int256 costBasis, int256 size, int256 closeSize) internal pure returns (int256) {
        if (closeSize == 0 || size == 0 || (closeSize > 0) != (size > 0) || _abs(closeSize) > _abs(size)) {
            revert ErrorsLib.InvalidPositionChange();
        }
        if (closeSize == size) return costBasis;
        return _mulDivCeil(costBasis, _abs(closeSize), _abs(size));
    }

    /// @notice realizedPnl = positionValue(q, p) − basisReleased(c, s, q); also returns the basis released.
    function realizedPnl(int256 size, int256 costBasis, int256 closeSize, uint256 priceWad, uint256 baseDecimals)
        internal
        pure
        returns (int256 pnl, int256 released)
    {
        released = basisReleased(costBasis, size, closeSize);
        pnl = positionValue(closeSize, priceWad, baseDecimals) - released;
    }

    /* §13.3 TRADE FEE */

    /// @notice tradeFee = ⌈|Δ| × p × 10^d_b × takerFeeBps / (10^36 × BPS)⌉
    ///                  + (Δ(2k + Δ) ≤ 0 ? 0 : ⌈Δ(2k + Δ) × p × 10^d_b / (2 × skewScale × 10^36)⌉)  (base units).
    function tradeFee(
        int256 sizeDelta,
        int256 skew,
        uint256 priceWad,
        uint256 baseDecimals,
        uint256 takerFeeBps,
        uint256 skewScale
    ) internal pure returns (uint256 fee) {
        uint256 scaledPrice = priceWad * 10 ** baseDecimals;
        uint256 absDelta = _abs(sizeDelta);
        fee = absDelta.mulDivUp(scaledPrice * takerFeeBps, SIZE_PRICE_SCALE * BPS);
        int256 after2 = 2 * skew + sizeDelta; // 2k + Δ
        if (sizeDelta != 0 && after2 != 0 && (sizeDelta > 0) == (after2 > 0)) {
            fee += (absDelta * _abs(after2)).mulDivUp(scaledPrice, 2 * skewScale * SIZE_PRICE_SCALE);
        }
    }

    /* §13.4 FUNDING */

    /// @notice fundingRate = clamp(trunc(maxRate × k / skewScale), −maxRate, +maxRate) (WAD per second, signed).
    function fundingRate(int256 skew, uint256 skewScale, uint256 maxFundingRatePerSecond)
        internal
        pure
        returns (int256)
    {
        uint256 r = maxFundingRatePerSecond.mulDivDown(_abs(skew), skewScale);
        if (r > maxFundingRatePerSecond) r = maxFundingRatePerSecond;
        return skew < 0 ? -int256(r) : int256(r);
    }

    /// @notice fundingIndexDelta = trunc(rate × p × dt / WAD) (WAD base value per whole unit, signed).
    function fundingIndexDelta(int256 rate, uint256 priceWad, uint256 dt) internal pure returns (int256) {
        int256 m = int256(_abs(rate).mulDivDown(priceWad * dt, WAD));
        return rate < 0 ? -m : m;
    }

    /// @notice fundingOwed = ⌈s × (F − F_e) × 10^d_b / 10^36⌉ toward +∞ (base units, signed; > 0 is paid).
    function fundingOwed(int256 size, int256 fundingIndex, int256 entryFundingIndex, uint256 baseDecimals)
        internal
        pure
        returns (int256)
    {
        int256 d = fundingIndex - entryFundingIndex;
        uint256 m = _abs(size).mulDivUp(_abs(d) * 10 ** baseDecimals, SIZE_PRICE_SCALE);
        if ((size > 0) == (d > 0) || size == 0 || d == 0) return int256(m); // non-negative product: ceil of |x|
        // negative product: toward +∞ is the floor of the magnitude
        return -int256(_abs(size).mulDivDown(_abs(d) * 10 ** baseDecimals, SIZE_PRICE_SCALE));
    }

    /* §13.5 MARGIN REQUIREMENTS */

    /// @notice Bracket-wise requirement on notional N, scaled by the user level, rounded up once (§13.5).
    /// g_i = min(BPS, f + step_i + addOn), step_1 = 0. Reverts InvalidTiers if notionalBreak1 > notionalBreak2.
    function marginRequirement(
        uint256 notionalValue,
        uint256 fractionBps,
        uint256 addOnBps,
        uint256 notionalBreak1,
        uint256 notionalBreak2,
        uint256 step2Bps,
        uint256 step3Bps,
        uint256 levelWad
    ) internal pure returns (uint256) {
        if (notionalBreak1 > notionalBreak2) revert ErrorsLib.InvalidTiers();
        uint256 g1 = _capBps(fractionBps + addOnBps);
        uint256 sum;
        if (notionalValue <= notionalBreak1) {
            sum = notionalValue * g1;
        } else {
            uint256 g2 = _capBps(fractionBps + step2Bps + addOnBps);
            if (notionalValue <= notionalBreak2) {
                sum = notionalBreak1 * g1 + (notionalValue - notionalBreak1) * g2;
            } else {
                sum = notionalBreak1 * g1 + (notionalBreak2 - notionalBreak1) * g2
                    + (notionalValue - notionalBreak2) * _capBps(fractionBps + step3Bps + addOnBps);
            }
        }
        return sum.mulDivUp(levelWad, BPS * WAD);
    }

    /// @notice marginLevel = stored == 0 ? WAD : stored.
    function marginLevel(uint256 storedLevelWad) internal pure returns (uint256) {
        return storedLevelWad == 0 ? WAD : storedLevelWad;
    }

    /* §13.6 HEALTH */

    /// @notice weightedPnl = pnl > 0 ? ⌊pnl × pnlWeightBps / BPS⌋ : pnl.
    function weightedPnl(int256 pnl, uint256 pnlWeightBps) internal pure returns (int256) {
        if (pnl <= 0) return pnl;
        return int256(uint256(pnl).mulDivDown(pnlWeightBps, BPS));
    }

    /// @notice unifiedHealth = debt + req == 0 ? max : (numerator ≤ 0 ? 0 : ⌊numerator × WAD / (debt + req)⌋).
    function unifiedHealth(int256 numerator, uint256 debt, uint256 requirement) internal pure returns (uint256) {
        uint256 den = debt + requirement;
        if (den == 0) return type(uint256).max;
        if (numerator <= 0) return 0;
        return uint256(numerator).mulDivDown(WAD, den);
    }

    /// @notice accountHealth = debt + req == 0 && numerator < 0 ? 0 : unifiedHealth(numerator, debt, req): an account
    /// that owes nothing but its negative perp cash is liquidatable (through its collateral) once that cash exceeds
    /// its adjusted collateral (§13.6).
    function accountHealth(int256 numerator, uint256 debt, uint256 requirement) internal pure returns (uint256) {
        if (numerator < 0 && debt + requirement == 0) return 0;
        return unifiedHealth(numerator, debt, requirement);
    }

    /* §13.7 LIQUIDATION */

    /// @notice Size to close: cap = ⌊|s| × closeFactor / BPS⌋ (BPS below the deep threshold), |s| if the rest's
    /// notional is below dust; then min(maxCloseSize, cap) (size WAD).
    function positionCloseSize(
        uint256 absSize,
        uint256 maxCloseSize,
        uint256 healthWad,
        uint256 closeFactorBps,
        uint256 deepHealthThresholdWad,
        uint256 dustThreshold,
        uint256 priceWad,
        uint256 baseDecimals
    ) internal pure returns (uint256) {
        uint256 cap = absSize.mulDivDown(healthWad < deepHealthThresholdWad ? BPS : closeFactorBps, BPS);
        if (notional(absSize - cap, priceWad, baseDecimals) < dustThreshold) cap = absSize;
        return maxCloseSize < cap ? maxCloseSize : cap;
    }

    /// @notice penalty = ⌈N × penaltyBps / BPS⌉, toInsurance = ⌈penalty × protocolShareBps / BPS⌉,
    /// toLiquidator = penalty − toInsurance (base units).
    function liquidationPenalty(uint256 closedNotional, uint256 penaltyBps, uint256 protocolShareBps)
        internal
        pure
        returns (uint256 penalty, uint256 toLiquidator, uint256 toInsurance)
    {
        return _penaltySplit(closedNotional.mulDivUp(penaltyBps, BPS), protocolShareBps);
    }

    /// @notice The penalty of §13.7 capped at the equity left after the close:
    /// cap = equityAfterClose ≤ 0 ? 0 : equityAfterClose; penalty = min(⌈N × penaltyBps / BPS⌉, cap),
    /// toInsurance = ⌈penalty × protocolShareBps / BPS⌉, toLiquidator = penalty − toInsurance (base units).
    function cappedLiquidationPenalty(
        uint256 closedNotional,
        uint256 penaltyBps,
        uint256 protocolShareBps,
        int256 equityAfterClose
    ) internal pure returns (uint256 penalty, uint256 toLiquidator, uint256 toInsurance) {
        penalty = closedNotional.mulDivUp(penaltyBps, BPS);
        uint256 cap = equityAfterClose <= 0 ? 0 : uint256(equityAfterClose);
        return _penaltySplit(penalty > cap ? cap : penalty, protocolShareBps);
    }

    /// @notice §13.7: the most a liquidation's penalty may take so that it neither lowers health nor creates negative
    /// equity: keep = numeratorBefore > 0 ? ⌈numeratorBefore × requirementAfterClose / requirementBefore⌉ : 0;
    /// cap = max(0, numeratorAfterClose − max(debtAfterClose, keep)) (base units). Requirements are D + Σ MM
    /// (`requirementBefore > 0`: the account is liquidatable); numerators are numerator_L, after the close but before
    /// the penalty for `numeratorAfterClose`.
    function penaltyCap(
        int256 numeratorBefore,
        uint256 requirementBefore,
        int256 numeratorAfterClose,
        uint256 debtAfterClose,
        uint256 requirementAfterClose
    ) internal pure returns (uint256) {
        uint256 keep =
            numeratorBefore > 0 ? uint256(numeratorBefore).mulDivUp(requirementAfterClose, requirementBefore) : 0;
        if (keep < debtAfterClose) keep = debtAfterClose;
        if (numeratorAfterClose <= 0 || uint256(numeratorAfterClose) <= keep) return 0;
        return uint256(numeratorAfterClose) - keep;
    }

    /// @dev (penalty, toLiquidator = penalty − toInsurance, toInsurance = ⌈penalty × protocolShareBps / BPS⌉).
    function _penaltySplit(uint256 penalty, uint256 protocolShareBps)
        private
        pure
        returns (uint256, uint256 toLiquidator, uint256 toInsurance)
    {
        toInsurance = penalty.mulDivUp(protocolShareBps, BPS);
        toLiquidator = penalty - toInsurance;
        return (penalty, toLiquidator, toInsurance);
    }

    /// @notice §13.7: the index price at which the account's health reaches 1 through this one position, all else
    /// fixed. A = otherNumerator − otherRequirement − costBasis − fundingOwed; m = fractionBps × levelWad (bps·WAD).
    /// Long: A ≥ 0 → 0 (no positive price liquidates); m ≥ BPS·WAD → max (every price does); else
    /// ⌈−A × 10^(36−d_b) × BPS·WAD / (s × (BPS·WAD − m))⌉. Short: A ≤ 0 → 0 (every price liquidates); else
    /// ⌊A × 10^(36−d_b) × BPS·WAD / (|s| × (BPS·WAD + m))⌋. Size 0 → 0. WAD price.
    function liquidationPrice(
        int256 size,
        int256 costBasis,
        int256 fundingOwedNow,
        int256 otherNumerator,
        uint256 otherRequirement,
        uint256 fractionBps,
        uint256 levelWad,
        uint256 baseDecimals
    ) internal pure returns (uint256) {
        if (size == 0) return 0;
        int256 a = otherNumerator - int256(otherRequirement) - costBasis - fundingOwedNow;
        uint256 one = BPS * WAD;
        uint256 m = fractionBps * levelWad;
        uint256 scale = 10 ** (36 - baseDecimals) * one;
        if (size > 0) {
            if (a >= 0) return 0;
            if (m >= one) return type(uint256).max;
            return _abs(a).mulDivUp(scale, uint256(size) * (one - m));
        }
        if (a <= 0) return 0;
        return uint256(a).mulDivDown(scale, _abs(size) * (one + m));
    }

    /* §13.8 AUTO-DELEVERAGING */

    /// @notice adlScore = pnl ≤ 0 ? 0 : (numerator ≤ 0 ? max : ⌊pnl × notional / numerator⌋) (base units).
    function adlScore(int256 pnl, uint256 notionalValue, int256 numerator) internal pure returns (uint256) {
        if (pnl <= 0) return 0;
        if (numerator <= 0) return type(uint256).max;
        return uint256(pnl).mulDivDown(notionalValue, uint256(numerator));
    }

    /* HELPERS */

    function _abs(int256 x) internal pure returns (uint256) {
        return x < 0 ? uint256(-x) : uint256(x);
    }

    function _capBps(uint256 bps) private pure returns (uint256) {
        return bps > BPS ? BPS : bps;
    }

    /// @dev ⌊x × y / d⌋ toward −∞ for signed x.
    function _mulDivFloor(int256 x, uint256 y, uint256 d) private pure returns (int256) {
        if (x >= 0) return int256(uint256(x).mulDivDown(y, d));
        return -int256(_abs(x).mulDivUp(y, d));
    }

    /// @dev ⌈x × y / d⌉ toward +∞ for signed x.
    function _mulDivCeil(int256 x, uint256 y, uint256 d) private pure returns (int256) {
        if (x >= 0) return int256(uint256(x).mulDivUp(y, d));
        return -int256(_abs(x).mulDivDown(y, d));
    }
}
