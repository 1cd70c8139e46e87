// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {KinkedRateModel} from "../../contracts/KinkedRateModel.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";

/// @notice MarginMath properties (tiers, health monotonicity, rounding) and the KinkedRateModel.
contract MarginMathTest is BaseTest {
    /* TIERS */

    function _tier(uint256 v, uint256 f, uint256 a, uint256 b1, uint256 b2, uint256 c2, uint256 c3)
        internal
        pure
        returns (uint256)
    {
        return MarginMath.tieredAdjusted(v, f, a, b1, b2, c2, c3);
    }

    function test_tieredAdjusted_example() public pure {
        // 2M at LT 80%, cuts 5% / 15%, B1 1M, B2 5M: 1M × 0.80 + 1M × 0.75 = 1.55M
        uint256 v = _tier(2_000_000e6, 8_000, 0, 1_000_000e6, 5_000_000e6, 500, 1_500);
        assertEq(v, 1_550_000e6, "bracket-wise");
        // add-on 30% with cut3 15% on 80%: bracket 3 factor floors at 35%, not negative
        assertEq(_tier(6_000_000e6, 8_000, 3_000, 1_000_000e6, 5_000_000e6, 500, 1_500),
            (1_000_000e6 * 5_000 + 4_000_000e6 * 4_500 + 1_000_000e6 * 3_500) / 10_000, "add-on");
        assertEq(_tier(1e6, 1_000, 2_000, 0, 0, 0, 0), 0, "factor floored at zero");
    }

    /// @notice Fuzz: adjusted value is continuous (a unit step adds 0 or 1) and non-decreasing at every
    /// bracket boundary (B1 − 1, B1, B1 + 1, B2 − 1, B2, B2 + 1).
    function testFuzz_tier_continuityAtBoundaries(uint256 f, uint256 a, uint256 b1, uint256 gap, uint256 c2, uint256 c3)
        public
        pure
    {
        f = bound(f, 1, 9_500);
        a = bound(a, 0, 5_000);
        b1 = bound(b1, 1, 1e24);
        uint256 b2 = b1 + bound(gap, 1, 1e24);
        c2 = bound(c2, 0, 10_000);
        c3 = bound(c3, c2, 10_000);
        uint256[6] memory pts = [b1 - 1, b1, b1 + 1, b2 - 1, b2, b2 + 1];
        for (uint256 i; i < pts.length; ++i) {
            uint256 lo = _tier(pts[i], f, a, b1, b2, c2, c3);
            uint256 hi = _tier(pts[i] + 1, f, a, b1, b2, c2, c3);
            assertGe(hi, lo, "non-decreasing");
            assertLe(hi - lo, 1, "no cliff");
        }
        // exact (unfloored) sums agree from both sides of each break
        uint256 f1 = f > a ? f - a : 0;
        uint256 f2 = f > c2 + a ? f - c2 - a : 0;
        assertEq(_tier(b1, f, a, b1, b2, c2, c3), b1 * f1 / 10_000, "B1 from below");
        assertEq(_tier(b2, f, a, b1, b2, c2, c3), (b1 * f1 + (b2 - b1) * f2) / 10_000, "B2 from below");
    }

    /// @notice Fuzz: adjusted value is non-decreasing in position value and never above value × factor.
    function testFuzz_tier_monotone(uint256 v1, uint256 v2, uint256 f, uint256 a) public pure {
        v1 = bound(v1, 0, 1e30);
        v2 = bound(v2, v1, 1e30);
        f = bound(f, 1, 9_500);
        a = bound(a, 0, 5_000);
        uint256 x = _tier(v1, f, a, 1_000_000e6, 5_000_000e6, 500, 1_500);
        uint256 y = _tier(v2, f, a, 1_000_000e6, 5_000_000e6, 500, 1_500);
        assertLe(x, y, "monotone");
        assertLe(y, v2 * f / 10_000, "at most the untiered value");
    }

    /* HEALTH MONOTONICITY */

    /// @notice Fuzz: account health is non-decreasing in the collateral price.
    function testFuzz_health_monotoneInPrice(uint256 p1, uint256 p2, uint256 debt) public {
        _supply(lender, 10_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _deposit(alice, 0, wbtc, 0.1e8);
        _borrow(alice, 0, bound(debt, 1, 19_200 * USDC));
        p1 = bound(p1, 1e8, 1_000_000e8);
        p2 = bound(p2, p1, 1_000_000e8);
        ethFeed.setAnswer(int256(p1));
        uint256 h1 = vault.health(alice, 0);
        ethFeed.setAnswer(int256(p2));
        uint256 h2 = vault.health(alice, 0);
        assertLe(h1, h2, "health fell as price rose");
    }

    /// @notice Fuzz: account health is non-decreasing in collateral (more deposits never hurt).
    function testFuzz_health_monotoneInCollateral(uint256 extra, uint256 debt, uint256 price) public {
        _supply(lender, 10_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, bound(debt, 1, 15_000 * USDC));
        ethFeed.setAnswer(int256(bound(price, 1e8, 10_000_000e8))); // up to tier 3 of a 10-ETH position
        uint256 h1 = vault.health(alice, 0);
        _deposit(alice, 0, weth, bound(extra, 1, 1_000_000 ether));
        uint256 h2 = vault.health(alice, 0);
        assertLe(h1, h2, "health fell with more collateral");
        _deposit(alice, 0, wbtc, 1);
        assertLe(h2, vault.health(alice, 0), "another asset");
    }

    /// @notice Fuzz: pure-level health monotone in capacity and antitone in debt.
    function testFuzz_health_pure(uint256 l1, uint256 l2, uint256 d1, uint256 d2) public pure {
        l1 = bound(l1, 0, 1e40);
        l2 = bound(l2, l1, 1e40);
        d1 = bound(d1, 1, 1e40);
        d2 = bound(d2, d1, 1e40);
        assertLe(MarginMath.health(l1, d1), MarginMath.health(l2, d1), "capacity");
        assertGe(MarginMath.health(l1, d1), MarginMath.health(l1, d2), "debt");
        assertEq(MarginMath.health(l1, d1) < WAD, l1 < d1, "liquidatable iff L < D");
    }

    /* ROUNDING */

    /// @notice Fuzz: round trips favour the protocol.
    function testFuzz_rounding_favoursProtocol(uint256 amount, uint256 idx) public pure {
        amount = bound(amount, 0, 1e30);
        idx = bound(idx, 1e18, 100e18);
        // supply then read back: never more
        assertLe(MarginMath.toSupplyBalance(MarginMath.supplyPrincipalFor(amount, idx), idx), amount, "supply");
        // borrow then read debt: never less
        assertGe(MarginMath.toDebt(MarginMath.borrowPrincipalFor(amount, idx), idx), amount, "borrow");
        // withdrawing the balance never needs more principal than held
        uint256 p = amount;
        assertLe(MarginMath.withdrawPrincipalFor(MarginMath.toSupplyBalance(p, idx), idx), p, "withdraw");
        // repaying less than the debt leaves principal
        uint256 debt = MarginMath.toDebt(p, idx);
        if (debt > 0) assertLt(MarginMath.repayPrincipalFor(debt - 1, p, idx), p == 0 ? 1 : p, "partial repay");
        assertEq(MarginMath.repayPrincipalFor(debt, p, idx), p, "full repay");
    }

    /// @notice Fuzz: collateralValue and collateralAmountFor are mutually consistent and round down.
    function testFuzz_valueAmount_roundTrip(uint256 amount, uint256 price, uint256 dec) public pure {
        amount = bound(amount, 0, 1e30);
        price = bound(price, 1e12, 1e30);
        dec = bound(dec, 0, 18);
        uint256 v = MarginMath.collateralValue(amount, price, dec, 6);
        assertLe(MarginMath.collateralAmountFor(v, price, dec, 6), amount, "amount back <= amount");
    }

    function test_liquidationAmounts_units() public pure {
        // debt 10,000, health 0.96, 50% cap, bonus 5%, share 10%, 10 ETH at 1,200
        (uint256 r, uint256 s, uint256 f) = MarginMath.liquidationAmounts(
            10_000e6, 0.96e18, type(uint256).max, 5_000, 0.95e18, 10e6, 500, 1_000, 10 ether, 1200e18, 18, 6
        );
        assertEq(r, 5_000e6, "repay");
        assertEq(s, 4.375 ether, "seized");
        assertEq(f, 25e6, "fee");
        // fee rounds up
        (,, f) = MarginMath.liquidationAmounts(1, 0.5e18, 1, 5_000, 0.95e18, 0, 500, 1_000, 10 ether, 1200e18, 18, 6);
        assertEq(f, 1, "fee ceil");
    }

    function test_badDebtSplit_units() public pure {
        (uint256 c, uint256 s, uint256 d) = MarginMath.badDebtSplit(1_000e6, 2_000e6, 3_000, 1e12);
        assertEq(c, 600e6, "cover capped");
        assertEq(s, 400e6, "socialized");
        assertEq(d, 400e6 * 1e18 / 1e12, "drop");
        (,, d) = MarginMath.badDebtSplit(1, 0, 3_000, 3);
        assertEq(d, 333_333_333_333_333_334, "drop rounds up");
        (,, d) = MarginMath.badDebtSplit(1, 0, 3_000, 0);
        assertEq(d, 0, "no lenders");
    }

    function externalCollateralValue(uint256 a, uint256 p, uint256 da, uint256 db) external pure returns (uint256) {
        return MarginMath.collateralValue(a, p, da, db);
    }

    function test_collateralValue_revertsOnDecimalOverflow() public {
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        this.externalCollateralValue(1, 1, 60, 0); // 10^(60 + 18) overflows
        assertEq(this.externalCollateralValue(1e18, 2e18, 18, 50), 2e50, "10^50 fine");
    }

    function test_effectiveAddOn_units() public pure {
        assertEq(MarginMath.effectiveAddOn(100, 500, 0, 1_000), 100, "none pending");
        assertEq(MarginMath.effectiveAddOn(100, 500, 1_001, 1_000), 100, "in grace");
        assertEq(MarginMath.effectiveAddOn(100, 500, 1_000, 1_000), 500, "effective at");
    }

    /* RATE MODEL */

    function test_kinkedRateModel() public {
        KinkedRateModel m = new KinkedRateModel(0.02e18, 0.1e18, 1e18, 0.8e18);
        assertEq(m.borrowRatePerSecond(0), uint256(0.02e18) / 365 days, "base");
        assertEq(m.borrowRatePerSecond(0.8e18), uint256(0.02e18 + 0.08e18) / 365 days, "at kink");
        assertEq(m.borrowRatePerSecond(1e18), uint256(0.02e18 + 0.08e18 + 0.2e18) / 365 days, "full");
        assertEq(m.baseRatePerYear() + m.slope1PerYear() + m.slope2PerYear(), 1.12e18, "getters");
        assertEq(m.kinkWad(), 0.8e18, "kink");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0, 0.01e18, 1e18));
        new KinkedRateModel(0, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 11e18, 0, 10e18));
        new KinkedRateModel(1e18, 0, 10e18, 0.5e18);
    }

    /// @notice Fuzz: the kinked rate is non-decreasing in utilization.
    function testFuzz_kinkedRate_monotone(uint256 u1, uint256 u2) public pure {
        u1 = bound(u1, 0, 1e18);
        u2 = bound(u2, u1, 1e18);
        assertLe(
            MarginMath.kinkedRatePerSecond(u1, 0.02e18, 0.1e18, 1e18, 0.8e18),
            MarginMath.kinkedRatePerSecond(u2, 0.02e18, 0.1e18, 1e18, 0.8e18),
            "rate monotone"
        );
    }
}
