// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IRateModel
/// @notice Borrow rate as a function of market utilization.
interface IRateModel {
    /// @notice Borrow rate per second (WAD) at `utilizationWad` (WAD, ≤ 1e18).
    /// @param utilizationWad Market utilization, total borrows / total supply (WAD, ≤ 1e18).
    /// @return Borrow rate per second (WAD).
    function borrowRatePerSecond(uint256 utilizationWad) external view returns (uint256);
}
