// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {OracleRouter, FeedConfig} from "../../contracts/OracleRouter.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";
import {MockAggregator} from "../../contracts/mocks/MockAggregator.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @notice OracleRouter (§9): price validation and the deviation circuit breaker.
contract OracleRouterTest is BaseTest {
    function test_getPrice_scalesToWad() public view {
        assertEq(router.getPrice(address(weth)), 2000e18, "8 -> 18 decimals");
        (uint256 p, uint256 f) = router.getPriceAndFrozen(address(wbtc));
        assertEq(p, 60_000e18, "btc");
        assertEq(f, 0, "not frozen");
        FeedConfig memory c = router.feedConfig(address(weth));
        assertEq(address(c.feed), address(ethFeed), "feed");
        assertEq(c.heartbeat, 1 hours, "heartbeat");
    }

    function test_getPrice_errors() public {
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.FeedNotSet.selector, address(usdc)));
        router.getPrice(address(usdc));
        ethFeed.setAnswer(-1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidPrice.selector, address(weth), int256(-1)));
        router.getPrice(address(weth));
        ethFeed.setAnswer(1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(weth), 1e10));
        router.getPrice(address(weth));
        ethFeed.setAnswer(2000e8);
        vm.warp(block.timestamp + 1 hours);
        router.getPrice(address(weth)); // exactly at the heartbeat: fresh
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.StalePrice.selector, address(weth), block.timestamp - 1 hours - 1));
        router.getPrice(address(weth));
    }

    function test_frozenUntil_deviationAndCoolOff() public {
        ethFeed.setAnswer(2200e8); // +10%: not more than 10%
        assertEq(router.frozenUntil(address(weth)), 0, "at the threshold");
        ethFeed.setAnswer(2420e8 + 1); // > +10%
        uint256 until = block.timestamp + 1 hours;
        assertEq(router.frozenUntil(address(weth)), until, "frozen");
        assertEq(router.getPrice(address(weth)), (2420e8 + 1) * 1e10, "price still valid");
        vm.warp(until - 1);
        assertEq(router.frozenUntil(address(weth)), until, "still frozen");
        vm.warp(until);
        assertEq(router.frozenUntil(address(weth)), 0, "cool-off over");
    }

    function test_frozenUntil_downMoveAndMissingRound() public {
        ethFeed.setAnswer(1700e8); // -15%
        assertGt(router.frozenUntil(address(weth)), 0, "down move freezes");
        MockAggregator fresh = new MockAggregator(8, 100e8); // only round 1: no previous round
        vm.prank(admin);
        router.setFeed(address(usdc), _feed(fresh));
        assertEq(router.frozenUntil(address(usdc)), 0, "no previous round: not frozen");
        fresh.setRound(5, 200e8, block.timestamp); // previous round 4 missing (getRoundData reverts)
        assertEq(router.frozenUntil(address(usdc)), 0, "missing previous round: not frozen");
    }

    function test_setFeed_boundsAndEmit() public {
        FeedConfig memory c = _feed(ethFeed);
        vm.startPrank(admin);
        c.heartbeat = 0;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0, 1, 2 days));
        router.setFeed(address(weth), c);
        c = _feed(ethFeed);
        c.coolOff = 2 days;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 2 days, 0, 1 days));
        router.setFeed(address(weth), c);
        c = _feed(ethFeed);
        c.maxDeviationBps = 10;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 10, 50, BPS));
        router.setFeed(address(weth), c);
        c = _feed(ethFeed);
        c.minPrice = c.maxPrice;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, c.maxPrice, 1, c.maxPrice));
        router.setFeed(address(weth), c);
        c = _feed(ethFeed);
        c.feed = AggregatorV3Interface(address(0));
        vm.expectRevert(ErrorsLib.ZeroAddress.selector);
        router.setFeed(address(weth), c);
        MockAggregator bad = new MockAggregator(19, 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidDecimals.selector, 19));
        router.setFeed(address(weth), _feed(bad));
        c = _feed(ethFeed);
        vm.expectEmit(true, true, false, true, address(router));
        emit EventsLib.FeedSet(address(weth), address(ethFeed), 1 hours, 1e12, 1e30, 1_000, 1 hours);
        router.setFeed(address(weth), c);
        vm.stopPrank();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0))
        );
        router.setFeed(address(weth), c);
    }

    function test_constructor_zeroAdmin() public {
        vm.expectRevert(ErrorsLib.ZeroAddress.selector);
        _deployArtifact("contracts/OracleRouter.sol:OracleRouter", abi.encode(address(0)));
    }

    function test_mockAggregator_history() public {
        ethFeed.setAnswer(2100e8);
        (uint80 id, int256 a,, uint256 t,) = ethFeed.latestRoundData();
        assertEq(id, 2, "round 2");
        assertEq(uint256(a), 2100e8, "answer");
        assertEq(t, block.timestamp, "updatedAt");
        (, int256 prev,,,) = ethFeed.getRoundData(1);
        assertEq(uint256(prev), 2000e8, "history");
        assertEq(ethFeed.version(), 4, "version");
        assertTrue(bytes(ethFeed.description()).length > 0, "description");
        // One slot per round, as Chainlink's OCR2 Transmission: an answer beyond int192 cannot be reported.
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedIntDowncast.selector, 192, type(int256).max));
        ethFeed.setAnswer(type(int256).max);
        vm.expectRevert("No data present");
        ethFeed.getRoundData(9);
    }

    /// @dev The bounds stay exact although a price read loads only the feed's first slot (rounded bounds there, the
    /// exact ones in the second slot for a price outside the rounded ones): bounds no 14-bit float can hold, prices
    /// one wei inside and outside each (an 18-decimal feed, so the WAD price is the answer itself).
    function test_bounds_exactToTheWei() public {
        MockAggregator f18 = new MockAggregator(18, 1e18);
        uint128 lo = 1_234_567_890_123_456_789;
        uint128 hi = 98_765_432_109_876_543_210_123;
        FeedConfig memory c = FeedConfig(AggregatorV3Interface(address(f18)), 2 days, lo, hi, 10_000, 1 days);
        vm.prank(admin);
        router.setFeed(address(usdc), c);
        FeedConfig memory back = router.feedConfig(address(usdc));
        assertEq(keccak256(abi.encode(back)) == keccak256(abi.encode(c)), true, "feedConfig returns the exact configuration");
        int256[4] memory ok = [int256(uint256(lo)), int256(uint256(lo)) + 1, int256(uint256(hi)) - 1, int256(uint256(hi))];
        for (uint256 i; i < 4; ++i) {
            f18.setAnswer(ok[i]);
            assertEq(router.getPrice(address(usdc)), uint256(ok[i]), "inside the exact bounds");
        }
        f18.setAnswer(int256(uint256(lo)) - 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(usdc), lo - 1));
        router.getPrice(address(usdc));
        f18.setAnswer(int256(uint256(hi)) + 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(usdc), uint256(hi) + 1));
        router.getPrice(address(usdc));
        // The widest configuration setFeed accepts round-trips too.
        c = FeedConfig(AggregatorV3Interface(address(f18)), 2 days, 1, type(uint128).max, 50, 1 days);
        vm.prank(admin);
        router.setFeed(address(usdc), c);
        assertEq(keccak256(abi.encode(router.feedConfig(address(usdc)))) == keccak256(abi.encode(c)), true, "widest configuration");
        f18.setAnswer(1);
        assertEq(router.getPrice(address(usdc)), 1, "one wei at the lowest bound");
    }

    /// @dev For any bounds and price: accepted iff minPrice <= price <= maxPrice (§9). Two thirds of the runs put
    /// the price within 2^23 wei of a bound, where the rounded bounds of the first slot differ from the exact ones.
    function testFuzz_bounds_exact(uint128 lo, uint128 hi, uint256 price, uint8 mode, uint24 offset) public {
        lo = uint128(bound(lo, 1, type(uint128).max - 1));
        hi = uint128(bound(hi, uint256(lo) + 1, type(uint128).max));
        if (mode % 3 != 0) {
            uint256 at = mode % 3 == 1 ? lo : hi;
            price = at + offset < (1 << 23) ? 1 : at + offset - (1 << 23);
        }
        price = bound(price, 1, type(uint128).max);
        MockAggregator f18 = new MockAggregator(18, int256(price));
        vm.prank(admin);
        router.setFeed(address(usdc), FeedConfig(AggregatorV3Interface(address(f18)), 1 hours, lo, hi, 1_000, 1 hours));
        if (price < lo || price > hi) {
            vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(usdc), price));
        }
        router.getPrice(address(usdc));
    }
}
