// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {OracleRouter} from "./OracleRouter.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";

/// @title L2OracleRouter
/// @notice OracleRouter for an L2 with a Chainlink sequencer-uptime feed (answer 0 = up, 1 = down; startedAt =
/// when the status last changed), after Aave v3's PriceOracleSentinel (docs/protocol.md §9). While the
/// sequencer is down and for `gracePeriod` after it comes back, `sequencerUntil` is non-zero: new borrowing is
/// refused and liquidations wait, so accounts can add margin with the prices the sequencer outage hid. Both are
/// immutable: the router on L1 and on local chains pays nothing for the check.
contract L2OracleRouter is OracleRouter {
    /// @notice Maximum grace period after a restart (1 day).
    uint256 public constant MAX_SEQUENCER_GRACE = 1 days;

    /// @notice The sequencer-uptime feed.
    AggregatorV3Interface public immutable sequencerFeed;
    /// @notice Seconds after a restart during which borrowing and liquidation wait.
    uint256 public immutable sequencerGracePeriod;

    /// @notice Router administered by `admin`, gated by `feed` with `gracePeriod` seconds after a restart.
    constructor(address admin, AggregatorV3Interface feed, uint256 gracePeriod) OracleRouter(admin) {
        if (address(feed) == address(0)) revert ErrorsLib.ZeroAddress();
        if (gracePeriod > MAX_SEQUENCER_GRACE) {
            revert ErrorsLib.ParameterOutOfBounds(gracePeriod, 0, MAX_SEQUENCER_GRACE);
        }
        sequencerFeed = feed;
        sequencerGracePeriod = gracePeriod;
        emit EventsLib.SequencerFeedSet(address(feed), gracePeriod);
    }

    /// @notice 0 when the sequencer is up and its grace has passed; the grace's end while in it;
    /// type(uint256).max while down (or when the feed reports no valid round).
    function sequencerUntil() public view override returns (uint256) {
        (, int256 answer, uint256 startedAt,,) = sequencerFeed.latestRoundData();
        if (answer != 0 || startedAt == 0) return type(uint256).max;
        uint256 until = startedAt + sequencerGracePeriod;
        return block.timestamp < until ? until : 0;
    }
}
