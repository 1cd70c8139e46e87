// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IMarginLiquidationCallback} from "../interfaces/IMarginLiquidationCallback.sol";
import {IMarginVault} from "../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../interfaces/IOracleRouter.sol";
import {IUniswapV3PoolMinimal, IUniswapV3SwapCallbackMinimal} from "../interfaces/IUniswapV3Minimal.sol";
import {PoolPriceLib} from "./PoolPriceLib.sol";

interface IVaultOracle {
    function oracle() external view returns (IOracleRouter);
}

/// @title SwapLiquidator
/// @notice Capital-free liquidation: the vault sends the seized collateral, the callback sells it through a
/// Uniswap v3 pool and the vault is repaid from the proceeds; the rest goes to the caller. Before the
/// liquidation the pool price must lie within `maxDivergenceBps` of the oracle, and the sale must fetch at
/// least the oracle value less `maxSlippageBps` (also the swap's price limit), so a manipulated or
/// sandwiched pool makes the liquidation revert instead of selling at a loss.
contract SwapLiquidator is IMarginLiquidationCallback, IUniswapV3SwapCallbackMinimal {
    using SafeERC20 for IERC20;

    /// @notice The margin vault.
    IMarginVault public immutable vault;
    /// @notice Its base asset.
    IERC20 public immutable base;
    uint8 internal immutable _baseDecimals;

    /// @dev The pool of the swap under way (zero outside a liquidation).
    address internal _activePool;

    /// @notice Only the vault may call back, and only during a liquidation started here.
    error UnexpectedCallback(address caller);
    /// @notice The pool price is too far from the oracle price to trade.
    error PoolOracleDivergence(address pool, uint256 poolPriceX96, uint256 oraclePriceX96, uint256 divergenceBps);
    /// @notice The sale fetched less than the oracle-derived minimum (or sold only part of the collateral).
    error SwapProceedsTooLow(uint256 proceeds, uint256 minimum);
    /// @notice The proceeds do not cover the repayment and the protocol fee.
    error ProceedsBelowOwed(uint256 proceeds, uint256 owed);
    /// @notice A bound above 100%.
    error InvalidBound(uint256 bps);

    /// @notice A liquidation settled through the pool.
    event SwapLiquidation(
        address indexed caller,
        address indexed owner,
        uint256 indexed subId,
        address collateral,
        address pool,
        uint256 repaid,
        uint256 seized,
        uint256 proceeds,
        uint256 profit
    );

    struct Swap {
        address collateral;
        address pool;
        uint256 maxSlippageBps;
    }

    struct Request {
        address owner;
        uint256 subId;
        uint256 maxRepay;
        Swap swap;
    }

    /// @notice A liquidator for `vault_`.
    constructor(IMarginVault vault_, IERC20 base_) {
        vault = vault_;
        base = base_;
        _baseDecimals = IERC20Metadata(address(base_)).decimals();
    }

    /// @notice Liquidates (owner, subId) against `collateral`, repaying up to `maxRepay`, and sells the seized
    /// collateral through `pool`. The profit (proceeds − repaid − fee) is sent to the caller.
    /// @param maxDivergenceBps Largest pool/oracle price gap accepted before trading.
    /// @param maxSlippageBps Largest shortfall of the sale below the oracle value of the seized collateral.
    function liquidate(
        address owner,
        uint256 subId,
        address collateral,
        uint256 maxRepay,
        address pool,
        uint256 maxDivergenceBps,
        uint256 maxSlippageBps
    ) external returns (uint256 repaid, uint256 seized, uint256 profit) {
        if (maxDivergenceBps > PoolPriceLib.BPS) revert InvalidBound(maxDivergenceBps);
        if (maxSlippageBps >= PoolPriceLib.BPS) revert InvalidBound(maxSlippageBps);
        _checkDivergence(pool, collateral, maxDivergenceBps);
        return _liquidate(Request(owner, subId, maxRepay, Swap(collateral, pool, maxSlippageBps)));
    }

    function _checkDivergence(address pool, address collateral, uint256 maxDivergenceBps) internal view {
        IUniswapV3PoolMinimal p = IUniswapV3PoolMinimal(pool);
        bool colIsToken0 = PoolPriceLib.collateralIsToken0(p, address(base), collateral);
        uint256 oracleX96 = _oracleX96(collateral);
        uint256 poolX96 = PoolPriceLib.poolPriceX96(p, colIsToken0);
        uint256 gap = PoolPriceLib.divergenceBps(poolX96, oracleX96);
        if (gap > maxDivergenceBps) revert PoolOracleDivergence(pool, poolX96, oracleX96, gap);
    }

    function _liquidate(Request memory r) internal returns (uint256 repaid, uint256 seized, uint256 profit) {
        uint256 before = base.balanceOf(address(this));
        uint256 fee;
        _activePool = r.swap.pool;
        (repaid, seized, fee) = vault.liquidate(r.owner, r.subId, r.swap.collateral, r.maxRepay, abi.encode(r.swap));
        _activePool = address(0);
        uint256 afterBalance = base.balanceOf(address(this));
        profit = afterBalance > before ? afterBalance - before : 0;
        if (profit != 0) base.safeTransfer(msg.sender, profit);
        emit SwapLiquidation(
            msg.sender, r.owner, r.subId, r.swap.collateral, r.swap.pool, repaid, seized, repaid + fee + profit, profit
        );
    }

    /// @inheritdoc IMarginLiquidationCallback
    function onMarginLiquidation(uint256 repaid, uint256 fee, uint256 seized, bytes calldata data) external {
        if (msg.sender != address(vault) || _activePool == address(0)) revert UnexpectedCallback(msg.sender);
        Swap memory s = abi.decode(data, (Swap));
        IUniswapV3PoolMinimal p = IUniswapV3PoolMinimal(s.pool);
        bool colIsToken0 = PoolPriceLib.collateralIsToken0(p, address(base), s.collateral);
        uint256 minX96 = Math.mulDiv(_oracleX96(s.collateral), PoolPriceLib.BPS - s.maxSlippageBps, PoolPriceLib.BPS);
        uint256 minimum = Math.mulDiv(seized, minX96, PoolPriceLib.Q96, Math.Rounding.Ceil);
        uint256 proceeds;
        if (seized != 0) {
            (int256 a0, int256 a1) = p.swap(
                address(this),
                colIsToken0,
                SafeCast.toInt256(seized),
                PoolPriceLib.sellLimit(minX96, colIsToken0),
                abi.encode(s.collateral)
            );
            (int256 colDelta, int256 baseDelta) = colIsToken0 ? (a0, a1) : (a1, a0);
            proceeds = SafeCast.toUint256(-baseDelta);
            if (SafeCast.toUint256(colDelta) != seized || proceeds < minimum) {
                revert SwapProceedsTooLow(proceeds, minimum);
            }
        }
        uint256 owed = repaid + fee;
        if (proceeds < owed) revert ProceedsBelowOwed(proceeds, owed);
        base.forceApprove(address(vault), owed);
    }

    /// @notice Pays the pool the collateral the swap owes.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        if (msg.sender != _activePool) revert UnexpectedCallback(msg.sender);
        address collateral = abi.decode(data, (address));
        uint256 owed = SafeCast.toUint256(amount0Delta > 0 ? amount0Delta : amount1Delta);
        IERC20(collateral).safeTransfer(msg.sender, owed);
    }

    function _oracleX96(address collateral) internal view returns (uint256) {
        uint256 priceWad = IVaultOracle(address(vault)).oracle().getPrice(collateral);
        return PoolPriceLib.oraclePriceX96(priceWad, IERC20Metadata(collateral).decimals(), _baseDecimals);
    }
}
