// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {InsurancePool} from "../../contracts/InsurancePool.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/// @notice InsurancePool: ERC-4626 with cooldown/window withdrawals, vault-only capped cover, coverage ratio.
contract InsurancePoolTest is BaseTest {
    function _deposit(address who, uint256 amount) internal returns (uint256 shares) {
        usdc.mint(who, amount);
        vm.startPrank(who);
        usdc.approve(address(pool), type(uint256).max);
        shares = pool.deposit(amount, who);
        vm.stopPrank();
    }

    function test_deposit_sharesHaveOffset() public {
        uint256 shares = _deposit(bob, 1_000 * USDC);
        assertEq(shares, 1_000 * USDC * 1e6, "6-decimal virtual offset");
        assertEq(pool.decimals(), 12, "share decimals = 6 + 6");
        assertEq(pool.totalAssets(), 1_000 * USDC, "assets");
    }

    function test_withdraw_needsRequestCooldownWindow() public {
        uint256 shares = _deposit(bob, 1_000 * USDC);
        vm.startPrank(bob);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WithdrawWindowClosed.selector, 0, 0));
        pool.redeem(shares, bob, bob);
        assertEq(pool.maxRedeem(bob), 0, "no request");
        uint256 opensAt = block.timestamp + 7 days;
        vm.expectEmit(true, false, false, true, address(pool));
        emit EventsLib.WithdrawRequested(bob, shares / 2, opensAt, opensAt + 2 days);
        pool.requestWithdraw(shares / 2);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WithdrawWindowClosed.selector, opensAt, opensAt + 2 days));
        pool.withdraw(1, bob, bob);
        vm.warp(opensAt);
        assertEq(pool.maxRedeem(bob), shares / 2, "window open: requested shares");
        assertEq(pool.maxWithdraw(bob), 500 * USDC, "assets");
        vm.expectRevert(
            abi.encodeWithSelector(ERC4626.ERC4626ExceededMaxRedeem.selector, bob, shares / 2 + 1, shares / 2)
        );
        pool.redeem(shares / 2 + 1, bob, bob);
        pool.withdraw(200 * USDC, bob, bob);
        pool.redeem(pool.maxRedeem(bob), bob, bob);
        assertEq(usdc.balanceOf(bob), 500 * USDC, "withdrew the requested half");
        assertEq(pool.maxRedeem(bob), 0, "request used up");
        vm.warp(opensAt + 2 days);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WithdrawWindowClosed.selector, opensAt, opensAt + 2 days));
        pool.redeem(1, bob, bob);
        vm.stopPrank();
    }

    function test_requestWithdraw_errors() public {
        uint256 shares = _deposit(bob, 1_000 * USDC);
        vm.startPrank(bob);
        vm.expectRevert(ErrorsLib.ZeroAmount.selector);
        pool.requestWithdraw(0);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.RequestExceedsBalance.selector, shares + 1, shares));
        pool.requestWithdraw(shares + 1);
        vm.stopPrank();
    }

    function test_cover_onlyVaultAndCapped() public {
        _deposit(bob, 1_000 * USDC);
        vm.expectRevert(ErrorsLib.OnlyVault.selector);
        pool.cover(1);
        assertEq(pool.maxCover(), 300 * USDC, "30% cap");
        vm.prank(address(vault));
        vm.expectEmit(false, false, false, true, address(pool));
        emit EventsLib.CoverPaid(500 * USDC, 300 * USDC);
        uint256 covered = pool.cover(500 * USDC);
        assertEq(covered, 300 * USDC, "capped");
        assertEq(usdc.balanceOf(address(vault)), 300 * USDC, "paid to the vault");
    }

    function test_coverageRatio() public {
        assertEq(pool.coverageRatio(), type(uint256).max, "no debt");
        _deposit(bob, 1_000 * USDC);
        _openEthPosition(10_000 * USDC);
        assertEq(pool.coverageRatio(), 0.1e18, "1,000 / 10,000");
        InsurancePool p2 = deployInsurancePool(IERC20(address(usdc)), admin);
        assertEq(p2.coverageRatio(), type(uint256).max, "no vault");
    }

    function test_admin_setVaultAndParams() public {
        InsurancePool p2 = deployInsurancePool(IERC20(address(usdc)), admin);
        vm.startPrank(admin);
        vm.expectRevert(ErrorsLib.ZeroAddress.selector);
        p2.setVault(address(0));
        vm.expectEmit(true, false, false, false, address(p2));
        emit EventsLib.VaultSet(address(vault));
        p2.setVault(address(vault));
        vm.expectRevert(ErrorsLib.AlreadySet.selector);
        p2.setVault(address(vault));
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 31 days, 0, 30 days));
        p2.setPoolParams(31 days, 1 days, 3_000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 1, 1 hours, 14 days));
        p2.setPoolParams(1 days, 1, 3_000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, BPS + 1, 0, BPS));
        p2.setPoolParams(1 days, 1 days, BPS + 1);
        vm.expectEmit(false, false, false, true, address(p2));
        emit EventsLib.PoolParamsUpdated(1 days, 1 days, 5_000);
        p2.setPoolParams(1 days, 1 days, 5_000);
        vm.stopPrank();
        assertEq(p2.coverCapBps(), 5_000, "cap");
        vm.expectRevert(ErrorsLib.ZeroAddress.selector);
        deployInsurancePool(IERC20(address(usdc)), address(0));
    }

    function test_mint_and_shareTransferKeepsRequestBounded() public {
        usdc.mint(bob, 1_000 * USDC);
        vm.prank(bob);
        pool.mint(1_000 * USDC * 1e6, bob);
        vm.startPrank(bob);
        pool.requestWithdraw(1_000 * USDC * 1e6);
        pool.transfer(alice, 600 * USDC * 1e6);
        vm.stopPrank();
        vm.warp(block.timestamp + 7 days);
        assertEq(pool.maxRedeem(bob), 400 * USDC * 1e6, "bounded by balance");
        assertEq(pool.maxRedeem(alice), 0, "transferee has no request");
    }

    /// @notice Fuzz: a first-depositor donation attack cannot steal a meaningful share of a victim's deposit.
    function testFuzz_noShareInflation(uint256 attackerDeposit, uint256 donation, uint256 victimDeposit) public {
        attackerDeposit = bound(attackerDeposit, 1, 1_000 * USDC);
        donation = bound(donation, 0, 10_000_000 * USDC);
        victimDeposit = bound(victimDeposit, 1 * USDC, 1_000_000 * USDC);
        address attacker = address(0xBAD);
        _deposit(attacker, attackerDeposit);
        usdc.mint(attacker, donation);
        vm.prank(attacker);
        usdc.transfer(address(pool), donation);
        uint256 shares = _deposit(alice, victimDeposit);
        uint256 victimValue = pool.previewRedeem(shares);
        // the victim loses at most a 1e-6 fraction of the pool (the virtual offset), plus rounding
        uint256 maxLoss = (attackerDeposit + donation) / 1e6 + 2;
        assertGe(victimValue + maxLoss, victimDeposit, "inflation attack stole value");
        // and the attacker never profits
        uint256 attackerValue = pool.previewRedeem(pool.balanceOf(attacker));
        assertLe(attackerValue, attackerDeposit + donation, "attacker profited");
    }

    /// @notice Fuzz: deposit then redeem never returns more than deposited (rounding favours the pool).
    function testFuzz_roundTripNeverProfits(uint256 a, uint256 b) public {
        _deposit(bob, bound(a, 1, 1e15));
        uint256 amount = bound(b, 1, 1e15);
        uint256 shares = _deposit(alice, amount);
        assertLe(pool.previewRedeem(shares), amount, "round trip profit");
    }
}
