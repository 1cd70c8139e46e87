// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IInsurancePool} from "./interfaces/IInsurancePool.sol";
import {IMarginVault} from "./interfaces/IMarginVault.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {WadMath} from "./libraries/WadMath.sol";

/// @title InsurancePool
/// @notice ERC-4626 insurance fund over the market's base asset (docs/protocol.md §8). Only the vault may
/// draw cover, capped per event at coverCapBps of the pool's assets and per crash at the window cap (bps of the
/// assets at the start of a cover window, `coverWindow()`). Its assets include the vault's reserves as they accrue,
/// so reserves
/// stream into the share price and a deposit made just before a sweep earns nothing of the past. Withdrawals
/// need a request, a cooldown, then happen inside a window, so depositors cannot run ahead of a known loss.
/// Virtual-share offset of 6 decimals against the first-depositor inflation attack.
contract InsurancePool is IInsurancePool, ERC4626, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Virtual-share decimals offset (inflation-attack protection).
    uint8 public constant DECIMALS_OFFSET = 6;
    /// @notice Default cooldown between request and window (7 days).
    uint256 public constant DEFAULT_COOLDOWN = 7 days;
    /// @notice Default withdraw window length (2 days).
    uint256 public constant DEFAULT_WINDOW = 2 days;
    /// @notice Default per-event cover cap (30% of pool assets).
    uint256 public constant DEFAULT_COVER_CAP_BPS = 3_000;
    /// @notice Maximum cooldown.
    uint256 public constant MAX_COOLDOWN = 30 days;
    /// @notice Minimum window.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice Maximum window.
    uint256 public constant MAX_WINDOW = 14 days;
    /// @notice Default cover window (1 day) and cap per window (50% of the assets at its start).
    uint256 public constant DEFAULT_COVER_WINDOW = 1 days;
    uint256 public constant DEFAULT_COVER_WINDOW_CAP_BPS = 5_000;
    /// @notice Bounds of the cover window.
    uint256 public constant MIN_COVER_WINDOW = 1 hours;
    uint256 public constant MAX_COVER_WINDOW = 30 days;

    struct WithdrawRequest {
        uint128 shares;
        uint64 opensAt;
        uint64 closesAt;
    }

    /// @notice The MarginVault allowed to draw cover.
    address public vault;
    /// @dev Per-event cover cap (bps of pool assets), packed beside `vault`: a cover reads one slot for both.
    uint16 internal _coverCapBps = uint16(DEFAULT_COVER_CAP_BPS);
    /// @notice Seconds between a request and the opening of its window.
    uint256 public cooldown = DEFAULT_COOLDOWN;
    /// @notice Length of the withdraw window in seconds.
    uint256 public window = DEFAULT_WINDOW;
    /// @notice Pending withdraw request per owner.
    mapping(address => WithdrawRequest) public withdrawRequests;
    /// @dev Cover cap per crash (issue 15, finding 4), one slot: window length, cap in bps of the pool's assets at
    /// the window's start, start of the current window (the first cover after the previous one ended), cover
    /// still allowed in it.
    struct CoverWindow {
        uint32 length;
        uint16 capBps;
        uint64 start;
        uint128 left;
    }

    CoverWindow internal _coverWindow =
        CoverWindow(uint32(DEFAULT_COVER_WINDOW), uint16(DEFAULT_COVER_WINDOW_CAP_BPS), 0, 0);

    /// @notice Pool over `asset_`, administered by `admin`.
    constructor(IERC20 asset_, address admin)
        ERC4626(asset_)
        ERC20("MarginInsurance Insurance Pool", "miINS")
    {
        if (admin == address(0) || address(asset_) == address(0)) revert ErrorsLib.ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /* ADMIN */

    /// @notice Sets the vault allowed to draw cover (admin, once).
    function setVault(address vault_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (vault_ == address(0)) revert ErrorsLib.ZeroAddress();
        if (vault != address(0)) revert ErrorsLib.AlreadySet();
        vault = vault_;
        emit EventsLib.VaultSet(vault_);
    }

    /// @notice Sets cooldown, window and cover cap (admin, bounds-checked).
    function setPoolParams(uint256 cooldown_, uint256 window_, uint256 coverCapBps_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (cooldown_ > MAX_COOLDOWN) revert ErrorsLib.ParameterOutOfBounds(cooldown_, 0, MAX_COOLDOWN);
        if (window_ < MIN_WINDOW || window_ > MAX_WINDOW) {
            revert ErrorsLib.ParameterOutOfBounds(window_, MIN_WINDOW, MAX_WINDOW);
        }
        if (coverCapBps_ > WadMath.BPS) revert ErrorsLib.ParameterOutOfBounds(coverCapBps_, 0, WadMath.BPS);
        cooldown = cooldown_;
        window = window_;
        _coverCapBps = uint16(coverCapBps_); // ≤ BPS, checked above
        emit EventsLib.PoolParamsUpdated(cooldown_, window_, coverCapBps_);
    }

    /// @notice Sets the cover cap per crash: at most `capBps` of the pool's assets at the start of a window of
    /// `length` seconds (admin, bounds-checked).
    function setCoverWindow(uint256 length, uint256 capBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (length < MIN_COVER_WINDOW || length > MAX_COVER_WINDOW) {
            revert ErrorsLib.ParameterOutOfBounds(length, MIN_COVER_WINDOW, MAX_COVER_WINDOW);
        }
        if (capBps == 0 || capBps > WadMath.BPS) revert ErrorsLib.ParameterOutOfBounds(capBps, 1, WadMath.BPS);
        (_coverWindow.length, _coverWindow.capBps) = (uint32(length), uint16(capBps));
        emit EventsLib.CoverWindowUpdated(length, capBps);
    }

    /// @notice Cover window length (s), cap (bps of the assets at its start), start of the current window and the
    /// cover still allowed in it (valid while now < start + length).
    function coverWindow() external view returns (uint256 length, uint256 capBps, uint256 start, uint256 left) {
        CoverWindow memory w = _coverWindow;
        return (w.length, w.capBps, w.start, w.left);
    }

    /// @inheritdoc IInsurancePool
    function coverCapBps() external view returns (uint256) {
        return _coverCapBps;
    }

    /* COVER */

    /// @inheritdoc IInsurancePool
    /// @dev The vault asks for the whole bad debt (§8); a pool whose per-event cap is zero (no assets) pays nothing,
    /// opens no cover window and logs nothing, as when the vault did not ask.
    function cover(uint256 amount) external nonReentrant returns (uint256 covered) {
        if (msg.sender != vault) revert ErrorsLib.OnlyVault();
        uint256 left;
        uint256 perEvent;
        (covered, left, perEvent) = _maxCover();
        if (perEvent == 0) return 0;
        covered = WadMath.min(amount, covered);
        CoverWindow storage w = _coverWindow;
        if (block.timestamp >= uint256(w.start) + w.length) w.start = uint64(block.timestamp); // a new window
        w.left = uint128(left - covered); // covered ≤ left
        if (covered != 0) IERC20(asset()).safeTransfer(msg.sender, covered);
        emit EventsLib.CoverPaid(amount, covered);
    }

    /// @inheritdoc IInsurancePool
    /// @dev min(per-event cap, what is left of the window's cap, the pool's own balance: reserves still in the
    /// vault count as assets but pay nothing until swept).
    function maxCover() public view returns (uint256 amount) {
        (amount,,) = _maxCover();
    }

    /// @dev (maxCover, cover left in the window now: a new window's cap if the last one ended, the per-event cap).
    function _maxCover() internal view returns (uint256 amount, uint256 left, uint256 perEvent) {
        uint256 assets = totalAssets(); // virtual: PerpLiquidityVault counts its assets its own way
        uint256 balance = IERC20(asset()).balanceOf(address(this));
        CoverWindow memory w = _coverWindow;
        if (block.timestamp < uint256(w.start) + w.length) {
            left = w.left;
        } else {
            left = WadMath.min(WadMath.mulDivDown(assets, w.capBps, WadMath.BPS), type(uint128).max);
        }
        perEvent = WadMath.mulDivDown(assets, _coverCapBps, WadMath.BPS);
        amount = WadMath.min(WadMath.min(perEvent, left), balance);
    }

    /// @notice Pool assets per unit of vault debt (WAD); type(uint256).max with no debt or no vault.
    function coverageRatio() external view returns (uint256) {
        if (vault == address(0)) return type(uint256).max;
        uint256 debt = IMarginVault(vault).totalBorrowAssets();
        if (debt == 0) return type(uint256).max;
        return WadMath.mulDivDown(totalAssets(), WadMath.WAD, debt);
    }

    /// @inheritdoc IInsurancePool
    /// @dev The pool's balance plus the vault's reserves accrued to now (stored reserves if the vault cannot
    /// accrue), so reserves stream into the share price (issue 15, finding 3).
    function totalAssets() public view virtual override(ERC4626, IInsurancePool) returns (uint256) {
        uint256 assets = super.totalAssets();
        address v = vault;
        if (v == address(0)) return assets;
        try IMarginVault(v).accruedReserves() returns (uint256 r) {
            return assets + r;
        } catch {
            return assets + IMarginVault(v).reserves();
        }
    }

    /* WITHDRAW REQUESTS */

    /// @notice Requests to withdraw `shares`: allowed in [now + cooldown, now + cooldown + window).
    /// Replaces any previous request.
    function requestWithdraw(uint256 shares) external {
        uint256 bal = balanceOf(msg.sender);
        if (shares == 0) revert ErrorsLib.ZeroAmount();
        if (shares > bal) revert ErrorsLib.RequestExceedsBalance(shares, bal);
        uint256 opensAt = block.timestamp + cooldown;
        uint256 closesAt = opensAt + window;
        withdrawRequests[msg.sender] =
            WithdrawRequest({shares: SafeCast.toUint128(shares), opensAt: uint64(opensAt), closesAt: uint64(closesAt)});
        emit EventsLib.WithdrawRequested(msg.sender, shares, opensAt, closesAt);
    }

    /// @notice Shares `owner` may redeem now (0 outside its window).
    function maxRedeem(address owner) public view override returns (uint256) {
        WithdrawRequest memory r = withdrawRequests[owner];
        if (block.timestamp < r.opensAt || block.timestamp >= r.closesAt) return 0;
        return WadMath.min(r.shares, balanceOf(owner));
    }

    /// @notice Assets `owner` may withdraw now (0 outside its window).
    function maxWithdraw(address owner) public view override returns (uint256) {
        return previewRedeem(maxRedeem(owner));
    }

    /// @notice ERC-4626 withdraw, only inside the owner's window and up to the requested shares.
    function withdraw(uint256 assets, address receiver, address owner)
        public
        override
        nonReentrant
        returns (uint256)
    {
        _checkWindow(owner);
        _pullReserves(assets);
        return super.withdraw(assets, receiver, owner);
    }

    /// @notice ERC-4626 redeem, only inside the owner's window and up to the requested shares.
    function redeem(uint256 shares, address receiver, address owner)
        public
        override
        nonReentrant
        returns (uint256)
    {
        _checkWindow(owner);
        _pullReserves(previewRedeem(shares));
        return super.redeem(shares, receiver, owner);
    }

    /// @notice ERC-4626 deposit (non-reentrant).
    function deposit(uint256 assets, address receiver) public override nonReentrant returns (uint256) {
        return super.deposit(assets, receiver);
    }

    /// @notice ERC-4626 mint (non-reentrant).
    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256) {
        return super.mint(shares, receiver);
    }

    /// @dev Sweeps the vault's reserves here when the balance alone cannot pay `assets`.
    function _pullReserves(uint256 assets) internal {
        if (vault != address(0) && IERC20(asset()).balanceOf(address(this)) < assets) {
            IMarginVault(vault).sweepReserves();
        }
    }

    function _checkWindow(address owner) internal view {
        WithdrawRequest memory r = withdrawRequests[owner];
        if (block.timestamp < r.opensAt || block.timestamp >= r.closesAt) {
            revert ErrorsLib.WithdrawWindowClosed(r.opensAt, r.closesAt);
        }
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        withdrawRequests[owner].shares -= uint128(shares);
        super._withdraw(caller, receiver, owner, assets, shares);
    }

    /// @dev A withdraw request never exceeds the shares its owner still holds: moving shares out (transfer or
    /// burn) clamps the sender's request, so requests cannot be parked at addresses that passed their shares
    /// on (sybil rolling of windows to dodge the cooldown).
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0)) {
            uint256 requested = withdrawRequests[from].shares;
            uint256 bal = balanceOf(from);
            if (requested > bal) withdrawRequests[from].shares = uint128(bal);
        }
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return DECIMALS_OFFSET;
    }
}
