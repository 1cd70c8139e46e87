// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IMarginLiquidationCallback} from "../interfaces/IMarginLiquidationCallback.sol";

interface ILiquidatableVault {
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay, bytes calldata data)
        external
        returns (uint256, uint256, uint256);
}

/// @title MockLiquidator
/// @notice Capital-free liquidator: receives the seized collateral, "sells" it to `buyer` (which pays base),
/// then approves the vault for repaid + fee inside the callback.
contract MockLiquidator is IMarginLiquidationCallback {
    using SafeERC20 for IERC20;

    address public immutable vault;
    IERC20 public immutable base;
    /// @notice Collateral balance observed inside the last callback (proves collateral-first ordering).
    uint256 public collateralSeenInCallback;
    uint256 public lastRepaid;
    uint256 public lastFee;
    uint256 public lastSeized;
    address internal _collateral;

    /// @notice Liquidator for `vault_` paying in `base_`.
    constructor(address vault_, IERC20 base_) {
        vault = vault_;
        base = base_;
    }

    /// @notice Liquidates with the callback.
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay)
        external
        returns (uint256, uint256, uint256)
    {
        _collateral = collateralAsset;
        return ILiquidatableVault(vault).liquidate(owner, subId, collateralAsset, maxRepay, abi.encode(msg.sender));
    }

    /// @inheritdoc IMarginLiquidationCallback
    function onMarginLiquidation(uint256 repaid, uint256 fee, uint256 seized, bytes calldata) external {
        require(msg.sender == vault, "only vault");
        collateralSeenInCallback = IERC20(_collateral).balanceOf(address(this));
        lastRepaid = repaid;
        lastFee = fee;
        lastSeized = seized;
        base.forceApprove(vault, repaid + fee);
    }
}
