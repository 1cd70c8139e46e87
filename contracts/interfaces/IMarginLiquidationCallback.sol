// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IMarginLiquidationCallback
/// @notice Implemented by liquidators that pay with the seized collateral (capital-free liquidation).
interface IMarginLiquidationCallback {
    /// @notice Called after `seized` collateral was sent and before `repaid + fee` base is pulled.
    function onMarginLiquidation(uint256 repaid, uint256 fee, uint256 seized, bytes calldata data) external;
}
