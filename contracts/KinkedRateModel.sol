// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IRateModel} from "./interfaces/IRateModel.sol";
import {MarginMath} from "./libraries/MarginMath.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {WadMath} from "./libraries/WadMath.sol";

/// @title KinkedRateModel
/// @notice Immutable kinked (jump-rate) borrow rate model, docs/protocol.md §5.
contract KinkedRateModel is IRateModel {
    /// @notice Ceiling on the yearly rate at 100% utilization (1000% APR, WAD).
    uint256 public constant MAX_RATE_PER_YEAR = 10 * WadMath.WAD;
    /// @notice Lowest allowed kink (WAD).
    uint256 public constant MIN_KINK = WadMath.WAD / 100;

    /// @notice Yearly base rate (WAD).
    uint256 public immutable baseRatePerYear;
    /// @notice Yearly slope below the kink (WAD).
    uint256 public immutable slope1PerYear;
    /// @notice Yearly slope above the kink (WAD).
    uint256 public immutable slope2PerYear;
    /// @notice Kink utilization (WAD).
    uint256 public immutable kinkWad;

    /// @notice Sets the curve; the yearly rate at 100% utilization must not exceed MAX_RATE_PER_YEAR.
    constructor(uint256 baseRatePerYear_, uint256 slope1PerYear_, uint256 slope2PerYear_, uint256 kinkWad_) {
        if (kinkWad_ < MIN_KINK || kinkWad_ > WadMath.WAD) {
            revert ErrorsLib.ParameterOutOfBounds(kinkWad_, MIN_KINK, WadMath.WAD);
        }
        uint256 maxRate = baseRatePerYear_ + slope1PerYear_ + slope2PerYear_;
        if (maxRate > MAX_RATE_PER_YEAR) revert ErrorsLib.ParameterOutOfBounds(maxRate, 0, MAX_RATE_PER_YEAR);
        baseRatePerYear = baseRatePerYear_;
        slope1PerYear = slope1PerYear_;
        slope2PerYear = slope2PerYear_;
        kinkWad = kinkWad_;
    }

    /// @inheritdoc IRateModel
    function borrowRatePerSecond(uint256 utilizationWad) external view returns (uint256) {
        return MarginMath.kinkedRatePerSecond(utilizationWad, baseRatePerYear, slope1PerYear, slope2PerYear, kinkWad);
    }
}
