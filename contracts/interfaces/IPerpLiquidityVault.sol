// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IPerpLiquidityVault
/// @notice The counterparty of the perps' net open interest and the holder of every account's perp cash
/// (docs/protocol.md §13.8). Only the MarginVault moves its funds.
interface IPerpLiquidityVault {
    /// @notice Pays `amount` of the base asset to `to`; only the MarginVault.
    function pay(address to, uint256 amount) external;
}
