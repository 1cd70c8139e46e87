// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Vm} from "./Vm.sol";

/// @notice Minimal test base: cheatcode handle, assertions that revert with messages, bound helper.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev forge reads this flag to recognise a test contract.
    bool public IS_TEST = true;

    function _fail(string memory message) internal pure {
        revert(message);
    }

    function assertTrue(bool condition, string memory message) internal pure {
        if (!condition) _fail(message);
    }

    function assertTrue(bool condition) internal pure {
        assertTrue(condition, "assertTrue failed");
    }

    function assertFalse(bool condition, string memory message) internal pure {
        if (condition) _fail(message);
    }

    function assertEq(uint256 a, uint256 b, string memory message) internal pure {
        if (a != b) _fail(string.concat(message, ": ", _u(a), " != ", _u(b)));
    }

    function assertEq(uint256 a, uint256 b) internal pure {
        assertEq(a, b, "assertEq failed");
    }

    function assertEq(address a, address b, string memory message) internal pure {
        if (a != b) _fail(string.concat(message, ": address mismatch"));
    }

    function assertEq(bool a, bool b, string memory message) internal pure {
        if (a != b) _fail(string.concat(message, ": bool mismatch"));
    }

    function assertGe(uint256 a, uint256 b, string memory message) internal pure {
        if (a < b) _fail(string.concat(message, ": ", _u(a), " < ", _u(b)));
    }

    function assertGt(uint256 a, uint256 b, string memory message) internal pure {
        if (a <= b) _fail(string.concat(message, ": ", _u(a), " <= ", _u(b)));
    }

    function assertLe(uint256 a, uint256 b, string memory message) internal pure {
        if (a > b) _fail(string.concat(message, ": ", _u(a), " > ", _u(b)));
    }

    function assertLt(uint256 a, uint256 b, string memory message) internal pure {
        if (a >= b) _fail(string.concat(message, ": ", _u(a), " >= ", _u(b)));
    }

    /// @dev |a − b| ≤ maxDelta.
    function assertApproxEq(uint256 a, uint256 b, uint256 maxDelta, string memory message) internal pure {
        uint256 d = a > b ? a - b : b - a;
        if (d > maxDelta) _fail(string.concat(message, ": ", _u(a), " !~ ", _u(b)));
    }

    /// @dev Maps x into [lo, hi] (uniform enough for fuzzing, keeps edges reachable).
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo;
        if (size == type(uint256).max) return x;
        return lo + x % (size + 1);
    }

    function _u(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory b;
        while (v != 0) {
            b = abi.encodePacked(bytes1(uint8(48 + v % 10)), b);
            v /= 10;
        }
        return string(b);
    }
}
