// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MarginVault} from "../../contracts/MarginVault.sol";
import {MarketParams} from "../../contracts/interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../contracts/interfaces/IOracleRouter.sol";
import {IRateModel} from "../../contracts/interfaces/IRateModel.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {MockLiquidator} from "../../contracts/mocks/MockLiquidator.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @dev Liquidator whose callback tries to re-enter the vault.
contract ReentrantLiquidator {
    MarginVault internal immutable vault;

    constructor(MarginVault v) {
        vault = v;
    }

    function liquidate(address owner, address asset) external {
        vault.liquidate(owner, 0, asset, type(uint256).max, hex"01");
    }

    function onMarginLiquidation(uint256, uint256, uint256, bytes calldata) external {
        vault.supply(1, address(this)); // must revert: nonReentrant
    }
}

/// @notice Liquidation (§7) and bad debt (§8): unit tests and the health-never-falls fuzz property.
contract LiquidationTest is BaseTest {
    function setUp() public override {
        super.setUp();
        usdc.mint(liquidator, 10_000_000 * USDC);
    }

    function _liquidate(address owner, uint256 subId, address asset, uint256 maxRepay)
        internal
        returns (uint256, uint256, uint256)
    {
        vm.prank(liquidator);
        return vault.liquidate(owner, subId, asset, maxRepay, "");
    }

    function test_liquidate_partialAboveDeepThreshold() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8); // L = 9,600, health 0.96: close factor 50%
        assertEq(vault.health(alice, 0), 0.96e18, "health before");
        uint256 reservesBefore = vault.reserves();
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.Liquidate(alice, 0, liquidator, address(weth), 5_000 * USDC, 4.375 ether, 25 * USDC, 0.96e18, 1.08e18);
        (uint256 repaid, uint256 seized, uint256 fee) = _liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(repaid, 5_000 * USDC, "repaid = 50% of debt");
        assertEq(seized, 4.375 ether, "5,250 of WETH at 1,200");
        assertEq(fee, 25 * USDC, "10% of the 5% bonus");
        assertEq(weth.balanceOf(liquidator), 4.375 ether, "liquidator got collateral");
        assertEq(vault.reserves() - reservesBefore, 25 * USDC, "fee joins the reserves");
        uint256 poolBefore = usdc.balanceOf(address(pool));
        vault.sweepReserves();
        assertEq(usdc.balanceOf(address(pool)) - poolBefore, 25 * USDC, "swept to the insurance pool");
        assertEq(usdc.balanceOf(liquidator), 10_000_000 * USDC - 5_025 * USDC, "paid repay + fee");
        assertEq(vault.debtOf(alice, 0), 5_000 * USDC, "debt halved");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 5.625 ether, "collateral left");
        assertEq(vault.health(alice, 0), 1.08e18, "health after");
    }

    function test_liquidate_fullBelowDeepThreshold() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1100e8); // health 0.88 < 0.95: whole debt
        (uint256 repaid, uint256 seized,) = _liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(repaid, 10_000 * USDC, "whole debt");
        assertEq(seized, MarginMath.collateralAmountFor(10_500 * USDC, 1100e18, 18, 6), "seized");
        assertEq(vault.debtOf(alice, 0), 0, "closed");
        assertEq(vault.health(alice, 0), type(uint256).max, "healthy");
    }

    function test_liquidate_maxRepayBounds() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8);
        (uint256 repaid,,) = _liquidate(alice, 0, address(weth), 1_000 * USDC);
        assertEq(repaid, 1_000 * USDC, "bounded by maxRepay");
    }

    function test_liquidate_dustRemainderClosedInFull() public {
        _supply(lender, 1_000 * USDC);
        _deposit(alice, 0, weth, 0.01 ether); // 20 USDC, capacity 15
        _borrow(alice, 0, 15 * USDC);
        ethFeed.setAnswer(1850e8); // L = 14.8 < 15: health 0.9866 (50% zone) but 7.5 left < dust 10
        (uint256 repaid,,) = _liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(repaid, 15 * USDC, "dust: whole debt");
    }

    function test_liquidate_seizesWholeBalanceOfSmallAsset() public {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 1 ether); // 2,000: L 1,600, C 1,500
        _deposit(alice, 0, wbtc, 0.2e8); // 12,000: L 9,360, C 8,400
        _borrow(alice, 0, 9_800 * USDC);
        btcFeed.setAnswer(45_000e8); // wbtc 9,000: L 7,020 + 1,600 = 8,620 / 9,800 = 0.8795 deep
        (uint256 repaid, uint256 seized,) = _liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(seized, 1 ether, "whole WETH balance");
        // repay = ⌈value(balance) × BPS / (BPS + bonus)⌉ = ⌈2,000 / 1.05⌉
        assertEq(repaid, MarginMath.collateralValue(1 ether, 2000e18, 18, 6) * BPS / 10_500 + 1, "repay recomputed");
        (, uint256 mask) = vault.position(alice, 0);
        assertEq(mask, 2, "only WBTC left");
        assertEq(vault.debtOf(alice, 0), 9_800 * USDC - repaid, "debt reduced");
    }

    function test_liquidate_withCallback() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8);
        MockLiquidator ml = new MockLiquidator(address(vault), usdc);
        usdc.mint(address(ml), 5_025 * USDC); // stands in for the proceeds of selling the collateral
        (uint256 repaid, uint256 seized, uint256 fee) = ml.liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(ml.collateralSeenInCallback(), seized, "collateral arrived before the callback");
        assertEq(ml.lastRepaid(), repaid, "callback repaid");
        assertEq(ml.lastFee(), fee, "callback fee");
        assertEq(ml.lastSeized(), seized, "callback seized");
        assertEq(usdc.balanceOf(address(ml)), 0, "paid repay + fee");
    }

    function test_liquidate_callbackCannotReenter() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8);
        ReentrantLiquidator r = new ReentrantLiquidator(vault);
        vm.expectRevert(abi.encodeWithSignature("ReentrancyGuardReentrantCall()"));
        r.liquidate(alice, address(weth));
    }

    function test_liquidate_errors() public {
        _openEthPosition(10_000 * USDC);
        vm.startPrank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, 1.6e18));
        vault.liquidate(alice, 0, address(weth), 1, "");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, type(uint256).max));
        vault.liquidate(bob, 0, address(weth), 1, "");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.AssetNotListed.selector, address(usdc)));
        vault.liquidate(alice, 0, address(usdc), 1, "");
        vm.stopPrank();
        ethFeed.setAnswer(1200e8);
        vm.startPrank(liquidator);
        vm.expectRevert(ErrorsLib.NothingToLiquidate.selector);
        vault.liquidate(alice, 0, address(weth), 0, "");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientCollateral.selector, address(wbtc), 0, 0));
        vault.liquidate(alice, 0, address(wbtc), 1, "");
        vm.stopPrank();
    }

    function test_liquidate_staleOrInvalidPriceBlocks() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8);
        // Explicit times: via-IR may read block.timestamp once per function, across vm.warp.
        uint256 updatedAt = START;
        vm.warp(START + 1 hours + 1);
        vm.prank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.StalePrice.selector, address(weth), updatedAt));
        vault.liquidate(alice, 0, address(weth), 1, "");
        ethFeed.setAnswer(0);
        vm.prank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidPrice.selector, address(weth), int256(0)));
        vault.liquidate(alice, 0, address(weth), 1, "");
    }

    function test_liquidate_continuesWhileFrozen() public {
        _openEthPosition(10_000 * USDC);
        ethFeed.setAnswer(1200e8); // -40%: frozen for borrows, not for liquidation
        assertGt(router.frozenUntil(address(weth)), 0, "frozen");
        (uint256 repaid,,) = _liquidate(alice, 0, address(weth), type(uint256).max);
        assertEq(repaid, 5_000 * USDC, "liquidated");
    }

    /* BAD DEBT */

    function _altBadDebt(uint256 poolDeposit) internal returns (uint256 repaid, uint256 seized, uint256 fee) {
        _altBadDebtSetup(poolDeposit);
        return _liquidate(alice, 1, address(alt), type(uint256).max);
    }

    function _altBadDebtSetup(uint256 poolDeposit) internal {
        _supply(lender, 1_000_000 * USDC);
        if (poolDeposit != 0) {
            usdc.mint(bob, poolDeposit);
            vm.prank(bob);
            pool.deposit(poolDeposit, bob);
        }
        _deposit(alice, 1, alt, 10_000 ether); // 10,000: L 6,000, C 5,000
        _borrow(alice, 1, 5_000 * USDC);
        altFeed.setAnswer(0.5e8); // value 5,000 < debt × (1 + bonus)
    }

    function test_badDebt_coveredByInsurance() public {
        uint256 repayExpected = 4_545_454_546; // ⌈5,000e6 × 10,000 / 11,000⌉
        uint256 bad = 5_000 * USDC - repayExpected;
        _altBadDebtSetup(10_000 * USDC);
        vm.expectEmit(true, true, false, true, address(vault));
        emit EventsLib.BadDebtRealized(alice, 1, bad, bad, 0);
        (uint256 repaid, uint256 seized,) = _liquidate(alice, 1, address(alt), type(uint256).max);
        assertEq(repaid, repayExpected, "repay capped by collateral");
        assertEq(seized, 10_000 ether, "everything seized");
        assertEq(vault.debtOf(alice, 1), 0, "principal cleared");
        assertEq(vault.totalBorrowPrincipal(), 0, "no borrows left");
        assertEq(vault.supplyIndex(), WAD, "lenders untouched");
        assertEq(vault.supplyBalanceOf(lender), 1_000_000 * USDC, "lender whole");
        assertGe(vault.cash(), vault.totalSupplyAssets(), "solvent");
    }

    function test_badDebt_socializedBeyondCap() public {
        // pool 1,000 plus the liquidation's fee 45.454546 (booked into the reserves, which the pool counts as its assets,
        // review fix R3): cap 30% of 1,045.454546 = 313.636363; bad debt 454.545454 → 140.909091 socialized
        (uint256 repaid,, uint256 fee) = _altBadDebt(1_000 * USDC);
        assertEq(fee, 45_454_546, "fee");
        uint256 bad = 5_000 * USDC - repaid;
        (uint256 cover, uint256 soc, uint256 drop) = MarginMath.badDebtSplit(bad, 1_000 * USDC + fee, 3_000, 1e12);
        assertEq(cover, 313_636_363, "cover = cap");
        assertEq(soc, 140_909_091, "socialized");
        assertEq(vault.supplyIndex(), WAD - drop, "index dropped");
        assertEq(vault.supplyBalanceOf(lender), 1_000_000 * USDC - soc, "lender takes the loss");
        assertEq(pool.totalAssets(), 1_000 * USDC + fee - cover, "pool paid cover");
        // The pool's balance (1,000) covers the bad debt, so the sweep could not change the cover and waits (§8).
        assertEq(vault.reserves(), fee, "fee booked in the reserves, the pool's assets");
    }

    function test_badDebt_isolatedDoesNotTouchCross() public {
        _deposit(alice, 0, weth, 10 ether);
        _altBadDebt(10_000 * USDC);
        assertEq(vault.collateralOf(alice, 0, address(weth)), 10 ether, "cross collateral intact");
        assertEq(vault.debtOf(alice, 0), 0, "cross debt untouched");
    }

    function test_liquidate_withoutPool_feeToReserves() public {
        MarginVault v = deployVault(IERC20Metadata(address(usdc)), IOracleRouter(address(router)), IRateModel(address(rateModel)), admin, defaultParams());
        vm.prank(admin);
        v.listCollateral(address(weth), wethConfig());
        usdc.mint(lender, 100_000 * USDC);
        weth.mint(alice, 10 ether);
        vm.prank(lender);
        usdc.approve(address(v), type(uint256).max);
        vm.prank(lender);
        v.supply(100_000 * USDC, lender);
        vm.startPrank(alice);
        weth.approve(address(v), type(uint256).max);
        v.depositCollateral(alice, 0, address(weth), 10 ether);
        v.borrow(alice, 0, 10_000 * USDC, alice);
        vm.stopPrank();
        ethFeed.setAnswer(1200e8);
        vm.startPrank(liquidator);
        usdc.approve(address(v), type(uint256).max);
        (,, uint256 fee) = v.liquidate(alice, 0, address(weth), type(uint256).max, "");
        vm.stopPrank();
        assertEq(v.reserves(), fee, "fee kept as reserves");
    }

    /* FUZZ */

    /// @notice In the 50% zone (deep ≤ health < 1) a liquidation never lowers health (spec §7).
    function testFuzz_liquidation_neverLowersHealthAbove_deepThreshold(uint256 debtSeed, uint256 priceSeed, uint256 repaySeed)
        public
    {
        _supply(lender, 10_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _deposit(alice, 0, wbtc, 0.1e8);
        uint256 cap = 15_000 * USDC + 4_200 * USDC;
        uint256 debt = bound(debtSeed, 1_000 * USDC, cap);
        _borrow(alice, 0, debt);
        // pick an ETH price that puts health in [0.95, 1)
        uint256 lBtc = 4_680 * USDC;
        uint256 target = bound(priceSeed, 0.95e18, 0.9999e18);
        uint256 lNeeded = debt * target / WAD;
        vm.assume(lNeeded > lBtc + 100 * USDC);
        uint256 ethPrice8 = (lNeeded - lBtc) * 1e8 * 1e12 / (8 * 1e18); // L_eth = 10 × p × 0.8
        vm.assume(ethPrice8 > 0);
        ethFeed.setAnswer(int256(ethPrice8));
        uint256 hBefore = vault.health(alice, 0);
        vm.assume(hBefore >= 0.95e18 && hBefore < WAD);
        uint256 maxRepay = bound(repaySeed, 1_000, debt);
        (,, uint256 fee) = _liquidate(alice, 0, address(weth), maxRepay);
        fee;
        uint256 hAfter = vault.health(alice, 0);
        assertGe(hAfter, hBefore, "health fell in the 50% zone");
    }

    /// @notice Any liquidation leaves health ≥ before, or realizes bad debt, or empties the seized asset.
    function testFuzz_liquidation_anyZone(uint256 priceSeed, uint256 repaySeed) public {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 1, alt, 10_000 ether);
        _borrow(alice, 1, 5_000 * USDC);
        uint256 p = bound(priceSeed, 0.05e8, 0.83e8); // health < 1 below 0.8333
        altFeed.setAnswer(int256(p));
        uint256 hBefore = vault.health(alice, 1);
        vm.assume(hBefore < WAD);
        uint256 maxRepay = bound(repaySeed, 1_000, 5_000 * USDC);
        _liquidate(alice, 1, address(alt), maxRepay);
        uint256 hAfter = vault.health(alice, 1);
        if (hBefore >= 0.95e18) assertGe(hAfter, hBefore, "50% zone");
        // bad debt realized: account is closed, health max
        if (vault.collateralOf(alice, 1, address(alt)) == 0) assertEq(vault.debtOf(alice, 1), 0, "bad debt cleared");
    }
}
