// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice ERC-777-style hooks: `tokensToSend` on the sender before the balances move, `tokensReceived` on the
/// recipient after.
interface ITokenHooks {
    function tokensToSend(address from, address to, uint256 amount) external;
    function tokensReceived(address from, address to, uint256 amount) external;
}

/// @title HookToken
/// @notice ERC-20 with ERC-777-style transfer hooks (tests only): an account registers itself as hook
/// implementer (the ERC-1820 registry in one mapping) and is called on every transfer from or to it. Used to
/// replay reentrancy attacks (imBTC/Uniswap v1, Lendf.Me, April 2020).
contract HookToken is ERC20 {
    /// @notice Hook implementer registered by each account.
    mapping(address => bool) public hasHooks;

    /// @notice Creates the token (18 decimals).
    constructor() ERC20("Hook Token", "HOOK") {}

    /// @notice Mints `amount` to `to` (anyone).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Registers (or removes) the caller as its own hook implementer.
    function setHooks(bool enabled) external {
        hasHooks[msg.sender] = enabled;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && hasHooks[from]) ITokenHooks(from).tokensToSend(from, to, value);
        super._update(from, to, value);
        if (to != address(0) && hasHooks[to]) ITokenHooks(to).tokensReceived(from, to, value);
    }
}
