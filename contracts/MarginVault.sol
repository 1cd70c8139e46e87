// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {
    IMarginVault, CollateralConfig, MarketParams, AccountState, AssetPosition
} from "./interfaces/IMarginVault.sol";
import {IOracleRouter} from "./interfaces/IOracleRouter.sol";
import {IRateModel} from "./interfaces/IRateModel.sol";
import {IInsurancePool} from "./interfaces/IInsurancePool.sol";
import {IMarginLiquidationCallback} from "./interfaces/IMarginLiquidationCallback.sol";
import {MarginMath} from "./libraries/MarginMath.sol";
import {WadMath} from "./libraries/WadMath.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";

/// @title MarginVault
/// @notice One margin market over a base asset (docs/protocol.md). Lenders supply the base asset; accounts
/// (owner, subId) borrow it against collateral: subId 0 is cross margin, subId ≥ 1 isolated (one asset,
/// ring-fenced). Health, tiers, add-ons, liquidation and bad debt follow MarginMath, one implementation.
contract MarginVault is IMarginVault, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /* ROLES */

    /// @notice Posts volatility add-ons (§6).
    bytes32 public constant RISK_ORACLE_ROLE = keccak256("RISK_ORACLE_ROLE");
    /// @notice Pauses new risk (§11).
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /* BOUNDS */

    /// @notice Maximum listed collateral assets (bitmask of 8 bits).
    uint256 public constant MAX_COLLATERAL_ASSETS = 8;
    /// @notice Maximum token decimals (collateral and base).
    uint256 public constant MAX_DECIMALS = 18;
    /// @notice Maximum liquidation threshold.
    uint256 public constant MAX_LIQUIDATION_THRESHOLD_BPS = 9_500;
    /// @notice Maximum liquidation bonus.
    uint256 public constant MAX_LIQUIDATION_BONUS_BPS = 2_000;
    /// @notice Close factor bounds.
    uint256 public constant MIN_CLOSE_FACTOR_BPS = 1_000;
    /// @notice Deep-health threshold bounds (WAD).
    uint256 public constant MIN_DEEP_HEALTH_THRESHOLD = 0.5e18;
    /// @notice Dust threshold ceiling, in whole base tokens.
    uint256 public constant MAX_DUST_WHOLE_TOKENS = 10_000;
    /// @notice Maximum protocol share of the liquidation bonus.
    uint256 public constant MAX_PROTOCOL_SHARE_BPS = 5_000;
    /// @notice Maximum reserve factor.
    uint256 public constant MAX_RESERVE_FACTOR_BPS = 5_000;
    /// @notice Ceiling for maxAddOnBps.
    uint256 public constant MAX_ADD_ON_LIMIT_BPS = 5_000;
    /// @notice Maximum add-on min interval and grace.
    uint256 public constant MAX_ADD_ON_DELAY = 7 days;
    /// @notice Maximum pause duration and cooldown.
    uint256 public constant MAX_PAUSE_PERIOD = 7 days;
    /// @notice Borrow-rate ceiling per second (1000% APR), guards accrual against a broken rate model.
    uint256 public constant MAX_RATE_PER_SECOND = MarginMath.MAX_RATE_PER_SECOND;
    /// @notice Smallest supply index after socializing bad debt (never zero).
    uint256 public constant MIN_SUPPLY_INDEX = MarginMath.MIN_SUPPLY_INDEX;

    /// @dev Price-read modes of `_totals`.
    uint256 private constant MODE_PRICE = 0;
    uint256 private constant MODE_PRICE_AND_FROZEN = 1;
    uint256 private constant MODE_FROZEN_ONLY = 2;

    /* IMMUTABLES */

    /// @notice The market's base asset.
    IERC20Metadata public immutable baseAsset;
    /// @notice Decimals of the base asset.
    uint8 public immutable baseDecimals;
    /// @notice The oracle router.
    IOracleRouter public immutable oracle;

    /* MARKET STATE (packed) */

    /// @notice Sum of supply principals.
    uint128 public totalSupplyPrincipal;
    /// @notice Sum of borrow principals.
    uint128 public totalBorrowPrincipal;
    /// @notice Supply index (WAD), stored at lastAccrual.
    uint128 public supplyIndex;
    /// @notice Borrow index (WAD), stored at lastAccrual.
    uint128 public borrowIndex;
    /// @notice Reserves accrued and not yet swept (base units).
    uint128 public reserves;
    /// @notice Timestamp of the last stored accrual.
    uint64 public lastAccrual;
    /// @notice End of the current (or last) pause; 0 if never paused.
    uint64 public pausedUntil;

    /// @notice The borrow-rate model.
    IRateModel public rateModel;
    /// @notice The insurance pool (cover source, fee and reserve sink).
    address public insurancePool;

    MarketParams internal _params;

    /* COLLATERAL */

    /// @dev Per-asset state, one slot.
    struct AssetState {
        uint8 index;
        bool listed;
        uint16 addOnBps;
        uint16 pendingAddOnBps;
        uint40 pendingEffectiveAt;
        uint40 lastAddOnUpdate;
        uint128 totalDeposits;
    }

    address[MAX_COLLATERAL_ASSETS] internal _assetList;
    uint8 internal _assetCount;
    mapping(address => CollateralConfig) internal _configs;
    mapping(address => AssetState) internal _assetStates;

    /* ACCOUNTS */

    /// @dev One slot per account: borrow principal and held-asset bitmask.
    struct Position {
        uint128 borrowPrincipal;
        uint8 assetMask;
    }

    /// @notice Supply principal per lender.
    mapping(address => uint256) public supplyPrincipal;
    mapping(address => mapping(uint256 => Position)) internal _positions;
    mapping(address => mapping(uint256 => mapping(address => uint256))) internal _collateral;
    /// @notice Operator approvals: owner => operator => approved.
    mapping(address => mapping(address => bool)) public isOperator;

    /* CONSTRUCTOR */

    /// @notice Deploys the market over `baseAsset_`, with `admin` as DEFAULT_ADMIN_ROLE.
    constructor(
        IERC20Metadata baseAsset_,
        IOracleRouter oracle_,
        IRateModel rateModel_,
        address admin,
        MarketParams memory params
    ) {
        if (
            address(baseAsset_) == address(0) || address(oracle_) == address(0) || address(rateModel_) == address(0)
                || admin == address(0)
        ) revert ErrorsLib.ZeroAddress();
        uint8 dec = baseAsset_.decimals();
        if (dec > MAX_DECIMALS) revert ErrorsLib.InvalidDecimals(dec);
        baseAsset = baseAsset_;
        baseDecimals = dec;
        oracle = oracle_;
        rateModel = rateModel_;
        supplyIndex = uint128(WadMath.WAD);
        borrowIndex = uint128(WadMath.WAD);
        lastAccrual = uint64(block.timestamp);
        _validateParams(params);
        _params = params;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit EventsLib.MarketParamsUpdated(params);
    }

    /* ADMIN */

    /// @notice Sets the insurance pool (admin, once).
    function setInsurancePool(address pool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (pool == address(0)) revert ErrorsLib.ZeroAddress();
        if (insurancePool != address(0)) revert ErrorsLib.AlreadySet();
        insurancePool = pool;
        emit EventsLib.InsurancePoolSet(pool);
    }

    /// @notice Replaces the rate model after accruing with the old one (admin).
    function setRateModel(IRateModel newModel) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(newModel) == address(0)) revert ErrorsLib.ZeroAddress();
        _accrue();
        emit EventsLib.RateModelUpdated(address(rateModel), address(newModel));
        rateModel = newModel;
    }

    /// @notice Replaces the market parameters after accruing (admin, bounds-checked).
    function setMarketParams(MarketParams memory params) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _validateParams(params);
        uint256 count = _assetCount;
        for (uint256 i; i < count; ++i) {
            CollateralConfig memory cfg = _config(_assetList[i]);
            _checkLiquidationMargin(
                cfg.liquidationThresholdBps, cfg.liquidationBonusBps, params.deepHealthThresholdWad
            );
        }
        _accrue();
        _params = params;
        emit EventsLib.MarketParamsUpdated(params);
    }

    /// @notice Lists a collateral asset (admin). `cfg.decimals` is read from the token.
    function listCollateral(address asset, CollateralConfig memory cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (asset == address(0)) revert ErrorsLib.ZeroAddress();
        if (_assetStates[asset].listed || asset == address(baseAsset)) revert ErrorsLib.AssetAlreadyListed(asset);
        uint256 count = _assetCount;
        if (count >= MAX_COLLATERAL_ASSETS) revert ErrorsLib.TooManyCollateralAssets();
        cfg.decimals = IERC20Metadata(asset).decimals();
        _assetStates[asset].index = uint8(count);
        _assetStates[asset].listed = true;
        _assetList[count] = asset;
        _assetCount = uint8(count + 1);
        emit EventsLib.CollateralListed(asset, count);
        _setConfig(asset, cfg);
    }

    /// @notice Updates a listed collateral's configuration (admin). Decimals are kept.
    function updateCollateral(address asset, CollateralConfig memory cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_assetStates[asset].listed) revert ErrorsLib.AssetNotListed(asset);
        cfg.decimals = _configs[asset].decimals;
        _setConfig(asset, cfg);
    }

    function _setConfig(address asset, CollateralConfig memory cfg) internal {
        _validateCollateral(cfg);
        _configs[asset] = cfg;
        emit EventsLib.CollateralUpdated(asset, cfg);
    }

    /// @notice Posts a volatility add-on for `asset` (RISK_ORACLE, §6). A decrease applies now; an increase
    /// applies after `addOnGrace` and is announced by `MarginCall`.
    function setAddOn(address asset, uint16 addOnBps) external onlyRole(RISK_ORACLE_ROLE) {
        AssetState memory st = _assetState(asset);
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        MarketParams memory p = _loadParams();
        if (addOnBps > p.maxAddOnBps) revert ErrorsLib.AddOnTooHigh(addOnBps, p.maxAddOnBps);
        if (st.lastAddOnUpdate != 0 && block.timestamp < uint256(st.lastAddOnUpdate) + p.addOnMinInterval) {
            revert ErrorsLib.AddOnTooSoon(uint256(st.lastAddOnUpdate) + p.addOnMinInterval);
        }
        uint256 current =
            MarginMath.effectiveAddOn(st.addOnBps, st.pendingAddOnBps, st.pendingEffectiveAt, block.timestamp);
        uint256 step = addOnBps > current ? addOnBps - current : current - addOnBps;
        if (step > p.maxAddOnStepBps) revert ErrorsLib.AddOnStepTooLarge(step, p.maxAddOnStepBps);

        AssetState storage s = _assetStates[asset];
        s.lastAddOnUpdate = uint40(block.timestamp);
        if (addOnBps <= current) {
            s.addOnBps = addOnBps;
            s.pendingAddOnBps = 0;
            s.pendingEffectiveAt = 0;
            emit EventsLib.AddOnUpdated(asset, addOnBps);
        } else {
            uint256 effectiveAt = block.timestamp + p.addOnGrace;
            s.addOnBps = uint16(current);
            s.pendingAddOnBps = addOnBps;
            s.pendingEffectiveAt = uint40(effectiveAt);
            emit EventsLib.MarginCall(asset, addOnBps, effectiveAt);
        }
    }

    /// @notice Pauses borrow, collateral withdrawal and base withdrawal for maxPauseDuration (GUARDIAN, §11).
    function pause() external onlyRole(GUARDIAN_ROLE) {
        uint256 until = pausedUntil;
        if (block.timestamp < until) revert ErrorsLib.MarketPaused(until);
        if (until != 0 && block.timestamp < until + _params.pauseCooldown) {
            revert ErrorsLib.PauseCooldownActive(until + _params.pauseCooldown);
        }
        until = block.timestamp + _params.maxPauseDuration;
        pausedUntil = uint64(until);
        emit EventsLib.Paused(msg.sender, until);
    }

    /// @notice Ends the current pause early (GUARDIAN).
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        if (block.timestamp >= pausedUntil) revert ErrorsLib.NotPaused();
        pausedUntil = uint64(block.timestamp);
        emit EventsLib.Unpaused(msg.sender);
    }

    /* OPERATORS */

    /// @inheritdoc IMarginVault
    function setOperator(address operator, bool approved) external {
        isOperator[msg.sender][operator] = approved;
        emit EventsLib.OperatorSet(msg.sender, operator, approved);
    }

    /// @inheritdoc IMarginVault
    function isAuthorized(address owner, address caller) public view returns (bool) {
        return owner == caller || isOperator[owner][caller];
    }

    /* LENDERS */

    /// @notice Supplies `amount` base for `onBehalf` (never paused).
    function supply(uint256 amount, address onBehalf) external nonReentrant {
        if (onBehalf == address(0)) revert ErrorsLib.ZeroAddress();
        (uint256 sIdx,) = _accrue();
        uint256 principal = MarginMath.supplyPrincipalFor(amount, sIdx);
        if (principal == 0) revert ErrorsLib.ZeroAmount();
        supplyPrincipal[onBehalf] += principal;
        totalSupplyPrincipal = (totalSupplyPrincipal + principal).toUint128();
        emit EventsLib.Supply(msg.sender, onBehalf, amount, principal);
        IERC20(address(baseAsset)).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraws `amount` base (type(uint256).max = whole balance) of the caller to `receiver`.
    /// @return The amount withdrawn.
    function withdraw(uint256 amount, address receiver) external nonReentrant returns (uint256) {
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        _whenNotPaused();
        (uint256 sIdx,) = _accrue();
        uint256 held = supplyPrincipal[msg.sender];
        uint256 principal;
        if (amount == type(uint256).max) {
            principal = held;
            amount = MarginMath.toSupplyBalance(held, sIdx);
        } else {
            principal = MarginMath.withdrawPrincipalFor(amount, sIdx);
            if (principal > held) {
                revert ErrorsLib.InsufficientBalance(MarginMath.toSupplyBalance(held, sIdx), amount);
            }
        }
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        uint256 available = cash();
        if (amount > available) revert ErrorsLib.InsufficientLiquidity(available, amount);
        unchecked {
            supplyPrincipal[msg.sender] = held - principal; // principal ≤ held checked above
            totalSupplyPrincipal -= uint128(principal); // sum of principals ≥ each one
        }
        emit EventsLib.Withdraw(msg.sender, receiver, amount, principal);
        IERC20(address(baseAsset)).safeTransfer(receiver, amount);
        return amount;
    }

    /* COLLATERAL */

    /// @notice Deposits `amount` of `asset` into (owner, subId). Caller must be authorized by `owner`
    /// (no griefing of isolated accounts). Never paused; rejects fee-on-transfer/rebasing tokens.
    function depositCollateral(address owner, uint256 subId, address asset, uint256 amount) external nonReentrant {
        _checkAuthorized(owner);
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        AssetState memory st = _assetState(asset);
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        Position storage pos = _positions[owner][subId];
        uint8 mask = pos.assetMask;
        uint8 bit = uint8(1 << st.index);
        CollateralConfig memory cfg = _config(asset);
        if (subId == 0) {
            if (!cfg.crossAllowed) revert ErrorsLib.CrossNotAllowed(asset);
        } else if (mask != 0 && mask != bit) {
            revert ErrorsLib.IsolatedAssetMismatch(_assetList[_lowestBit(mask)], asset);
        }
        uint256 newTotal = st.totalDeposits + amount;
        if (newTotal > cfg.supplyCap) revert ErrorsLib.SupplyCapExceeded(asset, newTotal, cfg.supplyCap);

        _collateral[owner][subId][asset] += amount;
        _assetStates[asset].totalDeposits = uint128(newTotal); // ≤ cap < 2^128
        if (mask & bit == 0) pos.assetMask = mask | bit;
        emit EventsLib.DepositCollateral(msg.sender, owner, subId, asset, amount);

        uint256 before = IERC20(asset).balanceOf(address(this));
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        if (IERC20(asset).balanceOf(address(this)) - before != amount) revert ErrorsLib.UnsupportedToken(asset);
    }

    /// @notice Withdraws `amount` of `asset` from (owner, subId) to `receiver`. Paused with new risk; reverts
    /// PriceFrozen if any held asset is frozen, InsufficientMargin if debt would exceed borrow capacity.
    function withdrawCollateral(address owner, uint256 subId, address asset, uint256 amount, address receiver)
        external
        nonReentrant
    {
        _checkAuthorized(owner);
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        _whenNotPaused();
        AssetState memory st = _assetState(asset);
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        uint256 bal = _collateral[owner][subId][asset];
        if (amount > bal) revert ErrorsLib.InsufficientCollateral(asset, bal, amount);
        (, uint256 bIdx) = _accrue();

        Position storage pos = _positions[owner][subId];
        uint8 mask = pos.assetMask;
        unchecked {
            _collateral[owner][subId][asset] = bal - amount;
            _assetStates[asset].totalDeposits = st.totalDeposits - uint128(amount); // sum ≥ each balance
        }
        if (bal == amount) pos.assetMask = mask & ~uint8(1 << st.index);

        uint256 debt = MarginMath.toDebt(pos.borrowPrincipal, bIdx);
        if (debt == 0) _totals(owner, subId, mask, MODE_FROZEN_ONLY, address(0)); // circuit breaker only
        else _checkMargin(owner, subId, mask, debt);

        emit EventsLib.WithdrawCollateral(msg.sender, owner, subId, asset, amount, receiver);
        IERC20(asset).safeTransfer(receiver, amount);
    }

    /* BORROWERS */

    /// @notice Borrows `amount` base for (owner, subId) to `receiver`. Paused with new risk; reverts
    /// PriceFrozen / InsufficientMargin / InsufficientLiquidity.
    function borrow(address owner, uint256 subId, uint256 amount, address receiver) external nonReentrant {
        _checkAuthorized(owner);
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        _whenNotPaused();
        (, uint256 bIdx) = _accrue();
        uint256 principal = MarginMath.borrowPrincipalFor(amount, bIdx);
        Position storage pos = _positions[owner][subId];
        uint256 newPrincipal = pos.borrowPrincipal + principal;
        pos.borrowPrincipal = newPrincipal.toUint128();
        totalBorrowPrincipal = (totalBorrowPrincipal + principal).toUint128();
        uint256 available = cash();
        if (amount > available) revert ErrorsLib.InsufficientLiquidity(available, amount);
        _checkMargin(owner, subId, pos.assetMask, MarginMath.toDebt(newPrincipal, bIdx));

        emit EventsLib.Borrow(msg.sender, owner, subId, amount, principal, receiver);
        IERC20(address(baseAsset)).safeTransfer(receiver, amount);
    }

    /// @notice Repays up to `amount` (type(uint256).max = all) of (owner, subId)'s debt; anyone may repay.
    /// @return repaid The amount taken from the caller.
    function repay(address owner, uint256 subId, uint256 amount) external nonReentrant returns (uint256 repaid) {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        (, uint256 bIdx) = _accrue();
        Position storage pos = _positions[owner][subId];
        uint256 principal = pos.borrowPrincipal;
        uint256 debt = MarginMath.toDebt(principal, bIdx);
        uint256 delta = MarginMath.repayPrincipalFor(amount, principal, bIdx);
        if (delta == 0) revert ErrorsLib.ZeroAmount();
        repaid = amount < debt ? amount : debt;
        unchecked {
            pos.borrowPrincipal = uint128(principal - delta); // delta ≤ principal (MarginMath)
            totalBorrowPrincipal -= uint128(delta);
        }
        emit EventsLib.Repay(msg.sender, owner, subId, repaid, delta);
        IERC20(address(baseAsset)).safeTransferFrom(msg.sender, address(this), repaid);
    }

    /* LIQUIDATION */

    /// @dev Liquidation working set (avoids stack-too-deep without via-IR).
    struct Liq {
        uint256 bIdx;
        uint256 principal;
        uint256 debt;
        uint256 liqCap;
        uint256 healthBefore;
        uint256 healthAfter;
        uint256 price;
        uint256 balance;
        uint256 targetLiq;
        uint256 repaid;
        uint256 seized;
        uint256 fee;
        uint256 delta;
        uint256 badDebt;
        uint256 cover;
        uint256 socialized;
        uint256 addOn;
        uint256 totalDeposits;
        address pool;
        uint8 mask;
        uint8 bit;
    }

    /// @notice Liquidates (owner, subId) with health < 1 against `collateralAsset` (§7), repaying up to
    /// `maxRepay`. With non-empty `data` the caller receives the collateral first and is called back
    /// (`onMarginLiquidation`) before `repaid + fee` is pulled. Realizes bad debt (§8) when no collateral remains.
    /// @return repaid Debt repaid (base units).
    /// @return seized Collateral sent to the liquidator.
    /// @return fee Protocol share of the bonus paid to the insurance pool (base units).
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay, bytes calldata data)
        external
        nonReentrant
        returns (uint256 repaid, uint256 seized, uint256 fee)
    {
        Liq memory lq = _liquidate(owner, subId, collateralAsset, maxRepay);
        // Interactions: collateral out, callback, base in, cover.
        if (lq.seized != 0) IERC20(collateralAsset).safeTransfer(msg.sender, lq.seized);
        if (data.length != 0) {
            IMarginLiquidationCallback(msg.sender).onMarginLiquidation(lq.repaid, lq.fee, lq.seized, data);
        }
        uint256 owed = lq.repaid + lq.fee;
        if (owed != 0) IERC20(address(baseAsset)).safeTransferFrom(msg.sender, address(this), owed);
        if (lq.cover != 0) IInsurancePool(lq.pool).cover(lq.cover);
        return (lq.repaid, lq.seized, lq.fee);
    }

    /// @dev Checks and effects of a liquidation.
    function _liquidate(address owner, uint256 subId, address asset, uint256 maxRepay)
        internal
        returns (Liq memory lq)
    {
        (, lq.bIdx) = _accrue();
        CollateralConfig memory cfg = _config(asset);
        _loadLiquidation(lq, owner, subId, asset);
        {
            MarketParams storage p = _params; // reads only its first slot
            (lq.repaid, lq.seized, lq.fee) = MarginMath.liquidationAmounts(
                lq.debt,
                lq.healthBefore,
                maxRepay,
                p.closeFactorBps,
                p.deepHealthThresholdWad,
                p.dustThreshold,
                cfg.liquidationBonusBps,
                p.protocolShareBps,
                lq.balance,
                lq.price,
                cfg.decimals,
                baseDecimals
            );
        }
        if (lq.repaid == 0 && lq.seized == 0) revert ErrorsLib.NothingToLiquidate();

        // Effects: debt and collateral.
        Position storage pos = _positions[owner][subId];
        lq.delta = MarginMath.repayPrincipalFor(lq.repaid, lq.principal, lq.bIdx);
        uint256 remaining = lq.principal - lq.delta;
        uint256 newBalance = lq.balance - lq.seized;
        _collateral[owner][subId][asset] = newBalance;
        unchecked {
            _assetStates[asset].totalDeposits = uint128(lq.totalDeposits - lq.seized); // sum ≥ each balance
        }
        if (newBalance == 0) {
            lq.mask &= ~lq.bit;
            pos.assetMask = lq.mask;
        }
        if (lq.mask == 0 && remaining != 0) {
            _realizeBadDebt(lq, remaining);
            pos.borrowPrincipal = 0;
            lq.healthAfter = type(uint256).max;
        } else {
            pos.borrowPrincipal = uint128(remaining);
            unchecked {
                totalBorrowPrincipal -= uint128(lq.delta); // delta ≤ principal ≤ total
            }
            uint256 newTargetLiq = newBalance == 0
                ? 0
                : _adjusted(
                    cfg,
                    cfg.liquidationThresholdBps,
                    lq.addOn,
                    MarginMath.collateralValue(newBalance, lq.price, cfg.decimals, baseDecimals)
                );
            lq.healthAfter =
                MarginMath.health(lq.liqCap - lq.targetLiq + newTargetLiq, MarginMath.toDebt(remaining, lq.bIdx));
        }
        // The insurance fee joins the reserves, which sweepReserves() sends to the insurance pool.
        if (lq.fee != 0) reserves = (reserves + lq.fee).toUint128();

        emit EventsLib.Liquidate(
            owner, subId, msg.sender, asset, lq.repaid, lq.seized, lq.fee, lq.healthBefore, lq.healthAfter
        );
        if (lq.badDebt != 0) emit EventsLib.BadDebtRealized(owner, subId, lq.badDebt, lq.cover, lq.socialized);
    }

    /// @dev Loads the account, prices it and checks it is liquidatable against `asset`.
    function _loadLiquidation(Liq memory lq, address owner, uint256 subId, address asset) internal view {
        AssetState memory st = _assetState(asset);
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        Position memory pos = _positions[owner][subId];
        lq.principal = pos.borrowPrincipal;
        lq.mask = pos.assetMask;
        lq.bit = uint8(1 << st.index);
        lq.totalDeposits = st.totalDeposits;
        lq.addOn = MarginMath.effectiveAddOn(st.addOnBps, st.pendingAddOnBps, st.pendingEffectiveAt, block.timestamp);
        lq.debt = MarginMath.toDebt(lq.principal, lq.bIdx);
        lq.balance = _collateral[owner][subId][asset];
        if (lq.debt != 0) {
            if (lq.mask == lq.bit) {
                // Single-asset account (every isolated one): no need to walk the asset list.
                lq.price = _price(asset, MODE_PRICE);
                (, lq.targetLiq,) = _assetValues(asset, lq.balance, lq.price, false);
                lq.liqCap = lq.targetLiq;
            } else {
                Totals memory t = _totals(owner, subId, lq.mask, MODE_PRICE, asset);
                (lq.liqCap, lq.price, lq.targetLiq) = (t.liqCap, t.targetPrice, t.targetLiq);
            }
        }
        lq.healthBefore = MarginMath.health(lq.liqCap, lq.debt);
        if (lq.healthBefore >= WadMath.WAD) revert ErrorsLib.HealthyAccount(lq.healthBefore);
        if (lq.balance == 0) revert ErrorsLib.InsufficientCollateral(asset, 0, 0);
    }

    /// @dev §8: clears the account's whole principal, draws cover, socializes the rest on the supply index.
    function _realizeBadDebt(Liq memory lq, uint256 remaining) internal {
        lq.badDebt = MarginMath.toDebt(remaining, lq.bIdx);
        uint256 poolAssets;
        uint256 capBps;
        lq.pool = insurancePool;
        if (lq.pool != address(0)) {
            poolAssets = IInsurancePool(lq.pool).totalAssets();
            capBps = IInsurancePool(lq.pool).coverCapBps();
        }
        uint256 drop;
        (lq.cover, lq.socialized, drop) = MarginMath.badDebtSplit(lq.badDebt, poolAssets, capBps, totalSupplyPrincipal);
        supplyIndex = uint128(MarginMath.supplyIndexAfterLoss(supplyIndex, drop));
        unchecked {
            totalBorrowPrincipal -= uint128(lq.principal);
        }
    }

    /* MARKET */

    /// @notice Accrues interest to block.timestamp.
    function accrueInterest() external {
        _accrue();
    }

    /// @notice Sends min(reserves, cash) to the insurance pool.
    /// @return amount The amount swept.
    function sweepReserves() external nonReentrant returns (uint256 amount) {
        address pool = insurancePool;
        if (pool == address(0)) revert ErrorsLib.ZeroAddress();
        _accrue();
        uint256 r = reserves;
        amount = WadMath.min(r, cash());
        reserves = uint128(r - amount);
        emit EventsLib.ReservesSwept(pool, amount);
        if (amount != 0) IERC20(address(baseAsset)).safeTransfer(pool, amount);
    }

    /* VIEWS */

    /// @inheritdoc IMarginVault
    function health(address owner, uint256 subId) external view returns (uint256) {
        (uint256 h,) = _healthOf(owner, subId);
        return h;
    }

    /// @inheritdoc IMarginVault
    function utilization(address owner, uint256 subId) external view returns (uint256) {
        (uint256 debt,, uint256 cap) = _margin(owner, subId);
        return MarginMath.utilization(debt, cap);
    }

    /// @inheritdoc IMarginVault
    function debtOf(address owner, uint256 subId) external view returns (uint256) {
        (,, uint256 bIdx,) = _virtualState();
        return MarginMath.toDebt(_positions[owner][subId].borrowPrincipal, bIdx);
    }

    /// @inheritdoc IMarginVault
    function collateralOf(address owner, uint256 subId, address asset) external view returns (uint256) {
        return _collateral[owner][subId][asset];
    }

    /// @notice Stored borrow principal and held-asset bitmask of (owner, subId).
    function position(address owner, uint256 subId) external view returns (uint256 borrowPrincipal, uint256 assetMask) {
        Position memory pos = _positions[owner][subId];
        return (pos.borrowPrincipal, pos.assetMask);
    }

    /// @inheritdoc IMarginVault
    function supplyBalanceOf(address lender) external view returns (uint256) {
        (uint256 sIdx,,,) = _virtualState();
        return MarginMath.toSupplyBalance(supplyPrincipal[lender], sIdx);
    }

    /// @inheritdoc IMarginVault
    function accountState(address owner, uint256 subId) external view returns (AccountState memory s) {
        Position memory pos = _positions[owner][subId];
        (,, uint256 bIdx,) = _virtualState();
        s.debt = MarginMath.toDebt(pos.borrowPrincipal, bIdx);
        uint256 mask = pos.assetMask;
        s.assets = new AssetPosition[](_popCount(mask));
        uint256 k;
        for (uint256 i; mask != 0; ++i) {
            if (mask & 1 != 0) {
                AssetPosition memory a = s.assets[k++];
                a.asset = _assetList[i];
                a.balance = _collateral[owner][subId][a.asset];
                a.priceWad = _price(a.asset, MODE_PRICE);
                (a.value, a.liquidationValue, a.borrowValue) = _assetValues(a.asset, a.balance, a.priceWad, true);
                s.liquidationCapacity += a.liquidationValue;
                s.borrowCapacity += a.borrowValue;
            }
            mask >>= 1;
        }
        s.health = MarginMath.health(s.liquidationCapacity, s.debt);
        s.utilization = MarginMath.utilization(s.debt, s.borrowCapacity);
    }

    /// @inheritdoc IMarginVault
    function healthBatch(address[] calldata owners, uint256[] calldata subIds)
        external
        view
        returns (uint256[] memory healths, uint256[] memory debts)
    {
        uint256 n = owners.length;
        if (n != subIds.length) revert ErrorsLib.ArrayLengthMismatch();
        healths = new uint256[](n);
        debts = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            (healths[i], debts[i]) = _healthOf(owners[i], subIds[i]);
        }
    }

    /// @inheritdoc IMarginVault
    function totalSupplyAssets() external view returns (uint256) {
        (uint256 sIdx,,,) = _virtualState();
        return MarginMath.toSupplyBalance(totalSupplyPrincipal, sIdx);
    }

    /// @inheritdoc IMarginVault
    function totalBorrowAssets() external view returns (uint256) {
        (,, uint256 bIdx,) = _virtualState();
        return MarginMath.toDebt(totalBorrowPrincipal, bIdx);
    }

    /// @notice (supplyIndex, borrowIndex) virtually accrued to block.timestamp.
    function currentIndices() external view returns (uint256, uint256) {
        (uint256 sIdx,, uint256 bIdx,) = _virtualState();
        return (sIdx, bIdx);
    }

    /// @inheritdoc IMarginVault
    function cash() public view returns (uint256) {
        return baseAsset.balanceOf(address(this));
    }

    /// @inheritdoc IMarginVault
    function effectiveAddOn(address asset) external view returns (uint256) {
        return _effectiveAddOn(asset);
    }

    /// @notice Raw add-on state of `asset`: in-force, pending, pending effective time, last update, total deposits.
    function addOnState(address asset)
        external
        view
        returns (uint256 current, uint256 pending, uint256 effectiveAt, uint256 lastUpdate, uint256 totalDeposits)
    {
        AssetState memory st = _assetState(asset);
        return (st.addOnBps, st.pendingAddOnBps, st.pendingEffectiveAt, st.lastAddOnUpdate, st.totalDeposits);
    }

    /// @inheritdoc IMarginVault
    function collateralAssets() external view returns (address[] memory list) {
        uint256 count = _assetCount;
        list = new address[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = _assetList[i];
        }
    }

    /// @inheritdoc IMarginVault
    function collateralConfig(address asset) external view returns (CollateralConfig memory) {
        return _config(asset);
    }

    /// @inheritdoc IMarginVault
    function marketParams() external view returns (MarketParams memory) {
        return _loadParams();
    }

    /* INTERNAL: ACCRUAL */

    /// @dev Indices and reserves accrued to block.timestamp, without writing.
    function _virtualState()
        internal
        view
        returns (uint256 sIdx, uint256 rate, uint256 bIdx, uint256 newReserves)
    {
        sIdx = supplyIndex;
        bIdx = borrowIndex;
        newReserves = reserves;
        uint256 dt = block.timestamp - lastAccrual;
        if (dt == 0) return (sIdx, 0, bIdx, newReserves);
        uint256 tsp = totalSupplyPrincipal;
        uint256 tbp = totalBorrowPrincipal;
        uint256 u = MarginMath.marketUtilization(MarginMath.toSupplyBalance(tsp, sIdx), MarginMath.toDebt(tbp, bIdx));
        rate = MarginMath.cappedRatePerSecond(rateModel.borrowRatePerSecond(u));
        uint256 cut;
        (sIdx, bIdx, cut) = MarginMath.accrue(tsp, tbp, sIdx, bIdx, rate, dt, _params.reserveFactorBps);
        newReserves += cut;
    }

    /// @dev Accrues and stores; returns the new (supplyIndex, borrowIndex).
    function _accrue() internal returns (uint256 sIdx, uint256 bIdx) {
        if (block.timestamp == lastAccrual) return (supplyIndex, borrowIndex);
        uint256 rate;
        uint256 newReserves;
        (sIdx, rate, bIdx, newReserves) = _virtualState();
        supplyIndex = sIdx.toUint128();
        borrowIndex = bIdx.toUint128();
        uint256 cut = newReserves - reserves;
        reserves = newReserves.toUint128();
        lastAccrual = uint64(block.timestamp);
        emit EventsLib.InterestAccrued(rate, sIdx, bIdx, cut);
    }

    /* INTERNAL: MARGIN */

    /// @dev Sums over an account's holdings.
    struct Totals {
        uint256 liqCap;
        uint256 borrowCap;
        uint256 targetPrice;
        uint256 targetLiq;
    }

    /// @dev Sums adjusted LT and BF values over the assets in `mask`. In MODE_PRICE_AND_FROZEN also reverts
    /// PriceFrozen for a frozen asset. Returns the price and adjusted-LT value of `target` if held.
    function _totals(address owner, uint256 subId, uint256 mask, uint256 mode, address target)
        internal
        view
        returns (Totals memory t)
    {
        for (uint256 i; mask != 0; ++i) {
            if (mask & 1 != 0) {
                address asset = _assetList[i];
                uint256 price = _price(asset, mode);
                (, uint256 lv, uint256 bv) =
                    _assetValues(asset, _collateral[owner][subId][asset], price, target == address(0));
                t.liqCap += lv;
                t.borrowCap += bv;
                if (asset == target) {
                    t.targetPrice = price;
                    t.targetLiq = lv;
                }
            }
            mask >>= 1;
        }
    }

    /// @dev Oracle price; in MODE_PRICE_AND_FROZEN reverts PriceFrozen if the asset is frozen.
    function _price(address asset, uint256 mode) internal view returns (uint256 price) {
        if (mode == MODE_PRICE) return oracle.getPrice(asset);
        uint256 until;
        if (mode == MODE_FROZEN_ONLY) until = oracle.frozenUntil(asset);
        else (price, until) = oracle.getPriceAndFrozen(asset);
        if (until != 0) revert ErrorsLib.PriceFrozen(asset, until);
    }

    /// @dev Value, adjusted-LT value and (if `withBorrow`) adjusted-BF value of `balance` of `asset`.
    function _assetValues(address asset, uint256 balance, uint256 price, bool withBorrow)
        internal
        view
        returns (uint256 value, uint256 lv, uint256 bv)
    {
        CollateralConfig memory cfg = _config(asset);
        uint256 addOn = _effectiveAddOn(asset);
        value = MarginMath.collateralValue(balance, price, cfg.decimals, baseDecimals);
        lv = _adjusted(cfg, cfg.liquidationThresholdBps, addOn, value);
        if (withBorrow) bv = _adjusted(cfg, cfg.borrowFactorBps, addOn, value);
    }

    /// @dev Initial margin (§4) with the circuit breaker (§9): debt ≤ borrow capacity, no held asset frozen.
    function _checkMargin(address owner, uint256 subId, uint256 mask, uint256 debt) internal view {
        uint256 cap = _totals(owner, subId, mask, MODE_PRICE_AND_FROZEN, address(0)).borrowCap;
        if (debt > cap) revert ErrorsLib.InsufficientMargin(debt, cap);
    }

    function _healthOf(address owner, uint256 subId) internal view returns (uint256, uint256) {
        (uint256 debt, uint256 liqCap,) = _margin(owner, subId);
        return (MarginMath.health(liqCap, debt), debt);
    }

    /// @dev Virtually accrued debt and capacities (not priced when there is no debt).
    function _margin(address owner, uint256 subId) internal view returns (uint256 debt, uint256 liqCap, uint256 cap) {
        Position memory pos = _positions[owner][subId];
        (,, uint256 bIdx,) = _virtualState();
        debt = MarginMath.toDebt(pos.borrowPrincipal, bIdx);
        if (debt != 0) {
            Totals memory t = _totals(owner, subId, pos.assetMask, MODE_PRICE, address(0));
            (liqCap, cap) = (t.liqCap, t.borrowCap);
        }
    }

    function _adjusted(CollateralConfig memory cfg, uint256 factorBps, uint256 addOn, uint256 value)
        internal
        pure
        returns (uint256)
    {
        return MarginMath.tieredAdjusted(
            value, factorBps, addOn, cfg.tierBreak1, cfg.tierBreak2, cfg.tierCut2Bps, cfg.tierCut3Bps
        );
    }

    function _config(address asset) internal view returns (CollateralConfig memory) {
        return _configs[asset];
    }

    function _assetState(address asset) internal view returns (AssetState memory) {
        return _assetStates[asset];
    }

    function _loadParams() internal view returns (MarketParams memory) {
        return _params;
    }

    function _effectiveAddOn(address asset) internal view returns (uint256) {
        AssetState memory st = _assetState(asset);
        return MarginMath.effectiveAddOn(st.addOnBps, st.pendingAddOnBps, st.pendingEffectiveAt, block.timestamp);
    }

    /* INTERNAL: CHECKS */

    function _checkAuthorized(address owner) internal view {
        if (!isAuthorized(owner, msg.sender)) revert ErrorsLib.Unauthorized(owner, msg.sender);
    }

    function _whenNotPaused() internal view {
        uint256 until = pausedUntil;
        if (block.timestamp < until) revert ErrorsLib.MarketPaused(until);
    }

    function _validateCollateral(CollateralConfig memory cfg) internal view {
        if (cfg.decimals > MAX_DECIMALS) revert ErrorsLib.InvalidDecimals(cfg.decimals);
        if (
            cfg.borrowFactorBps == 0 || cfg.borrowFactorBps >= cfg.liquidationThresholdBps
                || cfg.liquidationThresholdBps > MAX_LIQUIDATION_THRESHOLD_BPS
        ) revert ErrorsLib.InvalidMarginFactors(cfg.borrowFactorBps, cfg.liquidationThresholdBps);
        if (cfg.liquidationBonusBps > MAX_LIQUIDATION_BONUS_BPS) {
            revert ErrorsLib.InvalidLiquidationBonus(cfg.liquidationBonusBps);
        }
        _checkLiquidationMargin(cfg.liquidationThresholdBps, cfg.liquidationBonusBps, _params.deepHealthThresholdWad);
        if (cfg.tierBreak1 > cfg.tierBreak2 || cfg.tierCut2Bps > cfg.tierCut3Bps || cfg.tierCut3Bps > WadMath.BPS) {
            revert ErrorsLib.InvalidTiers();
        }
        if (cfg.supplyCap == 0) revert ErrorsLib.InvalidSupplyCap();
    }

    /// @dev §7: LT × (BPS + bonus) / BPS must stay strictly below the deep-health threshold.
    function _checkLiquidationMargin(uint256 ltBps, uint256 bonusBps, uint256 deepWad) internal pure {
        uint256 m = ltBps * (WadMath.BPS + bonusBps) * WadMath.WAD / (WadMath.BPS * WadMath.BPS);
        if (m >= deepWad) revert ErrorsLib.LiquidationMarginTooThin(m, deepWad);
    }

    function _validateParams(MarketParams memory p) internal view {
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
        _bound(p.pauseCooldown, 0, MAX_PAUSE_PERIOD);
    }

    function _bound(uint256 value, uint256 min, uint256 max) internal pure {
        if (value < min || value > max) revert ErrorsLib.ParameterOutOfBounds(value, min, max);
    }

    /* INTERNAL: BITS */

    function _lowestBit(uint256 mask) internal pure returns (uint256 i) {
        while (mask & 1 == 0) {
            mask >>= 1;
            ++i;
        }
    }

    function _popCount(uint256 mask) internal pure returns (uint256 n) {
        while (mask != 0) {
            n += mask & 1;
            mask >>= 1;
        }
    }
}
