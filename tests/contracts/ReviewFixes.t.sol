// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MarginVault} from "../../contracts/MarginVault.sol";
import {InsurancePool} from "../../contracts/InsurancePool.sol";
import {MarketParams} from "../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @dev An insurer whose withdrawal window is open liquidates an account into bad debt and redeems its pool
/// shares inside the liquidation callback (issue 15, finding 1).
contract RedeemingInsurer {
    MarginVault internal immutable vault;
    InsurancePool internal immutable pool;
    MockERC20 internal immutable usdc;

    constructor(MarginVault v, InsurancePool p, MockERC20 u) {
        vault = v;
        pool = p;
        usdc = u;
        u.approve(address(v), type(uint256).max);
        u.approve(address(p), type(uint256).max);
    }

    function insure(uint256 assets) external {
        uint256 shares = pool.deposit(assets, address(this));
        pool.requestWithdraw(shares);
    }

    function liquidate(address owner, uint256 subId, address asset) external {
        vault.liquidate(owner, subId, asset, type(uint256).max, hex"01");
    }

    function onMarginLiquidation(uint256, uint256, uint256, bytes calldata) external {
        pool.redeem(pool.balanceOf(address(this)), address(this), address(this));
    }
}

/// @notice Regression tests of issue 15 (independent review): each fails on the code before the fix.
contract ReviewFixesTest is BaseTest {
    /// @dev Claims on the vault (supply balances + reserves) and its assets (cash + borrows).
    function _claimsAndAssets() internal view returns (uint256 claims, uint256 assets) {
        claims = vault.totalSupplyAssets() + vault.reserves();
        assets = vault.cash() + vault.totalBorrowAssets();
    }

    /// Finding 1 (Medium): cover booked from the pool's assets, paid after the callback. The insurer drains the
    /// pool in the callback; before the fix the vault booked 3,000 of cover it never received.
    function test_finding1_insurerRedeemingInCallbackLeavesClaimsBacked() public {
        RedeemingInsurer insurer = new RedeemingInsurer(vault, pool, usdc);
        usdc.mint(address(insurer), 20_000 * USDC);
        insurer.insure(10_000 * USDC); // the pool's only insurer; cover cap 30% = 3,000
        _supply(lender, 100_000 * USDC);
        _deposit(alice, 1, alt, 10_000 ether); // isolated ALT at 1.00
        _borrow(alice, 1, 5_000 * USDC);
        vm.warp(block.timestamp + pool.cooldown() + 1); // the insurer's window is open
        _setPriceSettled(altFeed, 0.1e8); // ALT −90%: about 4,100 of bad debt, 3,000 of it booked as cover

        insurer.liquidate(alice, 1, address(alt));

        (uint256 claims, uint256 assets) = _claimsAndAssets();
        assertLe(claims, assets, "claims on the vault exceed its assets: cover booked but not received");
        assertEq(vault.debtOf(alice, 1), 0, "bad debt written off");
    }

    /// Finding 2 (Medium): one failed feed of a dust asset made a cross account unliquidatable. It now counts
    /// as worth 0; only the seized asset needs a valid price.
    function test_finding2_staleDustFeedDoesNotBlockLiquidation() public {
        _openEthPosition(15_000 * USDC); // 10 WETH at 2,000, at the initial-margin limit
        _deposit(alice, 0, wbtc, 1); // 1 sat of WBTC: the dust
        vm.warp(block.timestamp + 2 hours); // every feed is now stale ...
        _setPriceSettled(ethFeed, 1800e8); // ... but ETH's: −10%, health below 1
        usdc.mint(liquidator, 100_000 * USDC);
        vm.prank(liquidator);
        (uint256 repaid,,) = vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        assertGt(repaid, 0, "liquidated despite the stale WBTC feed");
        // the dust itself cannot be seized without a valid price
        vm.prank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.StalePrice.selector, address(wbtc), START));
        vault.liquidate(alice, 0, address(wbtc), type(uint256).max, "");
    }

    /// Finding 6 (Low): a zero pause cooldown let pauses be chained without end.
    function test_finding6_pauseCooldownHasAMinimum() public {
        MarketParams memory p = defaultParams();
        p.pauseCooldown = 0;
        (uint256 min, uint256 max) = (vault.MIN_PAUSE_COOLDOWN(), vault.MAX_PAUSE_PERIOD());
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0, min, max));
        vault.setMarketParams(p);
    }

    /// Finding 6 (Low): a pause locked the collateral of accounts with no debt.
    function test_finding6_debtFreeAccountWithdrawsWhilePaused() public {
        _openEthPosition(1_000 * USDC); // alice: debt
        _deposit(bob, 0, weth, 1 ether); // bob: no debt
        vm.prank(guardian);
        vault.pause();
        vm.prank(bob);
        vault.withdrawCollateral(bob, 0, address(weth), 1 ether, bob);
        assertEq(weth.balanceOf(bob), 1 ether, "debt-free collateral withdrawn while paused");
        // an account with debt still waits for the pause to end
        uint256 until = vault.pausedUntil();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MarketPaused.selector, until));
        vault.withdrawCollateral(alice, 0, address(weth), 1, alice);
    }

    /// Finding 7 (Low): a withdrawal request above 2^128 shares was silently truncated.
    function test_finding7_hugeWithdrawRequestReverts() public {
        uint256 assets = uint256(type(uint128).max); // × 10^6 shares per unit: far above 2^128 shares
        usdc.mint(bob, assets);
        vm.startPrank(bob);
        usdc.approve(address(pool), assets);
        uint256 shares = pool.deposit(assets, bob);
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 128, shares));
        pool.requestWithdraw(shares);
        vm.stopPrank();
    }
}
