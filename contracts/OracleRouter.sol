// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {IOracleRouter} from "./interfaces/IOracleRouter.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {WadMath} from "./libraries/WadMath.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

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

    /// @dev One feed in two slots (docs/protocol.md §9, docs/gas.md). `word` holds all a price read needs: the feed
    /// (bits 0-159), heartbeat (18 bits), coolOff (17), maxDeviationBps (14), feed decimals (5) and both bounds rounded
    /// inward to 21-bit floats (14-bit mantissa << 7-bit exponent, relative error < 2^-13): a price inside the rounded
    /// bounds is inside the exact ones, so the exact `minPrice|maxPrice` slot is read only for a price outside them.
    /// The widths hold every value setFeed accepts (MAX_HEARTBEAT < 2^18, MAX_COOL_OFF < 2^17, BPS < 2^14,
    /// MAX_FEED_DECIMALS < 2^5, bounds < 2^128).
    struct Feed {
        uint256 word;
        uint128 minPrice;
        uint128 maxPrice;
    }

    uint256 private constant HEARTBEAT_SHIFT = 160;
    uint256 private constant COOL_OFF_SHIFT = 178;
    uint256 private constant DEVIATION_SHIFT = 195;
    uint256 private constant DECIMALS_SHIFT = 209;
    uint256 private constant LOW_SHIFT = 214;
    uint256 private constant HIGH_SHIFT = 235;
    uint256 private constant MANTISSA_BITS = 14;

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
            word: uint256(uint160(address(cfg.feed))) | uint256(cfg.heartbeat) << HEARTBEAT_SHIFT
                | uint256(cfg.coolOff) << COOL_OFF_SHIFT | uint256(cfg.maxDeviationBps) << DEVIATION_SHIFT
                | uint256(dec) << DECIMALS_SHIFT | _float(cfg.minPrice, true) << LOW_SHIFT
                | _float(cfg.maxPrice, false) << HIGH_SHIFT,
            minPrice: cfg.minPrice,
            maxPrice: cfg.maxPrice
        });
        emit EventsLib.FeedSet(
            asset, address(cfg.feed), cfg.heartbeat, cfg.minPrice, cfg.maxPrice, cfg.maxDeviationBps, cfg.coolOff
        );
    }

    /// @notice The feed configuration of `asset` (zero feed if none).
    function feedConfig(address asset) external view returns (FeedConfig memory) {
        Feed storage f = _feeds[asset];
        uint256 w = f.word;
        return FeedConfig(
            _aggregator(w),
            uint32(_field(w, HEARTBEAT_SHIFT, 18)),
            f.minPrice,
            f.maxPrice,
            uint16(_field(w, DEVIATION_SHIFT, 14)),
            uint32(_field(w, COOL_OFF_SHIFT, 17))
        );
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
        uint256 w = _word(asset);
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = _aggregator(w).latestRoundData();
        return _frozenUntil(asset, w, roundId, answer, updatedAt);
    }

    /// @inheritdoc IOracleRouter
    /// @dev Also reverts SequencerDown while the L2 sequencer is down or in its grace period (new risk waits).
    function getPriceAndFrozen(address asset) external view returns (uint256 priceWad, uint256 frozenUntil_) {
        uint256 seq = sequencerUntil();
        if (seq != 0) revert ErrorsLib.SequencerDown(seq);
        uint256 w = _word(asset);
        (uint80 roundId, int256 answer,, uint256 updatedAt,) = _aggregator(w).latestRoundData();
        priceWad = _validate(asset, w, answer, updatedAt);
        frozenUntil_ = _frozenUntil(asset, w, roundId, answer, updatedAt);
    }

    /// @inheritdoc IOracleRouter
    /// @dev No sequencer on this router (L1, local chains): always 0. L2OracleRouter reads its uptime feed.
    function sequencerUntil() public view virtual returns (uint256) {
        return 0;
    }

    function _price(address asset) internal view returns (uint256 priceWad) {
        uint256 w = _word(asset);
        (, int256 answer,, uint256 updatedAt,) = _aggregator(w).latestRoundData();
        priceWad = _validate(asset, w, answer, updatedAt);
    }

    /// @dev The first slot of `asset`'s feed; reverts FeedNotSet if none.
    function _word(address asset) internal view returns (uint256 w) {
        w = _feeds[asset].word;
        if (uint160(w) == 0) revert ErrorsLib.FeedNotSet(asset);
    }

    function _validate(address asset, uint256 w, int256 answer, uint256 updatedAt)
        internal
        view
        returns (uint256 priceWad)
    {
        if (answer <= 0) revert ErrorsLib.InvalidPrice(asset, answer);
        if (block.timestamp > updatedAt + _field(w, HEARTBEAT_SHIFT, 18)) {
            revert ErrorsLib.StalePrice(asset, updatedAt);
        }
        priceWad = uint256(answer) * 10 ** (MAX_FEED_DECIMALS - _field(w, DECIMALS_SHIFT, 5));
        // Inside the inward-rounded bounds of the first slot: inside the exact ones, no second read.
        if (priceWad < _unfloat(w >> LOW_SHIFT) || priceWad > _unfloat(w >> HIGH_SHIFT)) {
            Feed storage f = _feeds[asset];
            if (priceWad < f.minPrice || priceWad > f.maxPrice) revert ErrorsLib.PriceOutOfBounds(asset, priceWad);
        }
    }

    /// @dev Frozen iff |p − p_prev| × BPS > maxDeviationBps × p_prev and now < updatedAt + coolOff.
    /// A missing or invalid previous round never freezes; a read of it that fails without a reason (out of gas)
    /// reverts PriceUnavailable, so a caller cannot starve the read to skip the breaker (issue 15).
    function _frozenUntil(address asset, uint256 w, uint80 roundId, int256 answer, uint256 updatedAt)
        internal
        view
        returns (uint256)
    {
        uint256 until = updatedAt + _field(w, COOL_OFF_SHIFT, 17);
        if (block.timestamp >= until || roundId == 0 || answer <= 0) return 0;
        int256 prev;
        try _aggregator(w).getRoundData(roundId - 1) returns (uint80, int256 a, uint256, uint256, uint80) {
            prev = a;
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ErrorsLib.PriceUnavailable(asset);
            return 0;
        }
        if (prev <= 0) return 0;
        uint256 p = uint256(answer);
        uint256 q = uint256(prev);
        uint256 diff = p > q ? p - q : q - p;
        return diff * WadMath.BPS > _field(w, DEVIATION_SHIFT, 14) * q ? until : 0;
    }

    function _aggregator(uint256 w) private pure returns (AggregatorV3Interface) {
        return AggregatorV3Interface(address(uint160(w)));
    }

    function _field(uint256 w, uint256 shift, uint256 bits) private pure returns (uint256) {
        return (w >> shift) & ((1 << bits) - 1);
    }

    /// @dev `x` (< 2^128) as a 21-bit float m << e with m < 2^14, rounded up (`up`) or down.
    function _float(uint256 x, bool up) private pure returns (uint256) {
        uint256 e = x >> MANTISSA_BITS == 0 ? 0 : Math.log2(x) + 1 - MANTISSA_BITS;
        uint256 m = x >> e;
        if (up && m << e < x) {
            if (++m == 1 << MANTISSA_BITS) (m, e) = (m >> 1, e + 1);
        }
        return e << MANTISSA_BITS | m;
    }

    /// @dev The value of the 21-bit float in the low bits of `f`.
    function _unfloat(uint256 f) private pure returns (uint256) {
        return (f & ((1 << MANTISSA_BITS) - 1)) << ((f >> MANTISSA_BITS) & 0x7f);
    }
}
