// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IInsurancePool
/// @notice ERC-4626 insurance fund drawn by the MarginVault for bad debt (docs/protocol.md §8).
interface IInsurancePool {
    /// @notice Pays up to `amount` (capped at maxCover) of base asset to the vault; only the vault.
    /// @param amount Bad debt to cover (base units).
    /// @return covered Base units paid to the vault: min(amount, maxCover()).
    function cover(uint256 amount) external returns (uint256 covered);
    /// @notice min(⌊totalAssets × coverCapBps / BPS⌋, what is left of the cover window's cap, the pool's balance).
    /// @return The most the next cover event may draw (base units).
    function maxCover() external view returns (uint256);
    /// @notice Per-event cover cap in bps of pool assets.
    /// @return The cap (bps).
    function coverCapBps() external view returns (uint256);
    /// @notice Pool assets in base units: its balance plus the vault's reserves accrued so far (docs/protocol.md R3).
    /// @return The pool's assets (base units).
    function totalAssets() external view returns (uint256);
}
