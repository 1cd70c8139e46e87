// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @notice Shared ghost state of the invariant handlers: violations seen by action-level postconditions
/// (numbered as the invariants of issue 7), accounting that the vault cannot see (donations, bad debt not
/// absorbed by the supply-index floor), pause times and exploration counters.
contract Ghost {
    /// @notice Violations per invariant id (1..12).
    mapping(uint256 => uint256) public violations;
    /// @notice The first violation message per invariant id.
    mapping(uint256 => string) public firstViolation;
    /// @notice Exploration counters by name.
    mapping(bytes32 => uint256) public stat;

    /// @notice Base tokens sent to the vault outside the protocol.
    uint256 public baseDonated;
    /// @notice Collateral tokens sent to the vault outside the protocol, per token.
    mapping(address => uint256) public collateralDonated;
    /// @notice Realized bad debt that the supply index could not absorb (index floor of 1).
    uint256 public unabsorbedLoss;
    /// @notice Timestamp of the latest successful pause (0 if none).
    uint256 public lastPauseAt;

    function fail(uint256 id, string calldata why) external {
        if (violations[id]++ == 0) firstViolation[id] = why;
    }

    function bump(bytes32 key, uint256 by) external {
        stat[key] += by;
    }

    function donateBase(uint256 amount) external {
        baseDonated += amount;
    }

    function donateCollateral(address token, uint256 amount) external {
        collateralDonated[token] += amount;
    }

    function addUnabsorbed(uint256 amount) external {
        unabsorbedLoss += amount;
    }

    function setPauseAt(uint256 t) external {
        lastPauseAt = t;
    }
}
