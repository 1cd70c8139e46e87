// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IUniswapV3PoolMinimal
/// @notice The part of a Uniswap v3 pool that the periphery contracts call (written from the published ABI).
interface IUniswapV3PoolMinimal {
    function token0() external view returns (address);
    function token1() external view returns (address);
    function slot0()
        external
        view
        returns (
            uint160 sqrtPriceX96,
            int24 tick,
            uint16 observationIndex,
            uint16 observationCardinality,
            uint16 observationCardinalityNext,
            uint8 feeProtocol,
            bool unlocked
        );
    function swap(
        address recipient,
        bool zeroForOne,
        int256 amountSpecified,
        uint160 sqrtPriceLimitX96,
        bytes calldata data
    ) external returns (int256 amount0, int256 amount1);
}

/// @title IUniswapV3SwapCallbackMinimal
/// @notice Called by a pool on `msg.sender` during `swap` to collect what the swap owes.
interface IUniswapV3SwapCallbackMinimal {
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external;
}
