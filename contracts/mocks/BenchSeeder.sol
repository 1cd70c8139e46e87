// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

interface ISeededVault {
    function depositCollateral(address owner, uint256 subId, address asset, uint256 amount) external;
    function borrow(address owner, uint256 subId, uint256 amount, address receiver) external;
}

/// @title BenchSeeder
/// @notice Benchmark helper (local chains only): opens many margin accounts per transaction. Each owner
/// approves this contract as its operator (`MarginVault.setOperator`); `open` then deposits collateral this
/// contract holds into (owner, firstSubId + i) and borrows against it, the borrowed base staying here.
contract BenchSeeder {
    using SafeERC20 for IERC20;

    /// @notice The vault accounts are opened in.
    ISeededVault public immutable vault;

    /// @notice Seeder for `vault_`.
    constructor(ISeededVault vault_) {
        vault = vault_;
    }

    /// @notice Opens `count` accounts (owner, firstSubId) … (owner, firstSubId + count − 1), each with
    /// `collateralAmount` of `asset` (held by this contract) and a debt of `borrowAmount` base (0 = none).
    /// Reverts unless `owner` has approved this contract as operator.
    function open(
        address owner,
        uint256 firstSubId,
        uint256 count,
        address asset,
        uint256 collateralAmount,
        uint256 borrowAmount
    ) external {
        IERC20(asset).forceApprove(address(vault), collateralAmount * count);
        for (uint256 i = 0; i < count; ++i) {
            vault.depositCollateral(owner, firstSubId + i, asset, collateralAmount);
            if (borrowAmount != 0) vault.borrow(owner, firstSubId + i, borrowAmount, address(this));
        }
    }
}
