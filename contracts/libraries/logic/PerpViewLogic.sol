// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IPerpMarkets} from "../../interfaces/IPerpMarkets.sol";
import {PerpMarketConfig} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {
    VaultState,
    PerpMarketState,
    StoredPerpMarket,
    PerpPosition,
    PERP_DELISTED
} from "../VaultTypes.sol";
import {PerpCore} from "./PerpCore.sol";
import {HealthLogic} from "./HealthLogic.sol";
import {PerpMath} from "../PerpMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";

/// @title PerpViewLogic
/// @notice Read-only perp views of a MarginVault (docs/protocol.md §13): the unified health of accounts, the
/// liquidity vault's liabilities, raw market and position state; and the initial-margin check the vault's spot
/// paths run for accounts holding perps. An external library linked into the vault.
library PerpViewLogic {
    /// @notice Answers one view call: `call` is the ABI encoding of a view function of IPerpMarkets.
    /// @return The ABI-encoded return values.
    function query(VaultState storage s, PerpCore.Env memory env, bytes calldata call)
        external
        view
        returns (bytes memory)
    {
        bytes4 sel = bytes4(call[:4]);
        bytes calldata a = call[4:];
        if (sel == IPerpMarkets.perpHealthBatch.selector) {
            (address[] memory owners, uint256[] memory subIds) = abi.decode(a, (address[], uint256[]));
            (uint256[] memory h, uint256[] memory ih) = perpHealthBatch(s, env, owners, subIds);
            return abi.encode(h, ih);
        }
        if (sel == IPerpMarkets.perpMargin.selector) {
            (address owner, uint256 subId) = abi.decode(a, (address, uint256));
            PerpCore.Margin memory mg = PerpCore.margin(s, env, owner, subId, type(uint256).max, 0);
            return abi.encode(
                mg.numL,
                mg.numC,
                mg.debt,
                mg.mm,
                mg.im,
                PerpMath.accountHealth(mg.numL, mg.debt, mg.mm),
                PerpMath.accountHealth(mg.numC, mg.debt, mg.im)
            );
        }
        if (sel == IPerpMarkets.perpLiabilities.selector) {
            return abi.encode(perpLiabilities(s, env.oracle, env.baseDecimals));
        }
        if (sel == IPerpMarkets.perpMarket.selector) {
            uint256 m = abi.decode(a, (uint256));
            return abi.encode(s.perpConfigs[m], marketView(s.perpMarkets[m]));
        }
        if (sel == IPerpMarkets.perpPosition.selector) {
            (address owner, uint256 subId, uint256 m) = abi.decode(a, (address, uint256, uint256));
            return abi.encode(PerpCore.position(s.perpPositions[owner][subId][m]), s.perpCash[owner][subId]);
        }
        if (sel == IPerpMarkets.perpGlobals.selector) {
            return abi.encode(
                s.perpLiquidityVault, s.perpMarketCount, s.maxNetExposureBps, s.totalPerpCash, s.totalNetNotional
            );
        }
        if (sel == IPerpMarkets.liquidationPrice.selector) {
            (address owner, uint256 subId, uint256 m) = abi.decode(a, (address, uint256, uint256));
            return abi.encode(liquidationPriceOf(s, env, owner, subId, m));
        }
        if (sel == IPerpMarkets.marginLevel.selector) {
            return abi.encode(PerpMath.marginLevel(s.marginLevels[abi.decode(a, (address))]));
        }
        revert ErrorsLib.UnknownPerpCall(sel);
    }

    /// @notice A market at full width (the `perpMarket` view's PerpMarketState) from its storage.
    function marketView(StoredPerpMarket storage mk) internal view returns (PerpMarketState memory) {
        return PerpMarketState({
            fundingIndex: mk.fundingIndex,
            lastFundingTime: mk.lastFundingTime,
            status: mk.status,
            longCount: mk.longCount,
            shortCount: mk.shortCount,
            longOi: mk.longOi,
            shortOi: mk.shortOi,
            sumCostBasis: mk.sumCostBasis,
            sumSizeFunding: mk.sumSizeFunding,
            netNotional: uint128(PerpCore.netNotional(mk)), // ≤ type(uint128).max (setNetNotional)
            adlDeficit: mk.adlDeficit,
            settlementPrice: mk.settlementPrice,
            deficitLong: mk.deficitLong
        });
    }

    /// @notice (health, initialHealth) of every account, unified (§13.6); equals §4's health for spot-only ones.
    function perpHealthBatch(
        VaultState storage s,
        PerpCore.Env memory env,
        address[] memory owners,
        uint256[] memory subIds
    ) internal view returns (uint256[] memory healths, uint256[] memory initialHealths) {
        uint256 n = owners.length;
        if (n != subIds.length) revert ErrorsLib.ArrayLengthMismatch();
        healths = new uint256[](n);
        initialHealths = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            PerpCore.Margin memory mg = PerpCore.margin(s, env, owners[i], subIds[i], type(uint256).max, 0);
            healths[i] = PerpMath.accountHealth(mg.numL, mg.debt, mg.mm);
            initialHealths[i] = PerpMath.accountHealth(mg.numC, mg.debt, mg.im);
        }
    }

    /// @notice §13.6 health of one account (the vault's `health` for accounts with positions or perp cash).
    function health(VaultState storage s, PerpCore.Env memory env, address owner, uint256 subId)
        external
        view
        returns (uint256)
    {
        PerpCore.Margin memory mg = PerpCore.margin(s, env, owner, subId, type(uint256).max, 0);
        return PerpMath.accountHealth(mg.numL, mg.debt, mg.mm);
    }

    /// @notice §13.7 liquidation price of the account's position in market `m`: every other term of §13.6 (the
    /// collateral, the debt, the cash, the other positions, this position's funding owed now) held fixed, this
    /// position's PnL counted in full and its maintenance at the first-bracket fraction min(BPS, mmf + add-on).
    function liquidationPriceOf(VaultState storage s, PerpCore.Env memory env, address owner, uint256 subId, uint256 m)
        internal
        view
        returns (uint256)
    {
        PerpPosition memory pp = PerpCore.position(s.perpPositions[owner][subId][m]);
        if (pp.size == 0) return 0;
        PerpCore.Margin memory mg = PerpCore.margin(s, env, owner, subId, type(uint256).max, 0);
        PerpCore.Acct memory acct =
            PerpCore.Acct(owner, subId, PerpMath.marginLevel(s.marginLevels[owner]), type(uint256).max, 0);
        (int256 funding, int256 w, uint256 mm,) = PerpCore.terms(s, env, acct, m, pp);
        PerpMarketConfig storage cfg = s.perpConfigs[m];
        uint256 fraction = cfg.mmfBps + HealthLogic.effectiveAddOn(s, cfg.asset);
        if (fraction > WadMath.BPS) fraction = WadMath.BPS;
        return PerpMath.liquidationPrice(
            pp.size,
            pp.costBasis,
            funding,
            mg.numL - w,
            mg.debt + mg.mm - mm,
            fraction,
            acct.level,
            env.baseDecimals
        );
    }

    /// @notice Reverts InsufficientPerpMargin unless the withdrawal health (§13.6: initialHealth with no unrealized
    /// profit) is ≥ 1 (the vault's borrow and collateral withdrawal call it for accounts with perps or perp cash).
    /// Collateral prices are read with the circuit breaker (§9), as for spot.
    function checkInitialMargin(VaultState storage s, PerpCore.Env memory env, address owner, uint256 subId)
        external
        view
    {
        PerpCore.checkInitial(s, env, owner, subId, type(uint256).max, 0, HealthLogic.MODE_PRICE_AND_FROZEN, true);
    }

    /// @notice What the liquidity vault owes the accounts: Σ cash + Σ_m (traders' unrealized PnL − funding
    /// owed), from the per-market aggregates at the index (§13.8), base units.
    function perpLiabilities(VaultState storage s, IOracleRouter oracle, uint256 baseDecimals)
        internal
        view
        returns (int256 liabilities)
    {
        liabilities = s.totalPerpCash;
        uint256 count = s.perpMarketCount;
        for (uint256 m; m < count; ++m) {
            StoredPerpMarket storage mk = s.perpMarkets[m];
            PerpMarketConfig memory cfg = s.perpConfigs[m];
            int256 k = int256(uint256(mk.longOi)) - int256(uint256(mk.shortOi));
            if (k == 0 && mk.sumCostBasis == 0 && mk.sumSizeFunding == 0) continue;
            uint256 p = mk.status == PERP_DELISTED ? mk.settlementPrice : oracle.getPrice(cfg.asset);
            int256 f = PerpCore.virtualFunding(mk, cfg, p);
            int256 fundingOwed = (k * f / int256(WadMath.WAD) - mk.sumSizeFunding) * int256(10 ** baseDecimals)
                / int256(WadMath.WAD);
            liabilities += PerpMath.positionValue(k, p, baseDecimals) - mk.sumCostBasis - fundingOwed;
        }
    }
}
