// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {IOracleRouter} from "./interfaces/IOracleRouter.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {WadMath} from "./libraries/WadMath.sol";

/// @notice Feed configuration of one asset (docs/protocol.md §9).
struct FeedConfig {
    AggregatorV3Interface feed;
    uint32 heartbeat; // seconds; older answers are stale
    uint128 minPrice; // WAD
    uint128 maxPrice; // WAD
    uint16 maxDeviationBps; // move between consecutive rounds that trips the breaker
    uint32 coolOff; // seconds the breaker stays tripped after the round
}

/// @title OracleRouter
/// @notice Chainlink prices with positivity, staleness, bounds and a deviation circuit breaker.
contract OracleRouter is IOracleRouter, AccessControl {
    /// @notice Maximum heartbeat accepted (2 days).
    uint256 public constant MAX_HEARTBEAT = 2 days;
    /// @notice Maximum breaker cool-off (1 day).
    uint256 public constant MAX_COOL_OFF = 1 days;
    /// @notice Smallest deviation threshold (0.5%).
    uint256 public constant MIN_DEVIATION_BPS = 50;
    /// @notice Maximum feed decimals.
    uint256 public constant MAX_FEED_DECIMALS = 18;

    /// @dev Packed feed: slot 0 feed|heartbeat|coolOff|maxDeviationBps|decimals, slot 1 min|max.
    struct Feed {
        AggregatorV3Interface feed;
        uint32 heartbeat;
        uint32 coolOff;
        uint16 maxDeviationBps;
        uint8 decimals;
        uint128 minPrice;
        uint128 maxPrice;
    }

    mapping(address => Feed) internal _feeds;

    /// @notice Grants DEFAULT_ADMIN_ROLE to `admin`.
    constructor(address admin) {
        if (admin == address(0)) revert ErrorsLib.ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets (or replaces) the feed of `asset`. Admin only; bounds-checked.
    function setFeed(address asset, FeedConfig calldata cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (asset == address(0) || address(cfg.feed) == address(0)) revert ErrorsLib.ZeroAddress();
        if (cfg.heartbeat == 0 || cfg.heartbeat > MAX_HEARTBEAT) {
            revert ErrorsLib.ParameterOutOfBounds(cfg.heartbeat, 1, MAX_HEARTBEAT);
        }
        if (cfg.coolOff > MAX_COOL_OFF) revert ErrorsLib.ParameterOutOfBounds(cfg.coolOff, 0, MAX_COOL_OFF);
        if (cfg.maxDeviationBps < MIN_DEVIATION_BPS || cfg.maxDeviationBps > WadMath.BPS) {
            revert ErrorsLib.ParameterOutOfBounds(cfg.maxDeviationBps, MIN_DEVIATION_BPS, WadMath.BPS);
        }
        if (cfg.minPrice == 0 || cfg.minPrice >= cfg.maxPrice) {
            revert ErrorsLib.ParameterOutOfBounds(cfg.minPrice, 1, cfg.maxPrice);
        }
        uint8 dec = cfg.feed.decimals();
        if (dec > MAX_FEED_DECIMALS) revert ErrorsLib.InvalidDecimals(dec);
        _feeds[asset] = Feed({
            feed: cfg.feed,
            heartbeat: cfg.heartbeat,
            coolOff: cfg.coolOff,
            maxDeviationBps: cfg.maxDeviationBps,
            decimals: dec,
            minPrice: cfg.minPrice,
            maxPrice: cfg.maxPrice
        });
        emit EventsLib.FeedSet(
            asset, address(cfg.feed), cfg.heartbeat, cfg.minPrice, cfg.maxPrice, cfg.maxDeviationBps, cfg.coolOff
        );
    }

    /// @notice The feed configuration of `asset` (zero feed if none).
    function feedConfig(address asset) external view returns (FeedConfig memory) {
        Feed memory f = _feeds[asset];
        return FeedConfig(f.feed, f.heartbeat, f.minPrice, f.maxPrice, f.maxDeviationBps, f.coolOff);
    }

    /// @inheritdoc IOracleRouter
    function getPrice(address asset) external view returns (uint256 priceWad) {
        priceWad = _price(asset);
    }

    /// @inheritdoc IOracleRouter
    function getLiquidationPrice(address asset) external view returns (uint256 priceWad) {
        uint256 seq = sequencerUntil();
        if (seq != 0) revert ErrorsLib.SequencerDown(seq);
        priceWad = _price(asset);
    }

    /// @inheritdoc IOracleRouter
    function frozenUntil(address asset) external view returns (uint256) {
        Feed memory f = _feed(asset);
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = f.feed.latestRoundData();
        return _frozenUntil(asset, f, roundId, answer, updatedAt);
    }

    /// @inheritdoc IOracleRouter
    /// @dev Also reverts SequencerDown while the L2 sequencer is down or in its grace period (new risk waits).
    function getPriceAndFrozen(address asset) external view returns (uint256 priceWad, uint256 frozenUntil_) {
        uint256 seq = sequencerUntil();
        if (seq != 0) revert ErrorsLib.SequencerDown(seq);
        Feed memory f = _feed(asset);
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = f.feed.latestRoundData();
        priceWad = _validate(asset, f, answer, updatedAt);
        frozenUntil_ = _frozenUntil(asset, f, roundId, answer, updatedAt);
    }

    /// @inheritdoc IOracleRouter
    /// @dev No sequencer on this router (L1, local chains): always 0. L2OracleRouter reads its uptime feed.
    function sequencerUntil() public view virtual returns (uint256) {
        return 0;
    }

    function _price(address asset) internal view returns (uint256 priceWad) {
        Feed memory f = _feed(asset);
        (, int256 answer,, uint256 updatedAt,) = f.feed.latestRoundData();
        priceWad = _validate(asset, f, answer, updatedAt);
    }

    function _feed(address asset) internal view returns (Feed memory f) {
        f = _feeds[asset];
        if (address(f.feed) == address(0)) revert ErrorsLib.FeedNotSet(asset);
    }

    function _validate(address asset, Feed memory f, int256 answer, uint256 updatedAt)
        internal
        view
        returns (uint256 priceWad)
    {
        if (answer <= 0) revert ErrorsLib.InvalidPrice(asset, answer);
        if (block.timestamp > updatedAt + f.heartbeat) revert ErrorsLib.StalePrice(asset, updatedAt);
        priceWad = uint256(answer) * 10 ** (MAX_FEED_DECIMALS - f.decimals);
        if (priceWad < f.minPrice || priceWad > f.maxPrice) revert ErrorsLib.PriceOutOfBounds(asset, priceWad);
    }

    /// @dev Frozen iff |p − p_prev| × BPS > maxDeviationBps × p_prev and now < updatedAt + coolOff.
    /// A missing or invalid previous round never freezes; a read of it that fails without a reason (out of gas)
    /// reverts PriceUnavailable, so a caller cannot starve the read to skip the breaker (issue 15).
    function _frozenUntil(address asset, Feed memory f, uint80 roundId, int256 answer, uint256 updatedAt)
        internal
        view
        returns (uint256)
    {
        uint256 until = updatedAt + f.coolOff;
        if (block.timestamp >= until || roundId == 0 || answer <= 0) return 0;
        int256 prev;
        try f.feed.getRoundData(roundId - 1) returns (uint80, int256 a, uint256, uint256, uint80) {
            prev = a;
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ErrorsLib.PriceUnavailable(asset);
            return 0;
        }
        if (prev <= 0) return 0;
        uint256 p = uint256(answer);
        uint256 q = uint256(prev);
        uint256 diff = p > q ? p - q : q - p;
        return diff * WadMath.BPS > f.maxDeviationBps * q ? until : 0;
    }
}
