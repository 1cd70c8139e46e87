// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {PerpBaseTest} from "./utils/PerpBaseTest.sol";
import {IPerpMarkets} from "../../contracts/interfaces/IPerpMarkets.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";

/// @notice One health for spot and perps (docs/protocol.md §13.6): the vault's `health`, `healthBatch` and spot
/// `liquidate` see positions and perp cash; collateral is seized against negative perp cash (§13.8); the penalty
/// is capped at the equity the close leaves (§13.7); the liquidation price view (§13.7). Expected values are worked
/// out by hand in the comments (WETH LT 80 %, BF 75 %, bonus 5 %, protocol share 10 %; ETH-PERP MM 5 %, IM 10 %).
contract PerpUnifiedTest is PerpBaseTest {
    /// @dev (alice, 0): 10 WETH, debt 10,000, long 20 ETH-PERP (cash −20.4 after the fee, §13.14 E18); ETH at 1,800.
    function _crossAtEighteenHundred() internal {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 10_000 * USDC);
        _trade(alice, 0, ETH, 20e18);
        _setPriceSettled(ethFeed, 1_800e8);
    }

    /* ONE HEALTH (§13.6) */

    function test_spotHealthAndBatch_seePositions() public {
        _crossAtEighteenHundred();
        // L = 18,000 × 80% = 14,400; pnl = 36,000 − 40,000 = −4,000; numL = 14,400 − 20.4 − 4,000 = 10,379.6;
        // MM = 36,000 × 5% = 1,800 → health = 10,379.6 / 11,800 (spot alone would say 14,400 / 10,000 = 1.44)
        uint256 expected = uint256(10_379_600_000) * WAD / 11_800_000_000;
        assertEq(vault.health(alice, 0), expected, "health() is s.13.6");
        address[] memory owners = new address[](2);
        uint256[] memory subIds = new uint256[](2);
        owners[0] = alice;
        owners[1] = bob;
        (uint256[] memory h, uint256[] memory debts, uint256[] memory unpriced) = vault.healthBatch(owners, subIds);
        assertEq(h[0], expected, "healthBatch is s.13.6");
        assertEq(debts[0], 10_000 * USDC, "debt");
        assertEq(unpriced[0], 0, "priced");
        assertEq(h[1], type(uint256).max, "spot-only empty account unchanged");
    }

    function test_healthBatch_unreadablePerpPrice_failsThatAccountOnly() public {
        _cash(carol, 1, 10_000 * USDC);
        _trade(carol, 1, BTC, 0.1e18);
        vm.warp(START + 2 hours); // WBTC's feed (heartbeat 1 hour) is stale now
        address[] memory owners = new address[](2);
        uint256[] memory subIds = new uint256[](2);
        owners[0] = carol;
        subIds[0] = 1;
        owners[1] = bob;
        (uint256[] memory h,, uint256[] memory unpriced) = vault.healthBatch(owners, subIds);
        assertEq(h[0], 0, "unknown health is reported as 0");
        assertEq(unpriced[0], type(uint256).max, "every bit set: the account could not be priced");
        assertEq(h[1], type(uint256).max, "the batch goes on");
        assertEq(unpriced[1], 0, "other account unaffected");
    }

    function test_spotLiquidate_crossAccountThroughCollateral_debtFirstThenCash() public {
        _crossAtEighteenHundred();
        usdc.mint(liquidator, 20_000 * USDC);
        uint256 lvBefore = usdc.balanceOf(address(plv));
        uint256 vaultBefore = usdc.balanceOf(address(vault));
        // health 0.8796 < 0.95: the whole obligation D + (20.4 + 4,000) = 14,020.4 may be repaid;
        // seize ⌊14,020.4 × 1.05⌋ = 14,721.42 USDC of WETH = ⌊14,721.42e30 / 1,800e18⌋ wei;
        // fee ⌈14,020.4 × 5% × 10%⌉ = 70.102
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized, uint256 fee) =
            vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        assertEq(repaid, 14_020_400_000, "debt + perp shortfall");
        assertEq(seized, 8_178_566_666_666_666_666, "seized with the bonus");
        assertEq(fee, 70_102_000, "protocol share of the bonus");
        assertEq(vault.debtOf(alice, 0), 0, "debt repaid first");
        (, int256 cash) = _position(alice, 0, ETH);
        assertEqI(cash, 4_000_000_000, "-20.4 + 4,020.4 paid into the cash");
        assertEq(usdc.balanceOf(address(plv)) - lvBefore, 4_020_400_000, "the cash part reached the liquidity vault");
        assertEq(usdc.balanceOf(address(vault)) - vaultBefore, 10_000 * USDC + 70_102_000, "debt and fee to the vault");
        // after: 1.821433333333333334 WETH → value ⌊3,278.58⌋, L = 2,622.864; numL = 2,622.864 + 4,000 − 4,000
        assertEq(vault.health(alice, 0), uint256(2_622_864_000) * WAD / 1_800_000_000, "health rose");
    }

    function test_spotLiquidate_healthyByUnifiedHealth_reverts() public {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _cash(alice, 0, 2_000 * USDC);
        _borrow(alice, 0, 15_000 * USDC); // numC = 15,000 + 2,000 ≥ 15,000
        _setPriceSettled(ethFeed, 1_850e8);
        // spot alone: 14,800 / 15,000 < 1; with the cash: 16,800 / 15,000 = 1.12
        assertEq(vault.health(alice, 0), 1.12e18, "cash counts");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, uint256(1.12e18)));
        vm.prank(liquidator);
        vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
    }

    /* NEGATIVE CASH AGAINST COLLATERAL (§13.8), PENALTY CAP (§13.7) */

    function test_negativeCash_collateralSeized_penaltyCappedAtZero() public {
        _deposit(alice, 0, weth, 1 ether);
        _trade(alice, 0, ETH, 5e18); // fee 5 + ⌈25 × 2,000 / 2e6⌉ = 5.025 → cash −5.025
        _setPriceSettled(ethFeed, 1_700e8);
        // numL = 1,360 − 5.025 − 1,500 = −145.025: health 0, the whole position is closed; the equity the close
        // leaves is −145.025 ≤ 0, so no penalty (uncapped it would be 85)
        uint256 liqBefore = usdc.balanceOf(liquidator);
        (uint256 closed, uint256 penalty) = _liquidate(alice, 0, ETH, type(uint256).max);
        assertEq(closed, 5e18, "all");
        assertEq(penalty, 0, "capped at the remaining equity");
        assertEq(usdc.balanceOf(liquidator), liqBefore, "nothing paid");
        (, int256 cash) = _position(alice, 0, ETH);
        assertEqI(cash, -1_505_025_000, "the loss stays as negative cash beside the collateral");
        // nothing owed but the cash: accountHealth(1,360 − 1,505.025 < 0, 0, 0) = 0
        assertEq(vault.health(alice, 0), 0, "liquidatable through the collateral");
        usdc.mint(liquidator, 2_000 * USDC);
        uint256 lvBefore = usdc.balanceOf(address(plv));
        // obligation 1,505.025; seize ⌊1,505.025 × 1.05⌋ = 1,580.27625 USDC of WETH at 1,700; fee ⌈7.525125⌉
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized, uint256 fee) =
            vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        assertEq(repaid, 1_505_025_000, "the negative cash");
        assertEq(seized, 929_574_264_705_882_352, "1,580.27625e30 / 1,700e18");
        assertEq(fee, 7_525_125, "fee");
        (, cash) = _position(alice, 0, ETH);
        assertEqI(cash, 0, "cash restored");
        assertEq(usdc.balanceOf(address(plv)) - lvBefore, 1_505_025_000, "to the liquidity vault");
        assertEq(vault.health(alice, 0), type(uint256).max, "owes nothing");
    }

    function test_negativeCash_collateralExhausted_insuranceCovers() public {
        usdc.mint(address(this), 10_000 * USDC);
        pool.deposit(10_000 * USDC, address(this));
        _deposit(alice, 0, weth, 0.5 ether);
        _trade(alice, 0, ETH, 3e18); // fee 3 + ⌈9 × 2,000 / 2e6⌉ = 3.009
        _setPriceSettled(ethFeed, 1_500e8);
        _liquidate(alice, 0, ETH, type(uint256).max); // −1,500 realized, penalty 0 (equity −903.009)
        (, int256 cash) = _position(alice, 0, ETH);
        assertEqI(cash, -1_503_009_000, "negative cash");
        usdc.mint(liquidator, 2_000 * USDC);
        uint256 poolBefore = usdc.balanceOf(address(pool));
        // seize ⌊1,503.009 × 1.05⌋ = 1,578.15945 > 750 of WETH: all 0.5 WETH for ⌈750 / 1.05⌉ = 714.285715;
        // cash −1,503.009 + 714.285715 = −788.723285 with nothing left: insurance covers it
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PerpDeficit(alice, 0, type(uint256).max, 788_723_285, 788_723_285);
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized,) = vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        assertEq(repaid, 714_285_715, "capped at the collateral");
        assertEq(seized, 0.5 ether, "all the collateral");
        (, cash) = _position(alice, 0, ETH);
        assertEqI(cash, 0, "deficit realized");
        assertEq(poolBefore - usdc.balanceOf(address(pool)), 788_723_285, "insurance paid");
        assertEq(vault.debtOf(alice, 0), 0, "spot lenders untouched");
    }

    function test_penalty_cappedAtPositiveEquity() public {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18); // cash 995.984
        _setPriceSettled(ethFeed, 1_755e8);
        // pnl = 7,020 − 8,000 = −980: the close leaves 15.984; the 1% penalty would be 70.2
        uint256 poolBefore = usdc.balanceOf(address(pool));
        (uint256 closed, uint256 penalty) = _liquidate(alice, 1, ETH, type(uint256).max);
        assertEq(closed, 4e18, "deep: all");
        assertEq(penalty, 15_984_000, "the remaining equity");
        assertEq(usdc.balanceOf(liquidator), 14_385_600, "penalty - 10%");
        assertEq(usdc.balanceOf(address(pool)) - poolBefore, 1_598_400, "insurance share");
        (, int256 cash) = _position(alice, 1, ETH);
        assertEqI(cash, 0, "no negative equity created");
    }

    /// @notice §13.6 withdrawal health: positive unrealized PnL (after the 80% haircut) lets an account open more,
    /// but never borrow or withdraw (only losses count there). (alice, 0): cash 300; +1 ETH at 2,000, fee
    /// 1 + ⌈1 × 1 × 2,000 / 2e6⌉ = 1.001 → cash 298.999. ETH to 2,500 (no time passes: no funding): pnl 500,
    /// weighted 400. +1 ETH at 2,500: fee 1.25 + ⌈1 × 3 × 2,500 / 2e6⌉ = 1.25375 → cash 297.74525; basis 4,500,
    /// pnl 5,000 − 4,500 = 500 → numerator_C = 297.74525 + 400 = 697.74525 ≥ IM 10% × 5,000 = 500 (opened).
    /// Withdrawal numerator = 297.74525 + min(500, 0) < 500: a borrow of 1 unit and a cash withdrawal of 1 unit revert.
    function test_positivePnl_opensMore_butNeitherBorrowsNorWithdraws() public {
        _supply(lender, 1_000_000 * USDC);
        _cash(alice, 0, 300 * USDC);
        (, uint256 fee1) = _trade(alice, 0, ETH, 1e18);
        assertEq(fee1, 1_001_000, "fee of the first ETH");
        _setPriceSettled(ethFeed, 2_500e8);
        (, uint256 fee2) = _trade(alice, 0, ETH, 1e18);
        assertEq(fee2, 1_253_750, "fee of the second ETH");
        (int256 numL, int256 numC, uint256 debt,, uint256 im,,) = _margin(alice, 0);
        assertEqI(numC, 697_745_250, "numerator_C counts the weighted profit");
        assertEqI(numL, 697_745_250, "numerator_L (no collateral)");
        assertEq(debt, 0, "no debt");
        assertEq(im, 500_000_000, "IM");
        // the debt of a 1-unit borrow is 1 (index 1.0, no time passed): numerator 297.74525 against 500.000001
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.InsufficientPerpMargin.selector, int256(297_745_250), uint256(500_000_001))
        );
        vm.prank(alice);
        vault.borrow(alice, 0, 1, alice);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.InsufficientPerpMargin.selector, int256(297_745_249), uint256(500_000_000))
        );
        vm.prank(alice);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 0, -int256(1), alice)));
    }

    /* LIQUIDATION PRICE (§13.7) */

    function test_liquidationPrice_isolatedLong_isWhereHealthCrossesOne() public {
        _cash(alice, 1, 2_995_000_000);
        _trade(alice, 1, ETH, 10e18); // fee 10.1 → cash 2,984.9 (E11's cash), basis 20,000
        uint256 lp = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.liquidationPrice, (alice, 1, ETH))), (uint256)
        );
        // ⌈17,015.1e6 × 10^30 × 10^22 / (10e18 × 9,500e18)⌉ (tests/vectors/perps/liquidationPrice.json, E11)
        assertEq(lp, 1_791_063_157_894_736_842_106, "liquidation price");
        _setPriceSettled(ethFeed, 179_106_320_000); // 0.00004 above
        assertGe(_health(alice, 1), WAD, "safe just above");
        _setPriceSettled(ethFeed, 179_106_310_000); // 0.00006 below
        assertLt(_health(alice, 1), WAD, "liquidatable just below");
    }

    function test_liquidationPrice_isolatedShort_andNoPosition() public {
        _cash(bob, 1, 1_000 * USDC);
        _trade(bob, 1, ETH, -4e18); // fee 4 + ⌈16 × 2,000 / 2e6⌉ = 4.016 → cash 995.984, basis −8,000
        // A = 995.984 + 8,000 = 8,995.984; p = ⌊8,995.984e6 × 10^30 × 10^22 / (4e18 × 10,500e18)⌋
        uint256 lp =
            abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.liquidationPrice, (bob, 1, ETH))), (uint256));
        assertEq(lp, 2_141_900_952_380_952_380_952, "short: liquidated at or above");
        _setPriceSettled(ethFeed, 214_190_090_000); // below
        assertGe(_health(bob, 1), WAD, "safe below");
        _setPriceSettled(ethFeed, 214_190_100_000); // above
        assertLt(_health(bob, 1), WAD, "liquidatable above");
        assertEq(
            abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.liquidationPrice, (bob, 1, BTC))), (uint256)),
            0,
            "no position"
        );
    }
}
