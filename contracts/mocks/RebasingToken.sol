// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title RebasingToken
/// @notice Share-based rebasing token (stETH-like): balances are shares × totalSupply / totalShares, so a
/// transfer of `amount` credits slightly less than `amount` after a rebase (tests the balance-delta check).
contract RebasingToken {
    string public constant name = "Rebasing Token";
    string public constant symbol = "REB";
    uint8 public constant decimals = 18;

    uint256 public totalShares;
    uint256 public totalSupply;
    mapping(address => uint256) public sharesOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @notice Mints `amount` (at the current share price) to `to`.
    function mint(address to, uint256 amount) external {
        uint256 shares = totalShares == 0 ? amount : amount * totalShares / totalSupply;
        totalShares += shares;
        totalSupply += amount;
        sharesOf[to] += shares;
        emit Transfer(address(0), to, amount);
    }

    /// @notice Changes the total supply by a factor num/den (a rebase).
    function rebase(uint256 num, uint256 den) external {
        totalSupply = totalSupply * num / den;
    }

    /// @notice Balance of `a`.
    function balanceOf(address a) public view returns (uint256) {
        return totalShares == 0 ? 0 : sharesOf[a] * totalSupply / totalShares;
    }

    /// @notice Approves `spender`.
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    /// @notice Transfers `amount`.
    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    /// @notice Transfers `amount` from `from`.
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        _transfer(from, to, amount);
        return true;
    }

    function _transfer(address from, address to, uint256 amount) internal {
        uint256 shares = amount * totalShares / totalSupply;
        sharesOf[from] -= shares;
        sharesOf[to] += shares;
        emit Transfer(from, to, amount);
    }
}
