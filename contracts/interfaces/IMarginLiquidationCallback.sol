// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IMarginLiquidationCallback
/// @notice Implemented by liquidators that pay with the seized collateral (capital-free liquidation).
interface IMarginLiquidationCallback {
    /// @notice Called after `seized` collateral was sent and before `repaid + fee` base is pulled.
    /// @param repaid Debt being repaid (base units); the vault pulls it from the liquidator after the call.
    /// @param fee Protocol share of the bonus (base units), pulled with `repaid`.
    /// @param seized Collateral already sent to the liquidator (collateral units).
    /// @param data The `data` the liquidator passed to `liquidate`.
    function onMarginLiquidation(uint256 repaid, uint256 fee, uint256 seized, bytes calldata data) external;
}
