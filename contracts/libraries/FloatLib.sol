// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title FloatLib
/// @notice Small binary floats `e << mantissaBits | m` standing for `m << e` (m < 2^mantissaBits, 7-bit exponent): a
/// storage encoding only, beside an exact copy that decides when the float cannot (docs/protocol.md §7 and §9,
/// "Storage"). With e = bitlen(x) − mantissaBits (0 for a short x), m keeps x's top bits, so the float is within
/// 2^−(mantissaBits − 1) of x, and exact when e = 0.
library FloatLib {
    /// @dev `x` (< 2^128) as a float, rounded down (m << e ≤ x) or up (`up`: m << e ≥ x).
    function encode(uint256 x, uint256 mantissaBits, bool up) internal pure returns (uint256) {
        uint256 e = x >> mantissaBits == 0 ? 0 : Math.log2(x) + 1 - mantissaBits;
        uint256 m = x >> e;
        if (up && m << e < x) {
            if (++m == 1 << mantissaBits) (m, e) = (m >> 1, e + 1);
        }
        return e << mantissaBits | m;
    }

    /// @dev The value m << e of the float in the low mantissaBits + 7 bits of `f` (higher bits ignored).
    function value(uint256 f, uint256 mantissaBits) internal pure returns (uint256) {
        return (f & ((1 << mantissaBits) - 1)) << ((f >> mantissaBits) & 0x7f);
    }

    /// @dev Decides `x < v` for the value v the down-rounded float `f` stands for, v ∈ [m << e, (m + 1) << e) (v =
    /// m when e = 0): `known` is false only for m << e ≤ x < (m + 1) << e (x >> e = m) with e > 0: a window 2^e wide,
    /// at most v × 2^−(mantissaBits − 1), where only the exact v decides.
    function below(uint256 x, uint256 f, uint256 mantissaBits) internal pure returns (bool known, bool isBelow) {
        uint256 e = (f >> mantissaBits) & 0x7f;
        uint256 m = f & ((1 << mantissaBits) - 1);
        uint256 q = x >> e; // x < m << e iff q < m; x ≥ (m + 1) << e iff q > m
        return (q != m || e == 0, q < m);
    }
}
