// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IInsurancePool
/// @notice ERC-4626 insurance fund drawn by the MarginVault for bad debt (docs/protocol.md §8).
interface IInsurancePool {
    /// @notice Pays up to `amount` (capped at maxCover) of base asset to the vault; only the vault.
    function cover(uint256 amount) external returns (uint256 covered);
    /// @notice min(⌊totalAssets × coverCapBps / BPS⌋, what is left of the cover window's cap, the pool's balance).
    function maxCover() external view returns (uint256);
    /// @notice Per-event cover cap in bps of pool assets.
    function coverCapBps() external view returns (uint256);
    /// @notice Pool assets in base units.
    function totalAssets() external view returns (uint256);
}
