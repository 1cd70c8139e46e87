// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {VaultState, Position} from "./VaultTypes.sol";

/// @title CollateralLib
/// @notice Collateral balances of an account (docs/protocol.md, "Storage"): one held asset's balance lives inline in
/// the account's `Position` slot (`Position.inlineCollateral`), every other one in `VaultState.collateral`; a
/// balance is in exactly one place. The first asset an account deposits takes the inline place while it is free,
/// so a one-asset account (every isolated one) never touches a second slot.
library CollateralLib {
    /// @dev Bits of the inline balance; the bits above hold 1 + the asset's index (0: the place is free).
    uint256 internal constant BALANCE_BITS = 88;
    /// @dev Largest balance kept inline; a larger one lives in `VaultState.collateral`.
    uint256 internal constant MAX_INLINE = (1 << BALANCE_BITS) - 1;

    /// @dev Balance of `asset` (listed, at `index`) held by (owner, subId).
    function balanceOf(
        VaultState storage s,
        Position storage pos,
        address owner,
        uint256 subId,
        address asset,
        uint256 index
    ) internal view returns (uint256) {
        uint256 word = pos.inlineCollateral;
        return word >> BALANCE_BITS == index + 1 ? word & MAX_INLINE : s.collateral[owner][subId][asset];
    }

    /// @dev `balanceOf` that finds the position itself (fewer live variables in the callers' loops).
    function balanceAt(VaultState storage s, address owner, uint256 subId, address asset, uint256 index)
        internal
        view
        returns (uint256)
    {
        return balanceOf(s, s.positions[owner][subId], owner, subId, asset, index);
    }

    /// @dev Sets the balance of `asset` (listed, at `index`) from `held` (its current balance) to `newBalance`.
    function setBalance(
        VaultState storage s,
        Position storage pos,
        address owner,
        uint256 subId,
        address asset,
        uint256 index,
        uint256 held,
        uint256 newBalance
    ) internal {
        uint256 tag = index + 1;
        uint256 current = pos.inlineCollateral >> BALANCE_BITS;
        // Inline if it is there already, or if the place is free and the asset held nothing (so nothing is mapped).
        if (current == tag || (current == 0 && held == 0)) {
            if (newBalance <= MAX_INLINE) {
                pos.inlineCollateral = newBalance == 0 ? 0 : uint96(tag << BALANCE_BITS | newBalance); // 0 frees it
                return;
            }
            if (current == tag) pos.inlineCollateral = 0; // too large: moves to the mapping (0 for this asset)
        }
        s.collateral[owner][subId][asset] = newBalance;
    }
}
