// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";

/// @notice Cross (subId 0) vs isolated (subId ≥ 1) ring-fencing (§10).
contract IsolationTest is BaseTest {
    function setUp() public override {
        super.setUp();
        _supply(lender, 1_000_000 * USDC);
        usdc.mint(liquidator, 1_000_000 * USDC);
    }

    function test_cross_allAssetsBackOneDebt() public {
        _deposit(alice, 0, weth, 1 ether); // C 1,500
        _deposit(alice, 0, wbtc, 0.1e8); // C 4,200
        _borrow(alice, 0, 5_700 * USDC); // needs both
        assertEq(vault.utilization(alice, 0), WAD, "fully used");
    }

    function test_cross_oneBadAssetDragsTheAccount() public {
        _deposit(alice, 0, weth, 1 ether);
        _deposit(alice, 0, wbtc, 0.1e8);
        _borrow(alice, 0, 5_000 * USDC);
        btcFeed.setAnswer(30_000e8); // BTC halves: the whole account is liquidatable, ETH included
        assertLt(vault.health(alice, 0), WAD, "cross account underwater");
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized, uint256 fee) = vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        // Worked from docs/protocol.md §7, not from the vault: health = (2,000 x 80% + 3,000 x 78%) / 5,000 = 0.788 < 0.95,
        // so the close factor is 100% and repay = 5,000 USDC; seizeValue = 5,000 x 1.05 = 5,250 USDC = 2.625 ETH > the
        // 1 ETH held, so the whole ETH balance goes (the loss was in BTC) and repay = ceil(2,000e6 x 10,000 / 10,500);
        // fee = ceil(repay x 500 x 1,000 / 10,000^2).
        assertEq(seized, 1 ether, "all of the ETH seized for a BTC loss");
        assertEq(repaid, 1_904_761_905, "repay recomputed from the seized balance, rounded up");
        assertEq(fee, 9_523_810, "protocol share of the bonus, rounded up");
    }

    function test_isolated_oneAssetOnly() public {
        _deposit(alice, 1, weth, 1 ether);
        wbtc.mint(alice, 1e8);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.IsolatedAssetMismatch.selector, address(weth), address(wbtc)));
        vault.depositCollateral(alice, 1, address(wbtc), 1e8);
        _deposit(alice, 1, weth, 1 ether); // same asset is fine
        // once emptied, the subaccount may take another asset
        vm.prank(alice);
        vault.withdrawCollateral(alice, 1, address(weth), 2 ether, alice);
        _deposit(alice, 1, wbtc, 1e8);
        (, uint256 mask) = vault.position(alice, 1);
        assertEq(mask, 2, "now WBTC");
    }

    function test_isolatedOnlyAsset_allowedInIsolated() public {
        _deposit(alice, 3, alt, 1_000 ether);
        _borrow(alice, 3, 500 * USDC);
        assertEq(vault.debtOf(alice, 3), 500 * USDC, "isolated ALT borrow");
    }

    function test_isolated_lossDoesNotSpread() public {
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 5_000 * USDC);
        _deposit(alice, 1, wbtc, 0.1e8);
        _borrow(alice, 1, 4_000 * USDC);
        _deposit(alice, 2, alt, 1_000 ether);
        _borrow(alice, 2, 400 * USDC);
        uint256 crossHealth = vault.health(alice, 0);
        uint256 altHealth = vault.health(alice, 2);
        btcFeed.setAnswer(40_000e8); // only subaccount 1 holds BTC
        assertLt(vault.health(alice, 1), WAD, "isolated BTC underwater");
        assertEq(vault.health(alice, 0), crossHealth, "cross unaffected");
        assertEq(vault.health(alice, 2), altHealth, "other isolated unaffected");
        // liquidating it to the end (bad debt) leaves the others intact
        btcFeed.setAnswer(10_000e8);
        vm.prank(liquidator);
        vault.liquidate(alice, 1, address(wbtc), type(uint256).max, "");
        assertEq(vault.debtOf(alice, 1), 0, "isolated closed (bad debt realized)");
        assertEq(vault.debtOf(alice, 0), 5_000 * USDC, "cross debt intact");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 10 ether, "cross collateral intact");
        assertEq(vault.debtOf(alice, 2), 400 * USDC, "other isolated debt intact");
        assertEq(vault.collateralOf(alice, 2, address(alt)), 1_000 ether, "other isolated collateral intact");
    }

    function test_isolated_collateralCannotBackAnotherSubaccount() public {
        _deposit(alice, 1, weth, 10 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientMargin.selector, 1 * USDC, 0));
        vault.borrow(alice, 0, 1 * USDC, alice); // cross account has nothing
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientMargin.selector, 1 * USDC, 0));
        vault.borrow(alice, 2, 1 * USDC, alice);
    }

    function test_subaccounts_ofDifferentOwnersAreSeparate() public {
        _deposit(alice, 1, weth, 10 ether);
        _deposit(bob, 1, wbtc, 1e8); // bob's subId 1 is not alice's
        assertEq(vault.collateralOf(bob, 1, address(weth)), 0, "separate");
    }

    /// @notice Fuzz: a price move of an asset held only in isolated subaccount k never changes any other
    /// subaccount's health or debt.
    function testFuzz_isolated_ringFenced(uint256 priceSeed, uint256 debtSeed) public {
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, bound(debtSeed, 1, 15_000 * USDC));
        _deposit(alice, 1, wbtc, 0.1e8);
        _borrow(alice, 1, bound(debtSeed >> 128, 1, 4_200 * USDC));
        uint256 h0 = vault.health(alice, 0);
        uint256 d0 = vault.debtOf(alice, 0);
        btcFeed.setAnswer(int256(bound(priceSeed, 1e8, 1_000_000e8)));
        assertEq(vault.health(alice, 0), h0, "cross health");
        assertEq(vault.debtOf(alice, 0), d0, "cross debt");
    }
}
