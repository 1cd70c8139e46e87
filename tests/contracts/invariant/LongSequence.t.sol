// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {InvariantBase} from "./MarginInvariants.t.sol";
import {console} from "../utils/Console.sol";

/// @notice One long deterministic sequence over the same handlers (forge's campaigns are 64 calls deep): 1,000
/// pseudo-random calls, every invariant checked after each, and a proof that the handlers explore — borrows,
/// liquidations, bad debt and cover all happen, and most calls do something.
contract LongSequenceTest is InvariantBase {
    uint256 internal constant STEPS = 1_000;

    function test_longSequence_invariantsHoldAndHandlersExplore() public {
        uint256 r = 0x4d617267696e;
        uint256 reverts;
        for (uint256 n; n < STEPS; ++n) {
            r = uint256(keccak256(abi.encode(r)));
            FuzzSelector memory fs = _selectors[r % _selectors.length];
            bytes4 sel = fs.selectors[(r >> 8) % fs.selectors.length];
            (bool ok,) = fs.addr.call(abi.encodePacked(sel, abi.encode(r >> 16, r >> 32, r >> 48, r >> 64)));
            if (!ok) ++reverts;
            _checkAll();
        }
        afterInvariant();
        console.log("calls", STEPS);
        console.log("reverts", reverts);
        assertLt(reverts, STEPS / 2, "most calls should do something");
        assertGt(ghost.stat("borrows"), 10, "borrows explored");
        assertGt(ghost.stat("liquidations"), 3, "liquidations explored");
        assertGt(ghost.stat("badDebtEvents"), 0, "bad debt explored");
        assertGt(ghost.stat("coverTotal"), 0, "cover explored");
    }

    function _checkAll() internal view {
        _inv01();
        _inv02();
        _inv03();
        _inv04();
        _inv05();
        _inv06();
        _inv07();
        _inv08();
        _inv09();
        _inv10();
        _inv11();
        _inv12();
    }
}
