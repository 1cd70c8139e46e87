// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {MarketParams} from "../../contracts/interfaces/IMarginVault.sol";

/// @notice docs/protocol.md §6, the passages issue 23 made precise: a second increase while one is pending
/// is stepped from the value in force and restarts the grace; a pending value taking effect is not an update
/// for the minimum interval.
contract AddOnRulesTest is BaseTest {
    function test_secondIncrease_stepsFromValueInForce_andRestartsTheGrace() public {
        uint256 t0 = START; // explicit: via-IR may read block.timestamp once per function, across vm.warp
        vm.prank(riskOracle);
        vault.setAddOn(address(weth), 300); // pending until t0 + 6 h
        vm.warp(t0 + 1 hours);
        // in force is still 0: 500 is a step of 500 (allowed), not 200 from the pending 300
        uint256 effectiveAt = t0 + 1 hours + 6 hours;
        vm.expectEmit(true, false, false, true, address(vault));
        emit EventsLib.MarginCall(address(weth), 500, effectiveAt);
        vm.prank(riskOracle);
        vault.setAddOn(address(weth), 500);
        vm.warp(t0 + 6 hours); // the first announcement's time: replaced, so nothing applies yet
        assertEq(vault.effectiveAddOn(address(weth)), 0, "replaced increase never applies");
        vm.warp(effectiveAt - 1);
        assertEq(vault.effectiveAddOn(address(weth)), 0, "one second before the restarted grace ends");
        vm.warp(effectiveAt);
        assertEq(vault.effectiveAddOn(address(weth)), 500, "in force from effectiveAt itself");
    }

    function test_pendingTakingEffect_isNotAnUpdate_forTheMinimumInterval() public {
        MarketParams memory p = defaultParams();
        p.addOnGrace = 10 minutes; // shorter than addOnMinInterval (1 hour)
        vm.prank(admin);
        vault.setMarketParams(p);
        uint256 t0 = START; // explicit: via-IR may read block.timestamp once per function, across vm.warp
        vm.prank(riskOracle);
        vault.setAddOn(address(weth), 300); // in force from t0 + 10 min
        vm.warp(t0 + 10 minutes);
        assertEq(vault.effectiveAddOn(address(weth)), 300, "pending took effect");
        vm.warp(t0 + 1 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.AddOnTooSoon.selector, t0 + 1 hours));
        vm.prank(riskOracle);
        vault.setAddOn(address(weth), 200);
        // counted from the call at t0, not from t0 + 10 min when the value took effect
        vm.warp(t0 + 1 hours);
        vm.prank(riskOracle);
        vault.setAddOn(address(weth), 200); // a decrease, measured from the 300 in force
        assertEq(vault.effectiveAddOn(address(weth)), 200, "decrease immediate");
    }
}
