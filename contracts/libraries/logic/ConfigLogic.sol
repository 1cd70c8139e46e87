// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {CollateralConfig, MarketParams} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {IRateModel} from "../../interfaces/IRateModel.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {VaultState, AssetState, StoredConfig, MAX_COLLATERAL_ASSETS} from "../VaultTypes.sol";
import {MarginMath} from "../MarginMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";
import {EventsLib} from "../EventsLib.sol";

/// @title ConfigLogic
/// @notice Governance of a MarginVault (docs/protocol.md §3, §6, §7, §11): market parameters, collateral
/// listing, add-ons, pauses. An external library linked into MarginVault at deployment; it runs by
/// DELEGATECALL on the vault's storage, so its events come from the vault's address.
library ConfigLogic {
    /// @dev Maximum token decimals (collateral and base).
    uint256 internal constant MAX_DECIMALS = 18;
    /// @dev Maximum liquidation threshold.
    uint256 internal constant MAX_LIQUIDATION_THRESHOLD_BPS = 9_500;
    /// @dev Maximum liquidation bonus.
    uint256 internal constant MAX_LIQUIDATION_BONUS_BPS = 2_000;
    /// @dev Close factor lower bound.
    uint256 internal constant MIN_CLOSE_FACTOR_BPS = 1_000;
    /// @dev Deep-health threshold lower bound (WAD).
    uint256 internal constant MIN_DEEP_HEALTH_THRESHOLD = 0.5e18;
    /// @dev Dust threshold ceiling, in whole base tokens.
    uint256 internal constant MAX_DUST_WHOLE_TOKENS = 10_000;
    /// @dev Maximum protocol share of the liquidation bonus.
    uint256 internal constant MAX_PROTOCOL_SHARE_BPS = 5_000;
    /// @dev Maximum reserve factor.
    uint256 internal constant MAX_RESERVE_FACTOR_BPS = 5_000;
    /// @dev Ceiling for maxAddOnBps.
    uint256 internal constant MAX_ADD_ON_LIMIT_BPS = 5_000;
    /// @dev Maximum add-on min interval and grace.
    uint256 internal constant MAX_ADD_ON_DELAY = 7 days;
    /// @dev Maximum pause duration and cooldown.
    uint256 internal constant MAX_PAUSE_PERIOD = 7 days;
    /// @dev Minimum cooldown between two pauses, so pauses cannot be chained (issue 15, finding 6).
    uint256 internal constant MIN_PAUSE_COOLDOWN = 1 hours;

    /// @notice Validates and stores the market parameters (constructor and setMarketParams; the caller accrues).
    function setMarketParams(VaultState storage s, MarketParams memory params, uint256 baseDecimals) external {
        _validateParams(params, baseDecimals);
        uint256 count = s.assetCount;
        for (uint256 i; i < count; ++i) {
            StoredConfig storage cfg = s.configs[s.assetList[i]];
            _checkLiquidationMargin(
                cfg.liquidationThresholdBps, cfg.liquidationBonusBps, params.deepHealthThresholdWad
            );
        }
        s.params = params;
        s.reserveFactorBps = params.reserveFactorBps; // the accrual's copy (VaultTypes.sol)
        emit EventsLib.MarketParamsUpdated(params);
    }

    /// @notice Lists a collateral asset; `cfg.decimals` is read from the token. The oracle must have a feed for
    /// it (reverts FeedNotSet): an unpriceable asset must never enter an account (issue 15, finding 2).
    function listCollateral(
        VaultState storage s,
        IOracleRouter oracle,
        address baseAsset,
        address asset,
        CollateralConfig memory cfg
    ) external {
        if (asset == address(0)) revert ErrorsLib.ZeroAddress();
        if (s.assetStates[asset].listed || asset == baseAsset) revert ErrorsLib.AssetAlreadyListed(asset);
        uint256 count = s.assetCount;
        if (count >= MAX_COLLATERAL_ASSETS) revert ErrorsLib.TooManyCollateralAssets();
        cfg.decimals = IERC20Metadata(asset).decimals();
        s.assetStates[asset].index = uint8(count);
        s.assetStates[asset].listed = true;
        s.assetList[count] = asset;
        s.assetCount = uint8(count + 1);
        emit EventsLib.CollateralListed(asset, count);
        _setConfig(s, asset, cfg);
        oracle.frozenUntil(asset); // reads the feed: reverts FeedNotSet without one
    }

    /// @notice Updates a listed collateral's configuration; decimals are kept. A change that can lower the
    /// health of existing accounts (lower liquidation threshold or borrow factor, lower tier breaks, higher tier
    /// cuts) is announced by `CollateralUpdateScheduled` and applies from now + addOnGrace through
    /// `applyCollateralUpdate`, like an add-on increase (§6); any other change applies at once and cancels a
    /// pending one (issue 15, design risks).
    function updateCollateral(VaultState storage s, address asset, CollateralConfig memory cfg) external {
        if (!s.assetStates[asset].listed) revert ErrorsLib.AssetNotListed(asset);
        StoredConfig storage current = s.configs[asset];
        cfg.decimals = current.decimals;
        if (_increasesRisk(current, cfg)) {
            _validateCollateral(cfg, s.params.deepHealthThresholdWad);
            uint256 effectiveAt = block.timestamp + s.params.addOnGrace;
            _store(s.pendingConfigs[asset], cfg);
            s.pendingConfigAt[asset] = effectiveAt;
            emit EventsLib.CollateralUpdateScheduled(asset, cfg, effectiveAt);
        } else {
            delete s.pendingConfigAt[asset];
            _setConfig(s, asset, cfg);
        }
    }

    /// @notice Applies the pending risk-increasing update of `asset` once its grace has passed (anyone may call).
    function applyCollateralUpdate(VaultState storage s, address asset) external {
        uint256 effectiveAt = s.pendingConfigAt[asset];
        if (effectiveAt == 0 || block.timestamp < effectiveAt) {
            revert ErrorsLib.CollateralUpdateNotDue(asset, effectiveAt);
        }
        delete s.pendingConfigAt[asset];
        _setConfig(s, asset, toConfig(s.pendingConfigs[asset]));
    }

    /// @notice True iff the rate model answers at the utilization accrual would ask it for (setRateModel's
    /// escape: a reverting old model is replaced without accruing with it).
    function rateModelAnswers(VaultState storage s) external view returns (bool) {
        uint256 u = MarginMath.marketUtilization(
            MarginMath.toSupplyBalance(s.totalSupplyPrincipal, s.supplyIndex),
            MarginMath.toDebt(s.totalBorrowPrincipal, s.borrowIndex)
        );
        try IRateModel(s.rateModel).borrowRatePerSecond(u) returns (uint256) {
            return true;
        } catch {
            return false;
        }
    }

    /// @notice Posts a volatility add-on (§6): a decrease applies now; an increase after `addOnGrace`,
    /// announced by `MarginCall`.
    function setAddOn(VaultState storage s, address asset, uint16 addOnBps) external {
        AssetState memory st = s.assetStates[asset];
        StoredConfig storage c = s.configs[asset]; // the add-on lives in the config's first slot
        // A perp market's underlying takes the same add-on (docs/protocol.md §13.5), listed as collateral or not.
        if (!st.listed && !s.isPerpUnderlying[asset]) revert ErrorsLib.AssetNotListed(asset);
        MarketParams memory p = s.params;
        if (addOnBps > p.maxAddOnBps) revert ErrorsLib.AddOnTooHigh(addOnBps, p.maxAddOnBps);
        if (st.lastAddOnUpdate != 0 && block.timestamp < uint256(st.lastAddOnUpdate) + p.addOnMinInterval) {
            revert ErrorsLib.AddOnTooSoon(uint256(st.lastAddOnUpdate) + p.addOnMinInterval);
        }
        uint256 current =
            MarginMath.effectiveAddOn(c.addOnBps, c.pendingAddOnBps, c.pendingEffectiveAt, block.timestamp);
        uint256 step = addOnBps > current ? addOnBps - current : current - addOnBps;
        if (step > p.maxAddOnStepBps) revert ErrorsLib.AddOnStepTooLarge(step, p.maxAddOnStepBps);

        s.assetStates[asset].lastAddOnUpdate = uint40(block.timestamp);
        if (addOnBps <= current) {
            c.addOnBps = addOnBps;
            c.pendingAddOnBps = 0;
            c.pendingEffectiveAt = 0;
            emit EventsLib.AddOnUpdated(asset, addOnBps);
        } else {
            uint256 effectiveAt = block.timestamp + p.addOnGrace;
            c.addOnBps = uint16(current);
            c.pendingAddOnBps = addOnBps;
            c.pendingEffectiveAt = SafeCast.toUint32(effectiveAt);
            emit EventsLib.MarginCall(asset, addOnBps, effectiveAt);
        }
    }

    /// @notice Sets the insurance pool, once (MarginVault.setInsurancePool after its role check).
    function setInsurancePool(VaultState storage s, address pool) external {
        if (pool == address(0)) revert ErrorsLib.ZeroAddress();
        if (s.insurancePool != address(0)) revert ErrorsLib.AlreadySet();
        s.insurancePool = pool;
        emit EventsLib.InsurancePoolSet(pool);
    }

    /// @notice Ends the current pause now (MarginVault.unpause after its role check).
    function unpause(VaultState storage s) external {
        if (block.timestamp >= s.pausedUntil) revert ErrorsLib.NotPaused();
        s.pausedUntil = uint64(block.timestamp);
        emit EventsLib.Unpaused(msg.sender);
    }

    /// @notice Starts a pause of maxPauseDuration (§11).
    function pause(VaultState storage s) external {
        uint256 until = s.pausedUntil;
        if (block.timestamp < until) revert ErrorsLib.MarketPaused(until);
        uint256 cooldown = s.params.pauseCooldown;
        if (until != 0 && block.timestamp < until + cooldown) {
            revert ErrorsLib.PauseCooldownActive(until + cooldown);
        }
        until = block.timestamp + s.params.maxPauseDuration;
        s.pausedUntil = uint64(until);
        emit EventsLib.Paused(msg.sender, until);
    }

    /// @dev A change that can lower an existing account's health or borrow capacity.
    function _increasesRisk(StoredConfig storage o, CollateralConfig memory n) private view returns (bool) {
        return n.liquidationThresholdBps < o.liquidationThresholdBps || n.borrowFactorBps < o.borrowFactorBps
            || n.tierBreak1 < o.tierBreak1 || n.tierBreak2 < o.tierBreak2 || n.tierCut2Bps > o.tierCut2Bps
            || n.tierCut3Bps > o.tierCut3Bps;
    }

    function _setConfig(VaultState storage s, address asset, CollateralConfig memory cfg) private {
        _validateCollateral(cfg, s.params.deepHealthThresholdWad);
        _store(s.configs[asset], cfg);
        emit EventsLib.CollateralUpdated(asset, cfg);
    }

    /// @dev Writes `cfg` field by field: the add-on fields sharing its first slot stay.
    function _store(StoredConfig storage c, CollateralConfig memory cfg) private {
        c.decimals = cfg.decimals;
        c.borrowFactorBps = cfg.borrowFactorBps;
        c.liquidationThresholdBps = cfg.liquidationThresholdBps;
        c.liquidationBonusBps = cfg.liquidationBonusBps;
        c.crossAllowed = cfg.crossAllowed;
        c.supplyCap = cfg.supplyCap;
        c.tierBreak1 = cfg.tierBreak1;
        c.tierBreak2 = cfg.tierBreak2;
        c.tierCut2Bps = cfg.tierCut2Bps;
        c.tierCut3Bps = cfg.tierCut3Bps;
    }

    /// @dev The governance view of a stored config (its add-on fields dropped).
    function toConfig(StoredConfig memory c) internal pure returns (CollateralConfig memory) {
        return CollateralConfig(
            c.decimals,
            c.borrowFactorBps,
            c.liquidationThresholdBps,
            c.liquidationBonusBps,
            c.crossAllowed,
            c.supplyCap,
            c.tierBreak1,
            c.tierBreak2,
            c.tierCut2Bps,
            c.tierCut3Bps
        );
    }

    function _validateCollateral(CollateralConfig memory cfg, uint256 deepWad) private pure {
        if (cfg.decimals > MAX_DECIMALS) revert ErrorsLib.InvalidDecimals(cfg.decimals);
        if (
            cfg.borrowFactorBps == 0 || cfg.borrowFactorBps >= cfg.liquidationThresholdBps
                || cfg.liquidationThresholdBps > MAX_LIQUIDATION_THRESHOLD_BPS
        ) revert ErrorsLib.InvalidMarginFactors(cfg.borrowFactorBps, cfg.liquidationThresholdBps);
        if (cfg.liquidationBonusBps > MAX_LIQUIDATION_BONUS_BPS) {
            revert ErrorsLib.InvalidLiquidationBonus(cfg.liquidationBonusBps);
        }
        _checkLiquidationMargin(cfg.liquidationThresholdBps, cfg.liquidationBonusBps, deepWad);
        if (cfg.tierBreak1 > cfg.tierBreak2 || cfg.tierCut2Bps > cfg.tierCut3Bps || cfg.tierCut3Bps > WadMath.BPS) {
            revert ErrorsLib.InvalidTiers();
        }
        if (cfg.supplyCap == 0) revert ErrorsLib.InvalidSupplyCap();
    }

    /// @dev §7: LT × (BPS + bonus) / BPS must stay strictly below the deep-health threshold.
    function _checkLiquidationMargin(uint256 ltBps, uint256 bonusBps, uint256 deepWad) private pure {
        uint256 m = ltBps * (WadMath.BPS + bonusBps) * WadMath.WAD / (WadMath.BPS * WadMath.BPS);
        if (m >= deepWad) revert ErrorsLib.LiquidationMarginTooThin(m, deepWad);
    }

    function _validateParams(MarketParams memory p, uint256 baseDecimals) private pure {
        _bound(p.closeFactorBps, MIN_CLOSE_FACTOR_BPS, WadMath.BPS);
        _bound(p.deepHealthThresholdWad, MIN_DEEP_HEALTH_THRESHOLD, WadMath.WAD);
        _bound(p.dustThreshold, 0, MAX_DUST_WHOLE_TOKENS * 10 ** baseDecimals);
        _bound(p.protocolShareBps, 0, MAX_PROTOCOL_SHARE_BPS);
        _bound(p.reserveFactorBps, 0, MAX_RESERVE_FACTOR_BPS);
        _bound(p.maxAddOnBps, 0, MAX_ADD_ON_LIMIT_BPS);
        _bound(p.maxAddOnStepBps, 1, MAX_ADD_ON_LIMIT_BPS);
        _bound(p.addOnMinInterval, 0, MAX_ADD_ON_DELAY);
        _bound(p.addOnGrace, 0, MAX_ADD_ON_DELAY);
        _bound(p.maxPauseDuration, 1, MAX_PAUSE_PERIOD);
        _bound(p.pauseCooldown, MIN_PAUSE_COOLDOWN, MAX_PAUSE_PERIOD);
    }

    function _bound(uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert ErrorsLib.ParameterOutOfBounds(value, min, max);
    }
}
