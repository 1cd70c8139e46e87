// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title MockAggregator
/// @notice Chainlink-style feed with a full round history (local chains and tests only).
/// @dev Stored like Chainlink's OCR2 aggregator: the latest round id in one slot (its "hot vars") and each round in
/// one slot (its `Transmission`: int192 answer and the timestamps), so a latest-round read costs two storage reads
/// and a previous-round read one, as on a live feed (docs/gas.md). Answers beyond int192 and times beyond uint64
/// revert (SafeCast), as a real feed cannot report them.
contract MockAggregator is AggregatorV3Interface {
    struct Round {
        int192 answer;
        uint64 updatedAt;
    }

    /// @notice Answer decimals.
    uint8 public immutable decimals;
    /// @notice Id of the latest round.
    uint80 public latestRound;
    mapping(uint80 => Round) internal _rounds;

    /// @notice Creates the feed with round 1 = `initialAnswer` at block.timestamp.
    constructor(uint8 decimals_, int256 initialAnswer) {
        decimals = decimals_;
        latestRound = 1;
        _rounds[1] = _round(initialAnswer, block.timestamp);
    }

    /// @notice Publishes a new round with `answer` at block.timestamp.
    function setAnswer(int256 answer) external {
        uint80 id = latestRound + 1;
        latestRound = id;
        _rounds[id] = _round(answer, block.timestamp);
    }

    /// @notice Writes round `roundId` (becomes latest if newer) with an arbitrary `updatedAt`.
    function setRound(uint80 roundId, int256 answer, uint256 updatedAt) external {
        _rounds[roundId] = _round(answer, updatedAt);
        if (roundId > latestRound) latestRound = roundId;
    }

    /// @notice The latest answer.
    function latestAnswer() external view returns (int256) {
        return _rounds[latestRound].answer;
    }

    /// @notice Feed description.
    function description() external pure returns (string memory) {
        return "MockAggregator";
    }

    /// @notice Feed version.
    function version() external pure returns (uint256) {
        return 4;
    }

    /// @notice Round `roundId`; reverts for a round never written (like Chainlink).
    function getRoundData(uint80 roundId) external view returns (uint80, int256, uint256, uint256, uint80) {
        Round memory r = _rounds[roundId];
        require(r.updatedAt != 0, "No data present");
        return (roundId, r.answer, r.updatedAt, r.updatedAt, roundId);
    }

    /// @notice The latest round.
    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        uint80 id = latestRound;
        Round memory r = _rounds[id];
        return (id, r.answer, r.updatedAt, r.updatedAt, id);
    }

    function _round(int256 answer, uint256 updatedAt) private pure returns (Round memory) {
        return Round(SafeCast.toInt192(answer), SafeCast.toUint64(updatedAt));
    }
}
