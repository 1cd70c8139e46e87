// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IPerpMarkets} from "../../interfaces/IPerpMarkets.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MarketParams, PerpMarketConfig} from "../../interfaces/IMarginVault.sol";
import {IInsurancePool} from "../../interfaces/IInsurancePool.sol";
import {IPerpLiquidityVault} from "../../interfaces/IPerpLiquidityVault.sol";
import {
    VaultState,
    Position,
    StoredPerpMarket,
    StoredPerpPosition
} from "../VaultTypes.sol";
import {PerpCore} from "./PerpCore.sol";
import {PerpMath} from "../PerpMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";
import {EventsLib} from "../EventsLib.sol";

/// @title PerpLiquidationLogic
/// @notice Position liquidation (docs/protocol.md §13.7), negative equity covered by the insurance pool and
/// auto-deleveraging (§13.8): an external library linked into the MarginVault, run by DELEGATECALL.
library PerpLiquidationLogic {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @notice Runs one liquidation call: `call` is the ABI encoding of IPerpMarkets.liquidatePosition or
    /// IPerpMarkets.deleverage (permissionless). @return The ABI-encoded return values.
    function execute(VaultState storage s, PerpCore.Env memory env, bytes calldata call)
        external
        returns (bytes memory)
    {
        bytes4 sel = bytes4(call[:4]);
        bytes calldata a = call[4:];
        if (sel == IPerpMarkets.liquidatePosition.selector) {
            (address owner, uint256 subId, uint256 marketId, uint256 maxCloseSize) =
                abi.decode(a, (address, uint256, uint256, uint256));
            (uint256 closed, uint256 penalty) = _liquidatePosition(s, env, owner, subId, marketId, maxCloseSize);
            return abi.encode(closed, penalty);
        }
        if (sel == IPerpMarkets.deleverage.selector) {
            (uint256 marketId, address owner, uint256 subId, address[] memory owners, uint256[] memory subIds) =
                abi.decode(a, (uint256, address, uint256, address[], uint256[]));
            return abi.encode(_deleverage(s, env, marketId, owner, subId, owners, subIds));
        }
        revert ErrorsLib.UnknownPerpCall(sel);
    }

    /// @notice Closes up to `maxCloseSize` of the position of an account below maintenance (§13.7) against the
    /// liquidity vault at the index; penalty split liquidator / insurance; realizes negative equity (§13.8).
    function _liquidatePosition(
        VaultState storage s,
        PerpCore.Env memory env,
        address owner,
        uint256 subId,
        uint256 marketId,
        uint256 maxCloseSize
    ) private returns (uint256 closed, uint256 penalty) {
        StoredPerpMarket storage mk = PerpCore.market(s, marketId);
        PerpMarketConfig memory cfg = s.perpConfigs[marketId];
        StoredPerpPosition storage pp = s.perpPositions[owner][subId][marketId];
        PerpCore.Trade memory t;
        t.size = PerpCore.positionSize(pp);
        if (t.size == 0) revert ErrorsLib.NothingToLiquidate();
        PerpCore.priceForClose(env, mk, cfg, marketId, t);
        uint256 healthBefore;
        int256 numBefore;
        uint256 reqBefore;
        {
            PerpCore.Margin memory mg = PerpCore.margin(s, env, owner, subId, marketId, t.price);
            healthBefore = PerpMath.accountHealth(mg.numL, mg.debt, mg.mm);
            (numBefore, reqBefore) = (mg.numL, mg.debt + mg.mm);
        }
        if (healthBefore >= WadMath.WAD) revert ErrorsLib.HealthyAccount(healthBefore);
        {
            MarketParams storage p = s.params;
            closed = PerpMath.positionCloseSize(
                PerpCore.abs(t.size),
                maxCloseSize,
                healthBefore,
                p.closeFactorBps,
                p.deepHealthThresholdWad,
                p.dustThreshold,
                t.price,
                env.baseDecimals
            );
        }
        if (closed == 0) revert ErrorsLib.NothingToLiquidate();
        int256 delta = t.size > 0 ? -int256(closed) : int256(closed);
        PerpCore.trade(s, env, mk, cfg, pp, t, owner, subId, marketId, delta, false);
        uint256 toInsurance;
        uint256 toLiquidator;
        uint256 healthAfter;
        {
            // §13.7: the penalty never lowers health (numerator over D + Σ MM) nor takes more than the equity the
            // close leaves (numerator_L − D); the close's realized PnL and funding are not in the stored cash yet
            // (one cash write below).
            PerpCore.Margin memory after_ = PerpCore.margin(s, env, owner, subId, marketId, t.price);
            after_.numL += t.realized - t.funding;
            (penalty, toLiquidator, toInsurance) = PerpMath.cappedLiquidationPenalty(
                PerpMath.notional(closed, t.price, env.baseDecimals),
                cfg.liquidationPenaltyBps,
                s.params.protocolShareBps,
                int256(PerpMath.penaltyCap(numBefore, reqBefore, after_.numL, after_.debt, after_.debt + after_.mm))
            );
            healthAfter = PerpMath.accountHealth(after_.numL - int256(penalty), after_.debt, after_.mm);
        }
        address pool = s.insurancePool;
        if (pool == address(0)) (toLiquidator, toInsurance) = (penalty, 0);
        PerpCore.addCash(s, owner, subId, t.realized - t.funding - int256(penalty));
        _settleDeficit(s, env, owner, subId, marketId, t.size > 0);
        emit EventsLib.PositionLiquidated(
            msg.sender, owner, subId, marketId, delta, t.price, penalty, toInsurance, healthBefore, healthAfter
        );
        address lv = s.perpLiquidityVault;
        if (toLiquidator != 0) IPerpLiquidityVault(lv).pay(msg.sender, toLiquidator);
        if (toInsurance != 0) IPerpLiquidityVault(lv).pay(pool, toInsurance);
    }

    /// @dev §13.8: an account left with no position, collateral or debt and negative cash realizes the deficit:
    /// insurance cover first (capped), the rest waits for auto-deleveraging.
    function _settleDeficit(
        VaultState storage s,
        PerpCore.Env memory env,
        address owner,
        uint256 subId,
        uint256 marketId,
        bool bankruptLong
    ) private {
        Position memory pos = s.positions[owner][subId];
        if (pos.perpMask != 0 || pos.assetMask != 0 || pos.borrowPrincipal != 0) return;
        int256 cash = s.perpCash[owner][subId];
        if (cash >= 0) return;
        uint256 deficit = uint256(-cash);
        uint256 covered;
        address pool = s.insurancePool;
        if (pool != address(0)) {
            address base = env.baseAsset;
            uint256 before = IERC20(base).balanceOf(address(this));
            uint256 answered = IInsurancePool(pool).cover(deficit);
            covered = WadMath.min(answered, IERC20(base).balanceOf(address(this)) - before);
            if (covered != 0) IERC20(base).safeTransfer(s.perpLiquidityVault, covered);
        }
        PerpCore.addCash(s, owner, subId, int256(deficit));
        if (covered < deficit) {
            StoredPerpMarket storage mk = s.perpMarkets[marketId];
            mk.adlDeficit = (mk.adlDeficit + deficit - covered).toUint128();
            mk.deficitLong = bankruptLong;
        }
        emit EventsLib.PerpDeficit(owner, subId, marketId, deficit, covered);
    }

    /// @notice Auto-deleverages `target` (§13.8): only while the market has an uncovered deficit; `others` must
    /// list every other position on the winning side, in strictly increasing order of
    /// keccak256(owner, subId), none scoring above the target (adlScore).
    function _deleverage(
        VaultState storage s,
        PerpCore.Env memory env,
        uint256 marketId,
        address targetOwner,
        uint256 targetSubId,
        address[] memory owners,
        uint256[] memory subIds
    ) private returns (uint256 haircut) {
        StoredPerpMarket storage mk = PerpCore.market(s, marketId);
        uint256 deficit = mk.adlDeficit;
        if (deficit == 0) revert ErrorsLib.NoDeficit(marketId);
        PerpMarketConfig memory cfg = s.perpConfigs[marketId];
        bool winnersLong = !mk.deficitLong;
        if (owners.length != subIds.length) revert ErrorsLib.ArrayLengthMismatch();
        if (owners.length + 1 != (winnersLong ? mk.longCount : mk.shortCount)) revert ErrorsLib.ArrayLengthMismatch();
        PerpCore.Trade memory t;
        t.size = PerpCore.positionSize(s.perpPositions[targetOwner][targetSubId][marketId]);
        if (t.size == 0 || (t.size > 0) != winnersLong) revert ErrorsLib.InvalidPositionChange();
        PerpCore.priceForClose(env, mk, cfg, marketId, t);
        (uint256 score, int256 pnl) = _adlScore(s, env, marketId, t.price, t.fundingIndex, targetOwner, targetSubId);
        if (pnl <= 0) revert ErrorsLib.AdlRankingViolated(0, 0);
        bytes32 targetKey = keccak256(abi.encode(targetOwner, targetSubId));
        bytes32 prev;
        for (uint256 i; i < owners.length; ++i) {
            bytes32 key = keccak256(abi.encode(owners[i], subIds[i]));
            if (key <= prev || key == targetKey) revert ErrorsLib.ArrayLengthMismatch();
            prev = key;
            int256 sz = PerpCore.positionSize(s.perpPositions[owners[i]][subIds[i]][marketId]);
            if (sz == 0 || (sz > 0) != winnersLong) revert ErrorsLib.InvalidPositionChange();
            (uint256 other,) = _adlScore(s, env, marketId, t.price, t.fundingIndex, owners[i], subIds[i]);
            if (other > score) revert ErrorsLib.AdlRankingViolated(score, other);
        }
        StoredPerpPosition storage pp = s.perpPositions[targetOwner][targetSubId][marketId];
        PerpCore.trade(s, env, mk, cfg, pp, t, targetOwner, targetSubId, marketId, -t.size, false);
        haircut = WadMath.min(deficit, uint256(pnl));
        mk.adlDeficit = uint128(deficit - haircut);
        PerpCore.addCash(s, targetOwner, targetSubId, t.realized - t.funding - int256(haircut));
        emit EventsLib.Deleveraged(targetOwner, targetSubId, marketId, t.size, haircut);
    }

    /// @dev adlScore of a position (§13.8) with its PnL after funding.
    function _adlScore(
        VaultState storage s,
        PerpCore.Env memory env,
        uint256 marketId,
        uint256 p,
        int256 fundingIndex,
        address owner,
        uint256 subId
    ) private view returns (uint256 score, int256 pnl) {
        (int256 size, int256 costBasis, int256 entryFunding,) =
            PerpCore.loadPosition(s.perpPositions[owner][subId][marketId]);
        pnl = PerpMath.unrealizedPnl(size, costBasis, p, env.baseDecimals)
            - PerpMath.fundingOwed(size, fundingIndex, entryFunding, env.baseDecimals);
        PerpCore.Margin memory mg = PerpCore.margin(s, env, owner, subId, marketId, p);
        score = PerpMath.adlScore(pnl, PerpMath.notional(PerpCore.abs(size), p, env.baseDecimals), mg.numL);
    }
}
