// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccountState, AssetPosition} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {IPerpMarkets} from "../../interfaces/IPerpMarkets.sol";
import {VaultState, AssetState, StoredConfig, Position} from "../VaultTypes.sol";
import {CollateralLib} from "../CollateralLib.sol";
import {HealthLogic} from "./HealthLogic.sol";
import {ConfigLogic} from "./ConfigLogic.sol";
import {MarginMath} from "../MarginMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";

/// @title ViewLogic
/// @notice The read-only account views of a MarginVault that front ends and keepers batch (docs/protocol.md
/// §4): an external library linked into the vault, so the views keep the vault's address.
library ViewLogic {
    /// @notice Health of (owner, subId) without perps, virtually accrued (MarginVault.health).
    function health(VaultState storage s, IOracleRouter oracle, uint256 baseDecimals, address owner, uint256 subId)
        external
        view
        returns (uint256 h)
    {
        (h,) = HealthLogic.healthOf(s, oracle, baseDecimals, owner, subId);
    }

    /// @notice Margin utilization of (owner, subId) (MarginVault.utilization).
    function utilization(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        address owner,
        uint256 subId
    ) external view returns (uint256) {
        (uint256 debt,, uint256 cap) = HealthLogic.margin(s, oracle, baseDecimals, owner, subId);
        return MarginMath.utilization(debt, cap);
    }

    /// @notice Supply balance of `lender`, virtually accrued (MarginVault.supplyBalanceOf).
    function supplyBalanceOf(VaultState storage s, address lender) external view returns (uint256) {
        (uint256 sIdx,,,) = HealthLogic.virtualState(s);
        return MarginMath.toSupplyBalance(s.supplyPrincipal[lender], sIdx);
    }

    /// @notice Total supplied assets, virtually accrued (MarginVault.totalSupplyAssets).
    function totalSupplyAssets(VaultState storage s) external view returns (uint256) {
        (uint256 sIdx,,,) = HealthLogic.virtualState(s);
        return MarginMath.toSupplyBalance(s.totalSupplyPrincipal, sIdx);
    }

    /// @notice Total debt, virtually accrued (MarginVault.totalBorrowAssets).
    function totalBorrowAssets(VaultState storage s) external view returns (uint256) {
        return MarginMath.toDebt(s.totalBorrowPrincipal, HealthLogic.borrowIndexNow(s));
    }

    /// @notice (supplyIndex, borrowIndex) virtually accrued (MarginVault.currentIndices).
    function currentIndices(VaultState storage s) external view returns (uint256 sIdx, uint256 bIdx) {
        (sIdx,, bIdx,) = HealthLogic.virtualState(s);
    }

    /// @notice The add-on of `asset` in force now (MarginVault.effectiveAddOn).
    function effectiveAddOn(VaultState storage s, address asset) external view returns (uint256) {
        return HealthLogic.effectiveAddOn(s, asset);
    }

    /* ENCODED VIEWS: each returns the ABI encoding of the return values of the MarginVault view it names, which
       the vault returns as they are, so the vault carries no encoder of these types (docs/gas.md). */

    /// @notice Raw add-on state of `asset`, encoded as MarginVault.addOnState returns it.
    function addOnState(VaultState storage s, address asset) external view returns (bytes memory) {
        StoredConfig storage c = s.configs[asset];
        AssetState memory st = s.assetStates[asset];
        return abi.encode(
            uint256(c.addOnBps),
            uint256(c.pendingAddOnBps),
            uint256(c.pendingEffectiveAt),
            uint256(st.lastAddOnUpdate),
            uint256(st.totalDeposits)
        );
    }

    /// @notice The listed collateral assets in index order, encoded as MarginVault.collateralAssets returns them.
    function collateralAssets(VaultState storage s) external view returns (bytes memory) {
        uint256 count = s.assetCount;
        address[] memory list = new address[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = s.assetList[i];
        }
        return abi.encode(list);
    }

    /// @notice The configuration of `asset`, encoded as MarginVault.collateralConfig returns it.
    function collateralConfig(VaultState storage s, address asset) external view returns (bytes memory) {
        return abi.encode(ConfigLogic.toConfig(s.configs[asset]));
    }

    /// @notice The announced risk-increasing update of `asset` and when it may apply, encoded as
    /// MarginVault.pendingCollateralUpdate returns them.
    function pendingCollateralUpdate(VaultState storage s, address asset) external view returns (bytes memory) {
        return abi.encode(ConfigLogic.toConfig(s.pendingConfigs[asset]), s.pendingConfigAt[asset]);
    }

    /// @notice Full margin state of (owner, subId), virtually accrued, encoded as MarginVault.accountState returns it.
    function accountState(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        address owner,
        uint256 subId
    ) external view returns (bytes memory) {
        AccountState memory st;
        Position storage pos = s.positions[owner][subId];
        st.debt = MarginMath.toDebt(pos.borrowPrincipal, HealthLogic.borrowIndexNow(s));
        uint256 mask = pos.assetMask;
        st.assets = new AssetPosition[](HealthLogic.popCount(mask));
        uint256 k;
        for (uint256 i; mask != 0; ++i) {
            if (mask & 1 != 0) {
                AssetPosition memory a = st.assets[k++];
                a.asset = s.assetList[i];
                a.balance = CollateralLib.balanceOf(s, pos, owner, subId, a.asset, i);
                a.priceWad = HealthLogic.price(oracle, a.asset, HealthLogic.MODE_PRICE);
                (a.value, a.liquidationValue, a.borrowValue) =
                    HealthLogic.assetValues(s, baseDecimals, a.asset, a.balance, a.priceWad, true);
                st.liquidationCapacity += a.liquidationValue;
                st.borrowCapacity += a.borrowValue;
            }
            mask >>= 1;
        }
        st.health = MarginMath.health(st.liquidationCapacity, st.debt);
        st.utilization = MarginMath.utilization(st.debt, st.borrowCapacity);
        return abi.encode(st);
    }

    /// @notice Health and debt of many accounts in one call, encoded as MarginVault.healthBatch returns them
    /// (healths, debts, unpricedMasks). One account's unreadable feed never reverts the batch (issue 15, finding 2):
    /// the asset counts as worth 0, as liquidation counts it, and its bit is set in the account's `unpricedMasks`
    /// entry. A read that runs out of gas still reverts (PriceUnavailable).
    function healthBatch(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        address[] calldata owners,
        uint256[] calldata subIds
    ) external view returns (bytes memory) {
        uint256 n = owners.length;
        if (n != subIds.length) revert ErrorsLib.ArrayLengthMismatch();
        uint256[] memory healths = new uint256[](n);
        uint256[] memory debts = new uint256[](n);
        uint256[] memory unpricedMasks = new uint256[](n);
        uint256 bIdx = HealthLogic.borrowIndexNow(s);
        for (uint256 i; i < n; ++i) {
            (healths[i], debts[i], unpricedMasks[i]) = _health(s, oracle, baseDecimals, bIdx, owners[i], subIds[i]);
        }
        return abi.encode(healths, debts, unpricedMasks);
    }

    /// @dev §13.6 health of an account with positions or perp cash, read through the vault's own perpView (a static
    /// self-call, so an unreadable price fails this account only): 0, with every bit set in `unpricedMasks`, when a
    /// price cannot be read. A call that fails without data (out of gas) reverts PriceUnavailable(0).
    function _unifiedHealth(address owner, uint256 subId) private view returns (bool, uint256) {
        (bool ok, bytes memory r) = address(this).staticcall(
            abi.encodeWithSignature("perpView(bytes)", abi.encodeCall(IPerpMarkets.perpMargin, (owner, subId)))
        );
        if (!ok) {
            if (r.length == 0) revert ErrorsLib.PriceUnavailable(address(0));
            return (false, 0);
        }
        (,,,,, uint256 h,) =
            abi.decode(abi.decode(r, (bytes)), (int256, int256, uint256, uint256, uint256, uint256, uint256));
        return (true, h);
    }

    /// @dev (health, debt, unpriced mask) of one account; capacities are not priced without debt.
    function _health(
        VaultState storage s,
        IOracleRouter oracle,
        uint256 baseDecimals,
        uint256 bIdx,
        address owner,
        uint256 subId
    ) private view returns (uint256, uint256 debt, uint256 unpriced) {
        Position storage pos = s.positions[owner][subId];
        debt = MarginMath.toDebt(pos.borrowPrincipal, bIdx);
        if (pos.perpMask != 0 || pos.hasPerpCash) {
            (bool priced, uint256 h) = _unifiedHealth(owner, subId);
            if (!priced) unpriced = type(uint256).max;
            return (h, debt, unpriced);
        }
        if (debt == 0) return (type(uint256).max, 0, 0);
        uint256 liqCap;
        uint256 mask = pos.assetMask;
        for (uint256 i; mask != 0; ++i) {
            if (mask & 1 != 0) {
                address asset = s.assetList[i];
                uint256 p = HealthLogic.priceOrZero(oracle, asset);
                if (p == 0) {
                    unpriced |= 1 << i;
                } else {
                    uint256 bal = CollateralLib.balanceOf(s, pos, owner, subId, asset, i);
                    (, uint256 lv,) = HealthLogic.assetValues(s, baseDecimals, asset, bal, p, false);
                    liqCap += lv;
                }
            }
            mask >>= 1;
        }
        return (MarginMath.health(liqCap, debt), debt, unpriced);
    }
}
