// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IMarginVault} from "../interfaces/IMarginVault.sol";
import {IUniswapV3PoolMinimal, IUniswapV3SwapCallbackMinimal} from "../interfaces/IUniswapV3Minimal.sol";
import {PoolPriceLib} from "./PoolPriceLib.sol";

/// @title LeverageRouter
/// @notice Leverage in one transaction with a Uniswap v3 flash swap. Open: the pool sends the collateral that
/// `borrowAmount` base buys, the router deposits it with the trader's own collateral into (trader, subId) and
/// borrows `borrowAmount` from the vault straight to the pool. Deleverage/close: the pool sends the base that
/// repays the debt, the router repays it and withdraws the collateral the pool is owed from the account.
/// The vault's margin rules (cross or isolated, borrow capacity) apply to every step; the trader must have
/// made this router an operator (`vault.setOperator`).
contract LeverageRouter is IUniswapV3SwapCallbackMinimal {
    using SafeERC20 for IERC20;

    /// @notice The margin vault.
    IMarginVault public immutable vault;
    /// @notice Its base asset.
    IERC20 public immutable base;

    /// @dev The pool of the flash swap under way (zero outside one).
    address internal _activePool;

    enum Action {
        Open,
        Deleverage
    }

    struct Flash {
        Action action;
        address owner;
        uint256 subId;
        address collateral;
        uint256 amount; // open: the trader's own collateral; deleverage: base to repay
        uint256 limit; // open: minimum collateral bought; deleverage: maximum collateral sold
    }

    /// @notice Only the pool of the flash swap under way may call back.
    error UnexpectedCallback(address caller);
    /// @notice The flash swap bought less collateral than the trader's minimum.
    error CollateralOutTooLow(uint256 received, uint256 minimum);
    /// @notice Repaying the debt would sell more collateral than the trader's maximum.
    error CollateralInTooHigh(uint256 required, uint256 maximum);
    /// @notice The account has no debt to repay.
    error NoDebt();

    /// @notice A leveraged position was opened or increased.
    event LeverageOpened(
        address indexed owner,
        uint256 indexed subId,
        address collateral,
        uint256 ownAmount,
        uint256 borrowed,
        uint256 bought
    );
    /// @notice Debt was repaid by selling collateral (and the rest withdrawn when `closed`).
    event LeverageReduced(
        address indexed owner, uint256 indexed subId, address collateral, uint256 repaid, uint256 sold, bool closed
    );

    /// @notice A router for `vault_`.
    constructor(IMarginVault vault_, IERC20 base_) {
        vault = vault_;
        base = base_;
    }

    /// @notice Deposits `ownAmount` of the caller's `collateral` and buys more with `borrowAmount` borrowed base
    /// through `pool`, in one transaction. Reverts with the vault's InsufficientMargin (or CrossNotAllowed /
    /// IsolatedAssetMismatch) when the result is beyond what the account's margin allows.
    function openLeveraged(
        uint256 subId,
        address collateral,
        address pool,
        uint256 ownAmount,
        uint256 borrowAmount,
        uint256 minCollateralOut
    ) external returns (uint256 bought) {
        if (ownAmount != 0) {
            IERC20(collateral).safeTransferFrom(msg.sender, address(this), ownAmount);
        }
        bool baseIsToken0 = !PoolPriceLib.collateralIsToken0(IUniswapV3PoolMinimal(pool), address(base), collateral);
        (int256 a0, int256 a1) = _flash(
            pool,
            baseIsToken0,
            SafeCast.toInt256(borrowAmount),
            Flash(Action.Open, msg.sender, subId, collateral, ownAmount, minCollateralOut)
        );
        bought = SafeCast.toUint256(-(baseIsToken0 ? a1 : a0));
        emit LeverageOpened(msg.sender, subId, collateral, ownAmount, borrowAmount, bought);
    }

    /// @notice Repays `repayAmount` of the caller's debt (type(uint256).max: all of it) by selling at most
    /// `maxCollateralIn` of `collateral` from the account through `pool`; with `close`, withdraws the rest of
    /// that collateral to the caller afterwards.
    function deleverage(
        uint256 subId,
        address collateral,
        address pool,
        uint256 repayAmount,
        uint256 maxCollateralIn,
        bool close
    ) external returns (uint256 repaid, uint256 sold) {
        repaid = repayAmount == type(uint256).max ? vault.debtOf(msg.sender, subId) : repayAmount;
        if (repaid == 0) revert NoDebt();
        sold = _sell(pool, Flash(Action.Deleverage, msg.sender, subId, collateral, repaid, maxCollateralIn));
        if (close) _withdrawRest(subId, collateral);
        emit LeverageReduced(msg.sender, subId, collateral, repaid, sold, close);
    }

    function _sell(address pool, Flash memory f) internal returns (uint256 sold) {
        bool colIsToken0 = PoolPriceLib.collateralIsToken0(IUniswapV3PoolMinimal(pool), address(base), f.collateral);
        (int256 a0, int256 a1) = _flash(pool, colIsToken0, -SafeCast.toInt256(f.amount), f);
        sold = SafeCast.toUint256(colIsToken0 ? a0 : a1);
    }

    function _flash(address pool, bool zeroForOne, int256 amount, Flash memory f)
        internal
        returns (int256 a0, int256 a1)
    {
        _activePool = pool;
        (a0, a1) = IUniswapV3PoolMinimal(pool)
            .swap(address(this), zeroForOne, amount, PoolPriceLib.noLimit(zeroForOne), abi.encode(f));
        _activePool = address(0);
    }

    function _withdrawRest(uint256 subId, address collateral) internal {
        uint256 rest = vault.collateralOf(msg.sender, subId, collateral);
        if (rest != 0) vault.withdrawCollateral(msg.sender, subId, collateral, rest, msg.sender);
    }

    /// @notice The flash swap's settlement (see the contract notes).
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        if (msg.sender != _activePool) revert UnexpectedCallback(msg.sender);
        Flash memory f = abi.decode(data, (Flash));
        (uint256 owed, uint256 received) = amount0Delta > 0
            ? (SafeCast.toUint256(amount0Delta), SafeCast.toUint256(-amount1Delta))
            : (SafeCast.toUint256(amount1Delta), SafeCast.toUint256(-amount0Delta));
        if (f.action == Action.Open) {
            // received: collateral bought; owed: base borrowed.
            if (received < f.limit) revert CollateralOutTooLow(received, f.limit);
            uint256 total = f.amount + received;
            IERC20(f.collateral).forceApprove(address(vault), total);
            vault.depositCollateral(f.owner, f.subId, f.collateral, total);
            vault.borrow(f.owner, f.subId, owed, msg.sender);
        } else {
            // received: base to repay with; owed: collateral sold.
            if (owed > f.limit) revert CollateralInTooHigh(owed, f.limit);
            base.forceApprove(address(vault), received);
            vault.repay(f.owner, f.subId, received);
            vault.withdrawCollateral(f.owner, f.subId, f.collateral, owed, msg.sender);
        }
    }
}
