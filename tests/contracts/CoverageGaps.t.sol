// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MockAggregator} from "../../contracts/mocks/MockAggregator.sol";
import {WadMath} from "../../contracts/libraries/WadMath.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

/// @dev External wrapper so a library panic can be expected.
contract MathHarness {
    function collateralValue(uint256 amount, uint256 price, uint256 dA, uint256 dB) external pure returns (uint256) {
        return MarginMath.collateralValue(amount, price, dA, dB);
    }
}

/// @dev A feed whose latest round id is 0 (no previous round can exist).
contract ZeroRoundFeed is AggregatorV3Interface {
    int256 internal answer;

    constructor(int256 a) {
        answer = a;
    }

    function decimals() external pure returns (uint8) {
        return 8;
    }

    function description() external pure returns (string memory) {
        return "zero round";
    }

    function version() external pure returns (uint256) {
        return 1;
    }

    function getRoundData(uint80) external pure returns (uint80, int256, uint256, uint256, uint80) {
        revert("none");
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return (0, answer, block.timestamp, block.timestamp, 0);
    }
}

/// @notice Unit tests for the last uncovered paths of the libraries and the oracle router.
contract CoverageGapsTest is BaseTest {
    function test_mulDivUp_overflowingProduct_matchesOzCeil() public pure {
        uint256 x = 2 ** 200 + 7;
        uint256 y = 2 ** 100 + 3;
        uint256 d = 2 ** 60 + 1;
        assertEq(WadMath.mulDivUp(x, y, d), Math.mulDiv(x, y, d, Math.Rounding.Ceil), "512-bit path");
        assertEq(WadMath.mulDivDown(x, y, d), Math.mulDiv(x, y, d), "512-bit path, down");
    }

    function test_pow10_overflow_panics() public {
        MathHarness h = new MathHarness();
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        h.collateralValue(1, 1e18, 0, 78);
    }

    function test_frozenUntil_roundZero_neverFreezes() public {
        ZeroRoundFeed f = new ZeroRoundFeed(5e8);
        address asset = address(0xA55E7);
        vm.prank(admin);
        router.setFeed(asset, _feed(MockAggregator(address(f))));
        assertEq(router.frozenUntil(asset), 0, "round 0: no previous round, no freeze");
        assertEq(router.getPrice(asset), 5e18, "price usable");
    }
}
