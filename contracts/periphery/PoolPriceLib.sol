// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IUniswapV3PoolMinimal} from "../interfaces/IUniswapV3Minimal.sol";

/// @title PoolPriceLib
/// @notice Prices of a collateral/base Uniswap v3 pool next to the oracle's, all as raw base units per raw
/// collateral unit in Q96 fixed point, and the swap price limit that a minimum price implies.
library PoolPriceLib {
    uint256 internal constant Q96 = 1 << 96;
    uint256 internal constant BPS = 10_000;
    /// @dev TickMath bounds of Uniswap v3 (exclusive): a price limit must lie strictly inside.
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287383096979530948259803346;

    /// @notice The pool does not trade `base` against `collateral`.
    error PoolPairMismatch(address pool, address base, address collateral);

    /// @notice True when `collateral` is the pool's token0 (reverts when the pool is not base/collateral).
    function collateralIsToken0(IUniswapV3PoolMinimal pool, address base, address collateral)
        internal
        view
        returns (bool)
    {
        address t0 = pool.token0();
        address t1 = pool.token1();
        if (t0 == collateral && t1 == base) return true;
        if (t0 == base && t1 == collateral) return false;
        revert PoolPairMismatch(address(pool), base, collateral);
    }

    /// @notice The pool's current price, raw base per raw collateral, Q96.
    function poolPriceX96(IUniswapV3PoolMinimal pool, bool colIsToken0) internal view returns (uint256) {
        (uint160 sqrtP,,,,,,) = pool.slot0();
        uint256 p = Math.mulDiv(sqrtP, sqrtP, Q96); // token1 per token0
        return colIsToken0 ? p : Math.mulDiv(Q96, Q96, p);
    }

    /// @notice The oracle price (`priceWad`, base per whole collateral, 18 decimals) as raw base per raw
    /// collateral, Q96.
    function oraclePriceX96(uint256 priceWad, uint8 collateralDecimals, uint8 baseDecimals)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(priceWad * 10 ** baseDecimals, Q96, 10 ** (uint256(collateralDecimals) + 18));
    }

    /// @notice |pool − oracle| / oracle in basis points, rounded up.
    function divergenceBps(uint256 poolX96, uint256 oracleX96) internal pure returns (uint256) {
        uint256 diff = poolX96 > oracleX96 ? poolX96 - oracleX96 : oracleX96 - poolX96;
        return Math.mulDiv(diff, BPS, oracleX96, Math.Rounding.Ceil);
    }

    /// @notice The sqrt price limit at which selling collateral must stop: base per collateral no lower than `minX96`.
    function sellLimit(uint256 minX96, bool colIsToken0) internal pure returns (uint160 limit) {
        uint256 s = colIsToken0 ? Math.sqrt(minX96 * Q96) : Math.sqrt(Math.mulDiv(Q96 * Q96, Q96, minX96));
        if (s <= MIN_SQRT_RATIO) return MIN_SQRT_RATIO + 1;
        if (s >= MAX_SQRT_RATIO) return MAX_SQRT_RATIO - 1;
        return uint160(s);
    }

    /// @notice The price limit that lets a swap run as far as the pool allows in the given direction.
    function noLimit(bool zeroForOne) internal pure returns (uint160) {
        return zeroForOne ? MIN_SQRT_RATIO + 1 : MAX_SQRT_RATIO - 1;
    }
}
