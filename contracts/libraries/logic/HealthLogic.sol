// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {VaultState, StoredConfig, Position} from "../VaultTypes.sol";
import {CollateralLib} from "../CollateralLib.sol";
import {MarginMath} from "../MarginMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";

/// @title HealthLogic
/// @notice Accrual and margin reads over `VaultState` (docs/protocol.md §2-§5, §9). Internal functions: they
/// are compiled into each contract or linked library that uses them (the vault's hot paths and ViewLogic),
/// from this one source.
library HealthLogic {
    /// @dev Price-read modes of `totals`.
    uint256 internal constant MODE_PRICE = 0;
    uint256 internal constant MODE_PRICE_AND_FROZEN = 1;
    uint256 internal constant MODE_FROZEN_ONLY = 2;
    /// @dev Liquidation: an asset other than the seized one whose price cannot be read counts as worth 0 (which
    /// can only make the account more liquidatable); the seized asset needs a valid price (issue 15, finding 2).
    uint256 internal constant MODE_LIQUIDATION = 3;
    /// @dev Initial margin: as MODE_PRICE_AND_FROZEN, but sums the borrow capacity only (liqCap stays 0), so the
    /// hot paths that only compare debt with borrow capacity skip the unused LT valuation (docs/gas.md).
    uint256 internal constant MODE_INITIAL_MARGIN = 4;

    /// @dev Sums over an account's holdings.
    struct Totals {
        uint256 liqCap;
        uint256 borrowCap;
        uint256 targetPrice;
        uint256 targetLiq;
    }

    /* ACCRUAL */

    /// @dev Indices and reserves accrued to block.timestamp, without writing.
    function virtualState(VaultState storage s)
        internal
        view
        returns (uint256 sIdx, uint256 rate, uint256 bIdx, uint256 newReserves)
    {
        sIdx = s.supplyIndex;
        bIdx = s.borrowIndex;
        newReserves = s.reserves;
        uint256 last = s.lastAccrual;
        // A call environment behind the last accrual (anvil's eth_call can run at the wall clock, behind blocks
        // mined faster than one a second) accrues nothing: dt = max(0, now − lastAccrual) (§5).
        if (block.timestamp <= last) return (sIdx, 0, bIdx, newReserves);
        uint256 dt = block.timestamp - last;
        uint256 tsp = s.totalSupplyPrincipal;
        uint256 tbp = s.totalBorrowPrincipal;
        uint256 u = MarginMath.marketUtilization(MarginMath.toSupplyBalance(tsp, sIdx), MarginMath.toDebt(tbp, bIdx));
        rate = MarginMath.cappedRatePerSecond(s.rateModel.borrowRatePerSecond(u));
        uint256 cut;
        (sIdx, bIdx, cut) = MarginMath.accrue(tsp, tbp, sIdx, bIdx, rate, dt, s.reserveFactorBps);
        newReserves += cut;
        if (newReserves > type(uint128).max) newReserves = type(uint128).max; // accrual never reverts (finding 5)
    }

    /// @dev Borrow index accrued to block.timestamp (views).
    function borrowIndexNow(VaultState storage s) internal view returns (uint256 bIdx) {
        (,, bIdx,) = virtualState(s);
    }

    /* MARGIN */

    /// @dev Sums adjusted LT and BF values over the assets in `mask`. In MODE_PRICE_AND_FROZEN and
    /// MODE_INITIAL_MARGIN also reverts PriceFrozen for a frozen asset. Returns the price and adjusted-LT value of
    /// `target` if held.
    function totals(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        address owner,
        uint256 subId,
        uint256 mask,
        uint256 mode,
        address target
    ) internal view returns (Totals memory t) {
        for (uint256 i; mask != 0; ++i) {
            if (mask & 1 != 0) {
                address asset = s.assetList[i];
                uint256 p = mode == MODE_LIQUIDATION
                    ? (asset == target ? oracle.getPrice(asset) : priceOrZero(oracle, asset))
                    : price(oracle, asset, mode);
                (, uint256 lv, uint256 bv) = _values(
                    s,
                    baseDecimals,
                    asset,
                    CollateralLib.balanceAt(s, owner, subId, asset, i),
                    p,
                    mode != MODE_INITIAL_MARGIN,
                    target == address(0)
                );
                t.liqCap += lv;
                t.borrowCap += bv;
                if (asset == target) {
                    t.targetPrice = p;
                    t.targetLiq = lv;
                }
            }
            mask >>= 1;
        }
    }

    /// @dev Oracle price; in MODE_PRICE_AND_FROZEN reverts PriceFrozen if the asset is frozen.
    function price(IOracleRouter oracle, address asset, uint256 mode) internal view returns (uint256 p) {
        if (mode == MODE_PRICE) return oracle.getPrice(asset);
        uint256 until;
        if (mode == MODE_FROZEN_ONLY) until = oracle.frozenUntil(asset);
        else (p, until) = oracle.getPriceAndFrozen(asset);
        if (until != 0) revert ErrorsLib.PriceFrozen(asset, until);
    }

    /// @dev Oracle price, or 0 if the router reverts with a reason (stale, out of bounds, no feed). A revert
    /// without data (out of gas) is re-raised, so a caller cannot starve the read to zero an asset.
    function priceOrZero(IOracleRouter oracle, address asset) internal view returns (uint256) {
        try oracle.getPrice(asset) returns (uint256 p) {
            return p;
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ErrorsLib.PriceUnavailable(asset);
            return 0;
        }
    }

    /// @dev Value, adjusted-LT value and (if `withBorrow`) adjusted-BF value of `balance` of `asset`.
    function assetValues(
        VaultState storage s,
        uint256 baseDecimals,
        address asset,
        uint256 balance,
        uint256 p,
        bool withBorrow
    ) internal view returns (uint256 value, uint256 lv, uint256 bv) {
        return _values(s, baseDecimals, asset, balance, p, true, withBorrow);
    }

    /// @dev `assetValues` with the adjusted-LT value optional too (0 unless `withLiq`).
    function _values(
        VaultState storage s,
        uint256 baseDecimals,
        address asset,
        uint256 balance,
        uint256 p,
        bool withLiq,
        bool withBorrow
    ) private view returns (uint256 value, uint256 lv, uint256 bv) {
        // Read through a storage pointer: the config's first slot only, unless the value passes the first tier
        // break (`adjusted`). The add-on through the same shared caller shape as the perp libraries, whose position
        // loop is at the stack limit under via-IR.
        StoredConfig storage cfg = s.configs[asset];
        uint256 addOn = effectiveAddOn(s, asset);
        value = MarginMath.collateralValue(balance, p, cfg.decimals, baseDecimals);
        if (withLiq) lv = adjusted(cfg, cfg.liquidationThresholdBps, addOn, value);
        if (withBorrow) bv = adjusted(cfg, cfg.borrowFactorBps, addOn, value);
    }

    /// @dev Borrow capacity of one held asset named by the caller (an initial-margin check of a one-asset account:
    /// no walk of the asset list), with the circuit breaker as in MODE_INITIAL_MARGIN.
    function borrowCapOf(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        address owner,
        uint256 subId,
        address asset,
        uint256 index
    ) internal view returns (uint256 bv) {
        uint256 p = price(oracle, asset, MODE_INITIAL_MARGIN);
        uint256 balance = CollateralLib.balanceAt(s, owner, subId, asset, index);
        (,, bv) = _values(s, baseDecimals, asset, balance, p, false, true);
    }

    /// @dev Virtually accrued debt and capacities (not priced when there is no debt).
    function margin(VaultState storage s, IOracleRouter oracle, uint256 baseDecimals, address owner, uint256 subId)
        internal
        view
        returns (uint256 debt, uint256 liqCap, uint256 cap)
    {
        Position storage pos = s.positions[owner][subId];
        debt = MarginMath.toDebt(pos.borrowPrincipal, borrowIndexNow(s));
        if (debt != 0) {
            Totals memory t = totals(s, oracle, baseDecimals, owner, subId, pos.assetMask, MODE_PRICE, address(0));
            (liqCap, cap) = (t.liqCap, t.borrowCap);
        }
    }

    /// @dev (health, debt) of an account, virtually accrued.
    function healthOf(VaultState storage s, IOracleRouter oracle, uint256 baseDecimals, address owner, uint256 subId)
        internal
        view
        returns (uint256, uint256)
    {
        (uint256 debt, uint256 liqCap,) = margin(s, oracle, baseDecimals, owner, subId);
        return (MarginMath.health(liqCap, debt), debt);
    }

    /// @dev §3 with the asset's tiers. A value at or below the first tier break reads the config's first slot only:
    /// the same formula with the upper tiers collapsed onto the first break (the stored breaks are ordered,
    /// ConfigLogic), so the second slot is read only past it (docs/gas.md).
    function adjusted(StoredConfig storage cfg, uint256 factorBps, uint256 addOn, uint256 value)
        internal
        view
        returns (uint256)
    {
        return adjustedAt(cfg, cfg.tierBreak1, factorBps, addOn, value);
    }

    /// @dev `adjusted` with the first tier break `t1` already read from `cfg` by the caller.
    function adjustedAt(StoredConfig storage cfg, uint256 t1, uint256 factorBps, uint256 addOn, uint256 value)
        internal
        view
        returns (uint256)
    {
        if (value <= t1) return MarginMath.tieredAdjusted(value, factorBps, addOn, t1, t1, 0, 0);
        return MarginMath.tieredAdjusted(value, factorBps, addOn, t1, cfg.tierBreak2, cfg.tierCut2Bps, cfg.tierCut3Bps);
    }

    /// @dev §6: the add-on in force now.
    function effectiveAddOn(VaultState storage s, address asset) internal view returns (uint256) {
        StoredConfig storage c = s.configs[asset]; // three fields of the config's first slot, no copy of both
        return MarginMath.effectiveAddOn(c.addOnBps, c.pendingAddOnBps, c.pendingEffectiveAt, block.timestamp);
    }

    /// @dev Number of set bits.
    function popCount(uint256 mask) internal pure returns (uint256 n) {
        while (mask != 0) {
            n += mask & 1;
            mask >>= 1;
        }
    }
}
