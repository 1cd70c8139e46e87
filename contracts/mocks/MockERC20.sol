// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MockERC20
/// @notice Freely mintable ERC-20 with configurable decimals (local chains and tests only).
contract MockERC20 is ERC20 {
    uint8 internal immutable _dec;

    /// @notice Creates the token.
    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _dec = decimals_;
    }

    /// @notice Token decimals.
    function decimals() public view override returns (uint8) {
        return _dec;
    }

    /// @notice Mints `amount` to `to` (anyone).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Burns `amount` from `from` (anyone; tests only).
    function burn(address from, uint256 amount) external {
        _burn(from, amount);
    }
}
