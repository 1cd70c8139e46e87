// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FeeOnTransferToken
/// @notice Burns 1% of every transfer (tests the vault's balance-delta check).
contract FeeOnTransferToken is ERC20 {
    /// @notice Transfer fee in bps.
    uint256 public constant FEE_BPS = 100;
    uint256 internal constant BPS = 10_000;

    /// @notice Creates the token (18 decimals).
    constructor() ERC20("Fee Token", "FEE") {}

    /// @notice Mints `amount` to `to` (anyone).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value * FEE_BPS / BPS;
            super._update(from, address(0), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}
