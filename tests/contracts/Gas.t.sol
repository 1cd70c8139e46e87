// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";

/// @notice One test per operation on a warm market (like Morpho Blue's measurement, docs in
/// /work/shared/anchors/gas.md): a supplier of 1M, a borrower of 5,000 against 20,000 of WETH, one second
/// elapsed so interest accrues; each call is made by a second user. `scripts/bench-gas` snapshots these.
contract GasTest is BaseTest {
    address internal carol = address(0xCA);
    address internal dave = address(0xDA);

    function setUp() public override {
        super.setUp();
        vm.startPrank(dave);
        weth.approve(address(vault), type(uint256).max);
        alt.approve(address(vault), type(uint256).max);
        vm.stopPrank();
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 5_000 * USDC);
        // second users with open positions
        _deposit(bob, 0, weth, 10 ether);
        _borrow(bob, 0, 5_000 * USDC);
        usdc.mint(bob, 1_000 * USDC); // repay funds (bob already holds base tokens)
        _deposit(dave, 0, weth, 10 ether);
        _borrow(dave, 0, 15_000 * USDC); // at the initial-margin limit: liquidatable after a 10% drop
        _deposit(dave, 1, alt, 10_000 ether);
        _borrow(dave, 1, 5_000 * USDC); // isolated: bad debt after a 50% drop
        usdc.mint(lender, 1 * USDC); // the receiver already holds tokens
        usdc.mint(carol, 1_000 * USDC);
        weth.mint(carol, 1 ether);
        vm.prank(carol);
        usdc.approve(address(vault), type(uint256).max);
        vm.prank(carol);
        weth.approve(address(vault), type(uint256).max);
        usdc.mint(liquidator, 100_000 * USDC);
        weth.mint(liquidator, 1); // a working liquidator already holds the collateral token (see anchors/gas.md)
        alt.mint(liquidator, 1);
        usdc.mint(address(pool), 10_000 * USDC);
        vm.warp(block.timestamp + 1);
        // Price moves for the two liquidation tests, outside the measured calls: ETH −10% (dave's cross
        // account at health 0.96; no other account becomes liquidatable), ALT −50% (dave's isolated account).
        ethFeed.setAnswer(1800e8);
        altFeed.setAnswer(0.5e8);
    }

    function test_gas_supply() public {
        vm.prank(carol);
        vault.supply(1_000 * USDC, carol);
    }

    function test_gas_depositCollateral() public {
        vm.prank(carol);
        vault.depositCollateral(carol, 0, address(weth), 1 ether);
    }

    function test_gas_borrow() public {
        vm.prank(bob);
        vault.borrow(bob, 0, 1_000 * USDC, bob);
    }

    function test_gas_repay() public {
        vm.prank(bob);
        vault.repay(bob, 0, 1_000 * USDC);
    }

    function test_gas_withdraw() public {
        vm.prank(lender);
        vault.withdraw(1_000 * USDC, lender);
    }

    function test_gas_withdrawCollateral() public {
        vm.prank(bob);
        vault.withdrawCollateral(bob, 0, address(weth), 1 ether, bob);
    }

    function test_gas_liquidate() public {
        vm.prank(liquidator);
        vault.liquidate(dave, 0, address(weth), type(uint256).max, "");
    }

    function test_gas_liquidateBadDebt() public {
        vm.prank(liquidator);
        vault.liquidate(dave, 1, address(alt), type(uint256).max, "");
    }
}
