// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IPerpMarkets} from "../../interfaces/IPerpMarkets.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {PerpMarketConfig} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {IPerpLiquidityVault} from "../../interfaces/IPerpLiquidityVault.sol";
import {
    VaultState,
    Position,
    StoredPerpMarket,
    StoredPerpPosition,
    MAX_PERP_MARKETS,
    PERP_ACTIVE,
    PERP_REDUCE_ONLY,
    PERP_DELISTED
} from "../VaultTypes.sol";
import {PerpCore} from "./PerpCore.sol";
import {HealthLogic} from "./HealthLogic.sol";
import {MarginMath} from "../MarginMath.sol";
import {PerpMath} from "../PerpMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";
import {EventsLib} from "../EventsLib.sol";

/// @title PerpLogic
/// @notice Perpetual futures on the MarginVault's accounts (docs/protocol.md §13): market listing and status,
/// margin levels, perp cash, trades with funding and fees, and the unified health views. An external library
/// linked into the vault, run by DELEGATECALL on its storage; the vault checks roles, authorization and
/// reentrancy first.
library PerpLogic {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @notice Bounds (§13.10).
    uint256 internal constant MAX_TAKER_FEE_BPS = 100;
    uint256 internal constant MAX_PENALTY_BPS = 2_000;
    /// @dev The vault's roles (MarginVault: DEFAULT_ADMIN_ROLE, GUARDIAN_ROLE).
    bytes32 internal constant ADMIN_ROLE = 0x00;
    bytes32 internal constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @notice Runs one perp call (docs/protocol.md §13.12): `call` is the ABI encoding of a write function of
    /// IPerpMarkets. Roles are checked against the vault's AccessControl, accounts against its operators.
    /// @return The ABI-encoded return values of the call.
    function execute(VaultState storage s, PerpCore.Env memory env, bytes calldata call)
        external
        returns (bytes memory)
    {
        bytes4 sel = bytes4(call[:4]);
        bytes calldata a = call[4:];
        if (sel == IPerpMarkets.modifyPosition.selector) {
            (address owner, uint256 subId, uint256 marketId, int256 sizeDelta, uint256 maxFee) =
                abi.decode(a, (address, uint256, uint256, int256, uint256));
            _checkAuthorized(s, owner);
            (int256 newSize, uint256 fee) = _modifyPosition(s, env, owner, subId, marketId, sizeDelta, maxFee);
            return abi.encode(newSize, fee);
        }
        if (sel == IPerpMarkets.transferMargin.selector) {
            (address owner, uint256 subId, int256 amount, address receiver) =
                abi.decode(a, (address, uint256, int256, address));
            _checkAuthorized(s, owner);
            _transferMargin(s, env, owner, subId, amount, receiver);
        } else if (sel == IPerpMarkets.setPerpMarket.selector) {
            _checkRole(ADMIN_ROLE);
            (uint256 marketId, PerpMarketConfig memory cfg) = abi.decode(a, (uint256, PerpMarketConfig));
            _setPerpMarket(s, env.oracle, marketId, cfg);
        } else if (sel == IPerpMarkets.setPerpMarketStatus.selector) {
            (uint256 marketId, uint8 status) = abi.decode(a, (uint256, uint8));
            if (status == PERP_DELISTED || !_hasRole(GUARDIAN_ROLE)) _checkRole(ADMIN_ROLE);
            _setPerpMarketStatus(s, env.oracle, marketId, status);
        } else if (sel == IPerpMarkets.setPerpParams.selector) {
            _checkRole(ADMIN_ROLE);
            (address liquidityVault, uint256 maxNetExposureBps) = abi.decode(a, (address, uint256));
            _setPerpParams(s, liquidityVault, maxNetExposureBps);
        } else if (sel == IPerpMarkets.setMarginLevel.selector) {
            _checkRole(ADMIN_ROLE);
            (address owner, uint256 levelWad) = abi.decode(a, (address, uint256));
            _setMarginLevel(s, owner, levelWad);
        } else {
            revert ErrorsLib.UnknownPerpCall(sel);
        }
        return "";
    }

    /// @notice Lists market `marketId == perpMarketCount` or updates an existing one (its asset is kept).
    function _setPerpMarket(VaultState storage s, IOracleRouter oracle, uint256 marketId, PerpMarketConfig memory cfg)
        private
    {
        uint256 count = s.perpMarketCount;
        if (marketId > count) revert ErrorsLib.PerpMarketNotListed(marketId);
        StoredPerpMarket storage mk = s.perpMarkets[marketId];
        if (marketId == count) {
            if (count >= MAX_PERP_MARKETS) revert ErrorsLib.TooManyPerpMarkets();
            if (cfg.asset == address(0)) revert ErrorsLib.ZeroAddress();
            oracle.getPrice(cfg.asset); // FeedNotSet / a guard error if the index cannot be read
            s.perpMarketCount = uint8(count + 1);
            mk.status = PERP_ACTIVE;
            mk.lastFundingTime = uint40(block.timestamp);
            s.isPerpUnderlying[cfg.asset] = true;
            emit EventsLib.PerpMarketListed(marketId, cfg.asset);
        } else {
            PerpMarketConfig memory old = s.perpConfigs[marketId];
            cfg.asset = old.asset;
            // Funding so far accrues under the old parameters.
            if (mk.status != PERP_DELISTED) {
                PerpCore.accrueFunding(mk, old, marketId, oracle.getPrice(old.asset), PerpCore.skew(mk));
            }
        }
        _validate(cfg, s.params.deepHealthThresholdWad);
        s.perpConfigs[marketId] = cfg;
        emit EventsLib.PerpMarketUpdated(marketId, cfg);
    }

    /// @notice Sets the liquidity vault (once) and the net-exposure cap (§13.8).
    function _setPerpParams(VaultState storage s, address liquidityVault, uint256 maxNetExposureBps) private {
        address current = s.perpLiquidityVault;
        if (current == address(0)) {
            if (liquidityVault == address(0)) revert ErrorsLib.ZeroAddress();
            s.perpLiquidityVault = liquidityVault;
        } else if (liquidityVault != current) {
            revert ErrorsLib.AlreadySet();
        }
        if (maxNetExposureBps > WadMath.BPS) revert ErrorsLib.ParameterOutOfBounds(maxNetExposureBps, 0, WadMath.BPS);
        s.maxNetExposureBps = uint16(maxNetExposureBps);
        emit EventsLib.PerpParamsSet(liquidityVault, maxNetExposureBps);
    }

    /// @notice Active / reduce-only (GUARDIAN or ADMIN) or delisted at the index of this block (ADMIN, final).
    /// The vault checks the caller's role for the requested status.
    function _setPerpMarketStatus(VaultState storage s, IOracleRouter oracle, uint256 marketId, uint8 status)
        private
    {
        StoredPerpMarket storage mk = PerpCore.market(s, marketId);
        if (mk.status == PERP_DELISTED) revert ErrorsLib.MarketDelisted(marketId);
        if (status < PERP_ACTIVE || status > PERP_DELISTED) {
            revert ErrorsLib.ParameterOutOfBounds(status, PERP_ACTIVE, PERP_DELISTED);
        }
        uint256 settlement;
        if (status == PERP_DELISTED) {
            PerpMarketConfig memory cfg = s.perpConfigs[marketId];
            settlement = oracle.getPrice(cfg.asset);
            PerpCore.accrueFunding(mk, cfg, marketId, settlement, PerpCore.skew(mk));
            mk.settlementPrice = settlement.toUint128();
        }
        mk.status = status;
        emit EventsLib.PerpMarketStatusSet(marketId, status, settlement);
    }

    /// @notice Margin level of `owner` (§13.5): 0 (default 1.0) or within [MIN_MARGIN_LEVEL, MAX_MARGIN_LEVEL].
    function _setMarginLevel(VaultState storage s, address owner, uint256 levelWad) private {
        if (levelWad != 0 && (levelWad < PerpMath.MIN_MARGIN_LEVEL || levelWad > PerpMath.MAX_MARGIN_LEVEL)) {
            revert ErrorsLib.ParameterOutOfBounds(levelWad, PerpMath.MIN_MARGIN_LEVEL, PerpMath.MAX_MARGIN_LEVEL);
        }
        s.marginLevels[owner] = levelWad;
        emit EventsLib.MarginLevelSet(owner, levelWad);
    }

    /// @notice Moves perp cash: `amount > 0` pulls base from the caller into the liquidity vault; `amount < 0`
    /// pays |amount| of the account's positive cash to `receiver` if initial margin still holds (§13.6).
    function _transferMargin(
        VaultState storage s,
        PerpCore.Env memory env,
        address owner,
        uint256 subId,
        int256 amount,
        address receiver
    ) private {
        address lv = s.perpLiquidityVault;
        if (lv == address(0)) revert ErrorsLib.ZeroAddress();
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        if (amount > 0) {
            PerpCore.addCash(s, owner, subId, amount);
            emit EventsLib.MarginTransferred(msg.sender, owner, subId, amount);
            IERC20(env.baseAsset).safeTransferFrom(msg.sender, lv, uint256(amount));
            return;
        }
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        uint256 out = uint256(-amount);
        int256 cash = s.perpCash[owner][subId];
        if (cash < -amount) revert ErrorsLib.InsufficientBalance(cash > 0 ? uint256(cash) : 0, out);
        PerpCore.addCash(s, owner, subId, amount);
        Position memory pos = s.positions[owner][subId];
        if (pos.perpMask != 0 || pos.borrowPrincipal != 0) {
            PerpCore.whenNotPaused(s);
            PerpCore.checkInitial(s, env, owner, subId, type(uint256).max, 0, HealthLogic.MODE_PRICE, true);
        }
        emit EventsLib.MarginTransferred(msg.sender, owner, subId, amount);
        IPerpLiquidityVault(lv).pay(receiver, out);
    }

    /// @notice Opens, increases, reduces, closes or flips the position of (owner, subId) in `marketId` by
    /// `sizeDelta` at the index price, paying the trade fee (§13.3, at most `maxFee`). Increases need
    /// initial health ≥ 1 afterwards; reductions are always allowed.
    function _modifyPosition(
        VaultState storage s,
        PerpCore.Env memory env,
        address owner,
        uint256 subId,
        uint256 marketId,
        int256 sizeDelta,
        uint256 maxFee
    ) private returns (int256 newSize, uint256 fee) {
        if (sizeDelta == 0) revert ErrorsLib.ZeroAmount();
        StoredPerpMarket storage mk = PerpCore.market(s, marketId);
        PerpMarketConfig memory cfg = s.perpConfigs[marketId];
        StoredPerpPosition storage pp = s.perpPositions[owner][subId][marketId];
        PerpCore.Trade memory t;
        t.size = PerpCore.positionSize(pp);
        bool increases =
            t.size == 0 || (t.size > 0) == (sizeDelta > 0) || PerpCore.abs(sizeDelta) > PerpCore.abs(t.size);
        uint8 status = mk.status;
        if (status == PERP_DELISTED) {
            if (increases) revert ErrorsLib.MarketDelisted(marketId);
            t.price = mk.settlementPrice;
            t.fundingIndex = mk.fundingIndex;
        } else {
            if (increases) {
                if (status == PERP_REDUCE_ONLY) revert ErrorsLib.MarketReduceOnly(marketId);
                PerpCore.whenNotPaused(s);
                uint256 until;
                (t.price, until) = env.oracle.getPriceAndFrozen(cfg.asset);
                if (until != 0) revert ErrorsLib.PriceFrozen(cfg.asset, until);
            } else {
                t.price = env.oracle.getPrice(cfg.asset);
            }
            int256 k = PerpCore.skew(mk);
            t.fundingIndex = PerpCore.accrueFunding(mk, cfg, marketId, t.price, k);
            t.fee = PerpMath.tradeFee(
                sizeDelta,
                k,
                t.price,
                env.baseDecimals,
                cfg.takerFeeBps,
                cfg.skewScale
            );
            if (t.fee > maxFee) revert ErrorsLib.SlippageExceeded(t.fee, maxFee);
        }
        PerpCore.trade(s, env, mk, cfg, pp, t, owner, subId, marketId, sizeDelta, increases);
        PerpCore.addCash(s, owner, subId, t.realized - t.funding - int256(t.fee));
        if (increases) _checkInitialAfterTrade(s, env, cfg, t, owner, subId, marketId);
        emit EventsLib.PositionModified(
            msg.sender, owner, subId, marketId, sizeDelta, t.newSize, t.price, t.fee, t.realized, t.funding
        );
        return (t.newSize, t.fee);
    }

    /// @dev §13.6's initial-margin rule after an increase. An account holding this position and perp cash only (no
    /// collateral, no debt, no other position: every isolated perp account) is priced from the trade's working set:
    /// the same terms `PerpCore.marginMode` computes (its funding just settled at the index accrued in this block, so
    /// the virtual funding owed is 0), without reading the position, the market and its configuration again.
    function _checkInitialAfterTrade(
        VaultState storage s,
        PerpCore.Env memory env,
        PerpMarketConfig memory cfg,
        PerpCore.Trade memory t,
        address owner,
        uint256 subId,
        uint256 marketId
    ) private view {
        Position storage pos = s.positions[owner][subId];
        if (pos.borrowPrincipal != 0 || pos.assetMask != 0 || pos.perpMask != uint16(1 << marketId)) {
            PerpCore.checkInitial(s, env, owner, subId, marketId, t.price, HealthLogic.MODE_PRICE, false);
            return;
        }
        uint256 d = env.baseDecimals;
        int256 num = s.perpCash[owner][subId]
            + PerpMath.weightedPnl(PerpMath.unrealizedPnl(t.newSize, t.newBasis, t.price, d), cfg.pnlWeightBps);
        uint256 im = PerpMath.marginRequirement(
            PerpMath.notional(PerpCore.abs(t.newSize), t.price, d),
            cfg.imfBps,
            HealthLogic.effectiveAddOn(s, cfg.asset),
            cfg.notionalBreak1,
            cfg.notionalBreak2,
            cfg.step2Bps,
            cfg.step3Bps,
            PerpMath.marginLevel(s.marginLevels[owner])
        );
        if (PerpMath.accountHealth(num, 0, im) < WadMath.WAD) revert ErrorsLib.InsufficientPerpMargin(num, im);
    }

    /// @dev §13.10. The penalty bound makes a partial liquidation (health ≥ deepHealthThresholdWad) release more
    /// maintenance than it costs at every margin level: penalty < mmf × MIN_MARGIN_LEVEL × deep (§13.7).
    function _validate(PerpMarketConfig memory c, uint256 deepWad) private pure {
        if (c.mmfBps == 0 || c.mmfBps >= c.imfBps || c.imfBps > WadMath.BPS) {
            revert ErrorsLib.InvalidMarginFactors(c.imfBps, c.mmfBps);
        }
        if (c.notionalBreak1 > c.notionalBreak2 || c.step2Bps > c.step3Bps || c.step3Bps > WadMath.BPS) {
            revert ErrorsLib.InvalidTiers();
        }
        _bound(c.takerFeeBps, 0, MAX_TAKER_FEE_BPS);
        _bound(c.skewScale, 1, type(uint96).max);
        _bound(c.maxOiSize, 1, uint96(type(int96).max)); // a position's size is stored in 96 bits (§13.1)
        _bound(c.maxFundingRatePerSecond, 0, MarginMath.MAX_RATE_PER_SECOND);
        _bound(c.pnlWeightBps, 0, WadMath.BPS);
        _bound(c.liquidationPenaltyBps, 0, MAX_PENALTY_BPS);
        uint256 pen = uint256(c.liquidationPenaltyBps) * WadMath.WAD;
        uint256 room = uint256(c.mmfBps) * PerpMath.MIN_MARGIN_LEVEL * deepWad / WadMath.WAD;
        if (pen >= room) revert ErrorsLib.LiquidationMarginTooThin(pen, room);
    }

    function _bound(uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert ErrorsLib.ParameterOutOfBounds(value, min, max);
    }

    function _checkAuthorized(VaultState storage s, address owner) private view {
        if (owner != msg.sender && !s.isOperator[owner][msg.sender]) revert ErrorsLib.Unauthorized(owner, msg.sender);
    }

    /// @dev The library runs in the vault's context: ask the vault's AccessControl.
    function _hasRole(bytes32 role) private view returns (bool) {
        return IAccessControl(address(this)).hasRole(role, msg.sender);
    }

    function _checkRole(bytes32 role) private view {
        if (!_hasRole(role)) revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, role);
    }
}
