// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title WadMath
/// @notice Fixed-point constants and exactly-once-rounded mulDiv helpers (docs/protocol.md §1).
library WadMath {
    /// @dev Fixed-point one (1e18).
    uint256 internal constant WAD = 1e18;
    /// @dev Basis-point one (10_000).
    uint256 internal constant BPS = 10_000;
    /// @dev Seconds in a (365-day) year, used by the rate model.
    uint256 internal constant YEAR = 365 days;

    /// @notice ⌊x × y / d⌋ with a 512-bit intermediate (OZ Math.mulDiv when x × y overflows 256 bits).
    function mulDivDown(uint256 x, uint256 y, uint256 d) internal pure returns (uint256 z) {
        unchecked {
            uint256 p = x * y;
            // Fast path: the product fits in 256 bits (exact same result as Math.mulDiv).
            if (d != 0 && (x == 0 || p / x == y)) return p / d;
        }
        return Math.mulDiv(x, y, d);
    }

    /// @notice ⌈x × y / d⌉ with a 512-bit intermediate (OZ Math.mulDiv when x × y overflows 256 bits).
    function mulDivUp(uint256 x, uint256 y, uint256 d) internal pure returns (uint256 z) {
        unchecked {
            uint256 p = x * y;
            if (d != 0 && (x == 0 || p / x == y)) return p / d + (p % d == 0 ? 0 : 1);
        }
        return Math.mulDiv(x, y, d, Math.Rounding.Ceil);
    }

    /// @notice min(a, b).
    function min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}
