// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {
    IMarginVault, CollateralConfig, MarketParams, AccountState
} from "./interfaces/IMarginVault.sol";
import {IOracleRouter} from "./interfaces/IOracleRouter.sol";
import {IRateModel} from "./interfaces/IRateModel.sol";
import {
    VaultState,
    AssetState,
    StoredConfig,
    Position,
    MAX_COLLATERAL_ASSETS as MAX_ASSETS
} from "./libraries/VaultTypes.sol";
import {HealthLogic} from "./libraries/logic/HealthLogic.sol";
import {CollateralLib} from "./libraries/CollateralLib.sol";
import {ConfigLogic} from "./libraries/logic/ConfigLogic.sol";
import {ViewLogic} from "./libraries/logic/ViewLogic.sol";
import {LiquidationLogic} from "./libraries/logic/LiquidationLogic.sol";
import {IPerpMarkets} from "./interfaces/IPerpMarkets.sol";
import {PerpLogic} from "./libraries/logic/PerpLogic.sol";
import {PerpViewLogic} from "./libraries/logic/PerpViewLogic.sol";
import {PerpLiquidationLogic} from "./libraries/logic/PerpLiquidationLogic.sol";
import {PerpCore} from "./libraries/logic/PerpCore.sol";
import {MarginMath} from "./libraries/MarginMath.sol";
import {WadMath} from "./libraries/WadMath.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";

/// @title MarginVault
/// @notice One margin market over a base asset (docs/protocol.md). Lenders supply the base asset; accounts
/// (owner, subId) borrow it against collateral: subId 0 is cross margin, subId ≥ 1 isolated (one asset,
/// ring-fenced). Health, tiers, add-ons, liquidation and bad debt follow MarginMath, one implementation.
/// @dev The one storage contract and the one address users call (docs/protocol.md, "Architecture"): the hot
/// paths live here; governance (ConfigLogic) and batch views (ViewLogic) are external libraries linked at
/// deployment and run by DELEGATECALL on `_s`.
contract MarginVault is IMarginVault, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /* ROLES */

    /// @notice Posts volatility add-ons (§6).
    bytes32 public constant RISK_ORACLE_ROLE = keccak256("RISK_ORACLE_ROLE");
    /// @notice Pauses new risk (§11).
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /* BOUNDS (enforced by ConfigLogic; published here) */

    /// @notice Maximum listed collateral assets (bitmask of 8 bits).
    uint256 public constant MAX_COLLATERAL_ASSETS = MAX_ASSETS;
    /// @notice Maximum token decimals (collateral and base).
    uint256 public constant MAX_DECIMALS = ConfigLogic.MAX_DECIMALS;
    /// @notice Maximum liquidation threshold.
    uint256 public constant MAX_LIQUIDATION_THRESHOLD_BPS = ConfigLogic.MAX_LIQUIDATION_THRESHOLD_BPS;
    /// @notice Maximum liquidation bonus.
    uint256 public constant MAX_LIQUIDATION_BONUS_BPS = ConfigLogic.MAX_LIQUIDATION_BONUS_BPS;
    /// @notice Close factor bounds.
    uint256 public constant MIN_CLOSE_FACTOR_BPS = ConfigLogic.MIN_CLOSE_FACTOR_BPS;
    /// @notice Deep-health threshold bounds (WAD).
    uint256 public constant MIN_DEEP_HEALTH_THRESHOLD = ConfigLogic.MIN_DEEP_HEALTH_THRESHOLD;
    /// @notice Dust threshold ceiling, in whole base tokens.
    uint256 public constant MAX_DUST_WHOLE_TOKENS = ConfigLogic.MAX_DUST_WHOLE_TOKENS;
    /// @notice Maximum protocol share of the liquidation bonus.
    uint256 public constant MAX_PROTOCOL_SHARE_BPS = ConfigLogic.MAX_PROTOCOL_SHARE_BPS;
    /// @notice Maximum reserve factor.
    uint256 public constant MAX_RESERVE_FACTOR_BPS = ConfigLogic.MAX_RESERVE_FACTOR_BPS;
    /// @notice Ceiling for maxAddOnBps.
    uint256 public constant MAX_ADD_ON_LIMIT_BPS = ConfigLogic.MAX_ADD_ON_LIMIT_BPS;
    /// @notice Maximum add-on min interval and grace.
    uint256 public constant MAX_ADD_ON_DELAY = ConfigLogic.MAX_ADD_ON_DELAY;
    /// @notice Maximum pause duration and cooldown.
    uint256 public constant MAX_PAUSE_PERIOD = ConfigLogic.MAX_PAUSE_PERIOD;
    /// @notice Minimum cooldown between two pauses.
    uint256 public constant MIN_PAUSE_COOLDOWN = ConfigLogic.MIN_PAUSE_COOLDOWN;
    /// @notice Borrow-rate ceiling per second (1000% APR), guards accrual against a broken rate model.
    uint256 public constant MAX_RATE_PER_SECOND = MarginMath.MAX_RATE_PER_SECOND;
    /// @notice Smallest supply index after socializing bad debt (never zero).
    uint256 public constant MIN_SUPPLY_INDEX = MarginMath.MIN_SUPPLY_INDEX;

    /* IMMUTABLES */

    /// @notice The market's base asset.
    IERC20Metadata public immutable baseAsset;
    /// @notice Decimals of the base asset.
    uint8 public immutable baseDecimals;
    /// @notice The oracle router.
    IOracleRouter public immutable oracle;

    /* STORAGE: all of it (VaultTypes.sol) */

    VaultState internal _s;

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
        _s.rateModel = rateModel_;
        _s.supplyIndex = uint128(WadMath.WAD);
        _s.borrowIndex = uint128(WadMath.WAD);
        _s.lastAccrual = uint64(block.timestamp);
        ConfigLogic.setMarketParams(_s, params, dec);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /* ADMIN */

    /// @notice Sets the insurance pool (admin, once).
    function setInsurancePool(address pool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ConfigLogic.setInsurancePool(_s, pool);
    }

    /// @notice Replaces the rate model after accruing with the old one (admin). If the old model reverts, the
    /// time since the last accrual accrues at the new model's rate instead (issue 15, design risks).
    function setRateModel(IRateModel newModel) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(newModel) == address(0)) revert ErrorsLib.ZeroAddress();
        IRateModel old = _s.rateModel;
        if (!ConfigLogic.rateModelAnswers(_s)) _s.rateModel = newModel;
        _accrue();
        emit EventsLib.RateModelUpdated(address(old), address(newModel));
        _s.rateModel = newModel;
    }

    /// @notice Replaces the market parameters after accruing (admin, bounds-checked).
    function setMarketParams(MarketParams memory params) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _accrue();
        ConfigLogic.setMarketParams(_s, params, baseDecimals);
    }

    /// @notice Lists a collateral asset (admin). `cfg.decimals` is read from the token.
    function listCollateral(address asset, CollateralConfig memory cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ConfigLogic.listCollateral(_s, oracle, address(baseAsset), asset, cfg);
    }

    /// @notice Updates a listed collateral's configuration (admin). Decimals are kept. A risk-increasing change
    /// is announced (`CollateralUpdateScheduled`) and applies after `addOnGrace` via `applyCollateralUpdate`.
    function updateCollateral(address asset, CollateralConfig memory cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ConfigLogic.updateCollateral(_s, asset, cfg);
    }

    /// @notice Applies the announced risk-increasing update of `asset` once its grace has passed (anyone).
    function applyCollateralUpdate(address asset) external {
        ConfigLogic.applyCollateralUpdate(_s, asset);
    }

    /// @notice Posts a volatility add-on for `asset` (RISK_ORACLE, §6). A decrease applies now; an increase
    /// applies after `addOnGrace` and is announced by `MarginCall`.
    function setAddOn(address asset, uint16 addOnBps) external onlyRole(RISK_ORACLE_ROLE) {
        ConfigLogic.setAddOn(_s, asset, addOnBps);
    }

    /// @notice Pauses borrow, collateral withdrawal and base withdrawal for maxPauseDuration (GUARDIAN, §11).
    function pause() external onlyRole(GUARDIAN_ROLE) {
        ConfigLogic.pause(_s);
    }

    /// @notice Ends the current pause early (GUARDIAN).
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        ConfigLogic.unpause(_s);
    }

    /* OPERATORS */

    /// @inheritdoc IMarginVault
    function setOperator(address operator, bool approved) external {
        _s.isOperator[msg.sender][operator] = approved;
        emit EventsLib.OperatorSet(msg.sender, operator, approved);
    }

    /// @inheritdoc IMarginVault
    function isAuthorized(address owner, address caller) public view returns (bool) {
        return owner == caller || _s.isOperator[owner][caller];
    }

    /* LENDERS */

    /// @inheritdoc IMarginVault
    function supply(uint256 amount, address onBehalf) external nonReentrant {
        if (onBehalf == address(0)) revert ErrorsLib.ZeroAddress();
        (uint256 sIdx,) = _accrue();
        uint256 principal = MarginMath.supplyPrincipalFor(amount, sIdx);
        if (principal == 0) revert ErrorsLib.ZeroAmount();
        _s.supplyPrincipal[onBehalf] += principal;
        _s.totalSupplyPrincipal = (_s.totalSupplyPrincipal + principal).toUint128();
        emit EventsLib.Supply(msg.sender, onBehalf, amount, principal);
        IERC20(address(baseAsset)).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IMarginVault
    function withdraw(uint256 amount, address receiver) external nonReentrant returns (uint256) {
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        _whenNotPaused();
        (uint256 sIdx,) = _accrue();
        uint256 held = _s.supplyPrincipal[msg.sender];
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
        unchecked {
            _s.supplyPrincipal[msg.sender] = held - principal; // principal ≤ held checked above
            _s.totalSupplyPrincipal -= uint128(principal); // sum of principals ≥ each one
        }
        emit EventsLib.Withdraw(msg.sender, receiver, amount, principal);
        _sendBase(receiver, amount);
        return amount;
    }

    /* COLLATERAL */

    /// @inheritdoc IMarginVault
    function depositCollateral(address owner, uint256 subId, address asset, uint256 amount) external nonReentrant {
        _checkAuthorized(owner);
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        AssetState memory st = _s.assetStates[asset];
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        Position storage pos = _s.positions[owner][subId];
        uint8 mask = pos.assetMask;
        uint8 bit = uint8(1 << st.index);
        StoredConfig storage cfg = _s.configs[asset]; // the cross flag (first slot), the cap (second slot)
        if (subId == 0) {
            if (!cfg.crossAllowed) revert ErrorsLib.CrossNotAllowed(asset);
        } else if (mask != 0 && mask != bit) {
            revert ErrorsLib.IsolatedAssetMismatch(_s.assetList[_lowestBit(mask)], asset);
        } else if (pos.perpMask != 0) {
            revert ErrorsLib.IsolatedInstrumentMismatch(); // §13.6: an isolated account holds one instrument
        }
        uint256 newTotal = st.totalDeposits + amount;
        if (newTotal > cfg.supplyCap) revert ErrorsLib.SupplyCapExceeded(asset, newTotal, cfg.supplyCap);

        // A first deposit of the asset (bit clear) holds nothing yet: no balance read.
        uint256 held = mask & bit == 0 ? 0 : CollateralLib.balanceOf(_s, pos, owner, subId, asset, st.index);
        CollateralLib.setBalance(_s, pos, owner, subId, asset, st.index, held, held + amount);
        _s.assetStates[asset].totalDeposits = uint128(newTotal); // ≤ cap < 2^128
        if (mask & bit == 0) pos.assetMask = mask | bit;
        emit EventsLib.DepositCollateral(msg.sender, owner, subId, asset, amount);

        // Fee-on-transfer / rebasing guard with one balance read: the vault's balance must cover the asset's
        // total deposits including this one (docs/gas.md). A token delivering less than `amount` is rejected
        // unless tokens given to the vault outside deposits cover the shortfall: nothing is ever booked that
        // the vault does not hold.
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        if (IERC20(asset).balanceOf(address(this)) < newTotal) revert ErrorsLib.UnsupportedToken(asset);
    }

    /// @inheritdoc IMarginVault
    function withdrawCollateral(address owner, uint256 subId, address asset, uint256 amount, address receiver)
        external
        nonReentrant
    {
        _checkAuthorized(owner);
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        AssetState memory st = _s.assetStates[asset];
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        Position storage pos = _s.positions[owner][subId];
        uint256 bal = CollateralLib.balanceOf(_s, pos, owner, subId, asset, st.index);
        if (amount > bal) revert ErrorsLib.InsufficientCollateral(asset, bal, amount);
        (, uint256 bIdx) = _accrue();

        uint8 mask = pos.assetMask;
        unchecked {
            CollateralLib.setBalance(_s, pos, owner, subId, asset, st.index, bal, bal - amount);
            _s.assetStates[asset].totalDeposits = st.totalDeposits - uint128(amount); // sum ≥ each balance
        }
        if (bal == amount) pos.assetMask = mask & ~uint8(1 << st.index);

        uint256 debt = MarginMath.toDebt(pos.borrowPrincipal, bIdx);
        if (debt == 0 && pos.perpMask == 0 && !pos.hasPerpCash) {
            // No debt, no new risk: allowed while paused (issue 15, finding 6); circuit breaker only.
            HealthLogic.totals(
                _s, oracle, baseDecimals, owner, subId, mask, HealthLogic.MODE_FROZEN_ONLY, address(0)
            );
        } else {
            _whenNotPaused();
            _checkMargin(owner, subId, mask, debt, asset, st.index);
        }

        emit EventsLib.WithdrawCollateral(msg.sender, owner, subId, asset, amount, receiver);
        IERC20(asset).safeTransfer(receiver, amount);
    }

    /* BORROWERS */

    /// @inheritdoc IMarginVault
    function borrow(address owner, uint256 subId, uint256 amount, address receiver) external nonReentrant {
        _checkAuthorized(owner);
        if (receiver == address(0)) revert ErrorsLib.ZeroAddress();
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        _whenNotPaused();
        (, uint256 bIdx) = _accrue();
        uint256 principal = MarginMath.borrowPrincipalFor(amount, bIdx);
        Position storage pos = _s.positions[owner][subId];
        uint256 newPrincipal = pos.borrowPrincipal + principal;
        pos.borrowPrincipal = newPrincipal.toUint128();
        _s.totalBorrowPrincipal = (_s.totalBorrowPrincipal + principal).toUint128();
        _checkMargin(owner, subId, pos.assetMask, MarginMath.toDebt(newPrincipal, bIdx), address(0), 0);

        emit EventsLib.Borrow(msg.sender, owner, subId, amount, principal, receiver);
        _sendBase(receiver, amount);
    }

    /// @inheritdoc IMarginVault
    function repay(address owner, uint256 subId, uint256 amount) external nonReentrant returns (uint256 repaid) {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        (, uint256 bIdx) = _accrue();
        Position storage pos = _s.positions[owner][subId];
        uint256 principal = pos.borrowPrincipal;
        uint256 debt = MarginMath.toDebt(principal, bIdx);
        uint256 delta = MarginMath.repayPrincipalFor(amount, principal, bIdx);
        if (delta == 0) revert ErrorsLib.ZeroAmount();
        repaid = amount < debt ? amount : debt;
        unchecked {
            pos.borrowPrincipal = uint128(principal - delta); // delta ≤ principal (MarginMath)
            _s.totalBorrowPrincipal -= uint128(delta);
        }
        emit EventsLib.Repay(msg.sender, owner, subId, repaid, delta);
        IERC20(address(baseAsset)).safeTransferFrom(msg.sender, address(this), repaid);
    }

    /* LIQUIDATION (LiquidationLogic) */

    /// @inheritdoc IMarginVault
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay, bytes calldata data)
        external
        nonReentrant
        returns (uint256 repaid, uint256 seized, uint256 fee)
    {
        (, uint256 bIdx) = _accrue();
        return LiquidationLogic.liquidate(
            _s,
            LiquidationLogic.Env(oracle, address(baseAsset), baseDecimals, bIdx),
            owner,
            subId,
            collateralAsset,
            maxRepay,
            data
        );
    }

    /* PERPETUALS (docs/protocol.md §13) */

    /// @notice Runs one perp write: `call` is the ABI encoding of a write function of IPerpMarkets (listing,
    /// status, parameters, margin levels, perp cash, trades; liquidation and auto-deleveraging, which
    /// PerpLiquidationLogic runs). One entry point keeps the vault under EIP-170.
    /// @return The ABI-encoded return values of that function.
    function perp(bytes calldata call) external nonReentrant returns (bytes memory) {
        bytes4 sel = bytes4(call[:4]);
        if (sel == IPerpMarkets.liquidatePosition.selector || sel == IPerpMarkets.deleverage.selector) {
            return PerpLiquidationLogic.execute(_s, _perpEnv(), call);
        }
        return PerpLogic.execute(_s, _perpEnv(), call);
    }

    /// @notice Answers one perp view: `call` is the ABI encoding of a view function of IPerpMarkets.
    /// @return The ABI-encoded return values of that function.
    function perpView(bytes calldata call) external view returns (bytes memory) {
        return PerpViewLogic.query(_s, _perpEnv(), call);
    }

    /* MARKET */

    /// @inheritdoc IMarginVault
    function accrueInterest() external {
        _accrue();
    }

    /// @inheritdoc IMarginVault
    function sweepReserves() external nonReentrant returns (uint256 amount) {
        address pool = _s.insurancePool;
        if (pool == address(0)) revert ErrorsLib.ZeroAddress();
        _accrue();
        amount = LiquidationLogic.sweepReserves(_s, address(baseAsset), pool);
    }

    /* VIEWS */

    /// @notice Sum of supply principals.
    function totalSupplyPrincipal() external view returns (uint128) {
        return _s.totalSupplyPrincipal;
    }

    /// @notice Sum of borrow principals.
    function totalBorrowPrincipal() external view returns (uint128) {
        return _s.totalBorrowPrincipal;
    }

    /// @notice Supply index (WAD), stored at lastAccrual.
    function supplyIndex() external view returns (uint128) {
        return _s.supplyIndex;
    }

    /// @notice Borrow index (WAD), stored at lastAccrual.
    function borrowIndex() external view returns (uint128) {
        return _s.borrowIndex;
    }

    /// @notice Reserves accrued and not yet swept (base units).
    function reserves() external view returns (uint128) {
        return _s.reserves;
    }

    /// @notice Reserves virtually accrued to block.timestamp (the insurance pool counts them as its assets).
    function accruedReserves() external view returns (uint256 r) {
        (,,, r) = HealthLogic.virtualState(_s);
    }

    /// @notice The announced risk-increasing update of `asset` and when it may apply (0: none pending).
    function pendingCollateralUpdate(address asset) external view returns (CollateralConfig memory, uint256) {
        _returnEncoded(ViewLogic.pendingCollateralUpdate(_s, asset));
    }

    /// @notice Timestamp of the last stored accrual.
    function lastAccrual() external view returns (uint64) {
        return _s.lastAccrual;
    }

    /// @notice End of the current (or last) pause; 0 if never paused.
    function pausedUntil() external view returns (uint64) {
        return _s.pausedUntil;
    }

    /// @notice The borrow-rate model.
    function rateModel() external view returns (IRateModel) {
        return _s.rateModel;
    }

    /// @notice The insurance pool (cover source, fee and reserve sink).
    function insurancePool() external view returns (address) {
        return _s.insurancePool;
    }

    /// @notice Supply principal per lender.
    function supplyPrincipal(address lender) external view returns (uint256) {
        return _s.supplyPrincipal[lender];
    }

    /// @notice Operator approvals: owner => operator => approved.
    function isOperator(address owner, address operator) external view returns (bool) {
        return _s.isOperator[owner][operator];
    }

    /// @inheritdoc IMarginVault
    function health(address owner, uint256 subId) external view returns (uint256) {
        if (_hasPerps(owner, subId)) return PerpViewLogic.health(_s, _perpEnv(), owner, subId); // §13.6
        return ViewLogic.health(_s, oracle, baseDecimals, owner, subId);
    }

    /// @inheritdoc IMarginVault
    function utilization(address owner, uint256 subId) external view returns (uint256) {
        return ViewLogic.utilization(_s, oracle, baseDecimals, owner, subId);
    }

    /// @inheritdoc IMarginVault
    function debtOf(address owner, uint256 subId) external view returns (uint256) {
        return MarginMath.toDebt(_s.positions[owner][subId].borrowPrincipal, HealthLogic.borrowIndexNow(_s));
    }

    /// @inheritdoc IMarginVault
    function collateralOf(address owner, uint256 subId, address asset) external view returns (uint256) {
        AssetState memory st = _s.assetStates[asset];
        if (!st.listed) return 0; // never held (an unlisted asset's index would name another asset's place)
        return CollateralLib.balanceOf(_s, _s.positions[owner][subId], owner, subId, asset, st.index);
    }

    /// @notice Stored borrow principal and held-asset bitmask of (owner, subId).
    function position(address owner, uint256 subId) external view returns (uint256 borrowPrincipal, uint256 assetMask) {
        Position storage pos = _s.positions[owner][subId];
        return (pos.borrowPrincipal, pos.assetMask);
    }

    /// @inheritdoc IMarginVault
    function supplyBalanceOf(address lender) external view returns (uint256) {
        return ViewLogic.supplyBalanceOf(_s, lender);
    }

    /// @inheritdoc IMarginVault
    function accountState(address owner, uint256 subId) external view returns (AccountState memory s) {
        s; // named in the ABI; ViewLogic encodes the values
        _returnEncoded(ViewLogic.accountState(_s, oracle, baseDecimals, owner, subId));
    }

    /// @notice Health and debt of many accounts; never reverts for one account's price. An asset whose price
    /// cannot be read counts as worth 0, as in liquidation, and sets its bit in the account's `unpricedMasks`
    /// entry (0: every held asset priced), so the caller sees the failure instead of losing the batch.
    function healthBatch(address[] calldata owners, uint256[] calldata subIds)
        external
        view
        returns (uint256[] memory healths, uint256[] memory debts, uint256[] memory unpricedMasks)
    {
        (healths, debts, unpricedMasks); // named in the ABI; ViewLogic encodes the values
        _returnEncoded(ViewLogic.healthBatch(_s, oracle, baseDecimals, owners, subIds));
    }

    /// @inheritdoc IMarginVault
    function totalSupplyAssets() external view returns (uint256) {
        return ViewLogic.totalSupplyAssets(_s);
    }

    /// @inheritdoc IMarginVault
    function totalBorrowAssets() external view returns (uint256) {
        return ViewLogic.totalBorrowAssets(_s);
    }

    /// @notice (supplyIndex, borrowIndex) virtually accrued to block.timestamp.
    function currentIndices() external view returns (uint256, uint256) {
        return ViewLogic.currentIndices(_s);
    }

    /// @inheritdoc IMarginVault
    function cash() public view returns (uint256) {
        return baseAsset.balanceOf(address(this));
    }

    /// @inheritdoc IMarginVault
    function effectiveAddOn(address asset) external view returns (uint256) {
        return ViewLogic.effectiveAddOn(_s, asset);
    }

    /// @notice Raw add-on state of `asset`: in-force, pending, pending effective time, last update, total deposits.
    function addOnState(address asset)
        external
        view
        returns (uint256 current, uint256 pending, uint256 effectiveAt, uint256 lastUpdate, uint256 totalDeposits)
    {
        (current, pending, effectiveAt, lastUpdate, totalDeposits); // named in the ABI; ViewLogic encodes the values
        _returnEncoded(ViewLogic.addOnState(_s, asset));
    }

    /// @inheritdoc IMarginVault
    function collateralAssets() external view returns (address[] memory list) {
        list; // named in the ABI; ViewLogic encodes the values
        _returnEncoded(ViewLogic.collateralAssets(_s));
    }

    /// @inheritdoc IMarginVault
    function collateralConfig(address asset) external view returns (CollateralConfig memory) {
        _returnEncoded(ViewLogic.collateralConfig(_s, asset));
    }

    /// @inheritdoc IMarginVault
    function marketParams() external view returns (MarketParams memory) {
        return _s.params;
    }

    /* INTERNAL */

    /// @dev Accrues and stores; returns the new (supplyIndex, borrowIndex).
    function _accrue() internal returns (uint256 sIdx, uint256 bIdx) {
        if (block.timestamp <= _s.lastAccrual) return (_s.supplyIndex, _s.borrowIndex);
        uint256 rate;
        uint256 newReserves;
        (sIdx, rate, bIdx, newReserves) = HealthLogic.virtualState(_s);
        _s.supplyIndex = sIdx.toUint128();
        _s.borrowIndex = bIdx.toUint128();
        uint256 cut = newReserves - _s.reserves;
        _s.reserves = newReserves.toUint128();
        _s.lastAccrual = uint64(block.timestamp);
        emit EventsLib.InterestAccrued(rate, sIdx, bIdx, cut);
    }

    /// @dev Initial margin (§4) with the circuit breaker (§9): debt ≤ borrow capacity, no held asset frozen. `known`
    /// (0: none) at `knownIndex` is an asset the caller names: if it is the only one held, the asset list is not read.
    /// Valued here, not in a library, to save borrow and collateral withdrawal a library call (docs/gas.md).
    function _checkMargin(address owner, uint256 subId, uint256 mask, uint256 debt, address known, uint256 knownIndex)
        internal
        view
    {
        if (_hasPerps(owner, subId)) {
            PerpViewLogic.checkInitialMargin(_s, _perpEnv(), owner, subId); // §13.6: one health with positions
            return;
        }
        uint256 cap = known != address(0) && mask == 1 << knownIndex
            ? HealthLogic.borrowCapOf(_s, oracle, baseDecimals, owner, subId, known, knownIndex)
            : HealthLogic.totals(
                _s, oracle, baseDecimals, owner, subId, mask, HealthLogic.MODE_INITIAL_MARGIN, address(0)
            ).borrowCap;
        if (debt > cap) revert ErrorsLib.InsufficientMargin(debt, cap);
    }

    /// @dev Ends the call, returning `encoded` as its return data: the ABI encoding of the calling view's declared
    /// return values, built by ViewLogic, so the vault carries no ABI encoder of those types (docs/gas.md).
    function _returnEncoded(bytes memory encoded) private pure {
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            return(add(encoded, 32), mload(encoded))
        }
    }

    /// @dev Sends `amount` base to `receiver`. The transfer is the liquidity check: only when it fails is the cash
    /// read, to revert InsufficientLiquidity(cash, amount) (else the token's own error is re-raised). This saves
    /// a balanceOf call on every successful borrow and withdraw (docs/gas.md).
    function _sendBase(address receiver, uint256 amount) internal {
        IERC20 base = IERC20(address(baseAsset));
        if (!base.trySafeTransfer(receiver, amount)) {
            uint256 available = cash();
            if (amount > available) revert ErrorsLib.InsufficientLiquidity(available, amount);
            base.safeTransfer(receiver, amount);
        }
    }

    /// @dev The account holds a position or non-zero perp cash (§13.6 applies).
    function _hasPerps(address owner, uint256 subId) internal view returns (bool) {
        Position storage pos = _s.positions[owner][subId];
        return pos.perpMask != 0 || pos.hasPerpCash;
    }

    function _perpEnv() internal view returns (PerpCore.Env memory) {
        return PerpCore.Env(oracle, address(baseAsset), baseDecimals);
    }

    function _checkAuthorized(address owner) internal view {
        if (!isAuthorized(owner, msg.sender)) revert ErrorsLib.Unauthorized(owner, msg.sender);
    }

    function _whenNotPaused() internal view {
        uint256 until = _s.pausedUntil;
        if (block.timestamp < until) revert ErrorsLib.MarketPaused(until);
    }

    function _lowestBit(uint256 mask) internal pure returns (uint256 i) {
        while (mask & 1 == 0) {
            mask >>= 1;
            ++i;
        }
    }
}
