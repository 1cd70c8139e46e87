// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {ArtifactDeployer} from "./utils/ArtifactDeployer.sol";
import {InsurancePool} from "../../contracts/InsurancePool.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";

/// @notice ERC-4626 properties of InsurancePool written for its cooldown (issue 15): the ground of the a16z
/// property suite (preview and convert rounding, round trips, honest max functions), with withdrawals taken
/// inside the request's window. A donation to the pool (as cover fees and reserves arrive) makes the share
/// price non-trivial.
contract InsurancePool4626Test is ArtifactDeployer {
    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant MAX_ASSETS = 1e18; // 10^12 USDC
    MockERC20 internal usdc;
    InsurancePool internal pool;
    address internal alice = address(0xA1);
    address internal bob = address(0xB0);

    function setUp() public {
        vm.warp(START);
        usdc = new MockERC20("USD Coin", "USDC", 6);
        pool = InsurancePool(_deployArtifact("contracts/InsurancePool.sol:InsurancePool", abi.encode(usdc, address(0xAD))));
        address[2] memory users = [alice, bob];
        for (uint256 i; i < users.length; ++i) {
            vm.prank(users[i]);
            usdc.approve(address(pool), type(uint256).max);
        }
    }

    /// @dev bob seeds the pool and a donation sets a share price other than 1.
    function _seed(uint256 seedAssets, uint256 donation) internal {
        seedAssets = bound(seedAssets, 1, MAX_ASSETS);
        usdc.mint(bob, seedAssets);
        vm.prank(bob);
        pool.deposit(seedAssets, bob);
        donation = bound(donation, 0, MAX_ASSETS);
        usdc.mint(address(pool), donation);
    }

    function _openWindow(address who, uint256 shares) internal {
        vm.prank(who);
        pool.requestWithdraw(shares);
        vm.warp(block.timestamp + pool.cooldown());
    }

    /// previewDeposit equals the shares deposit mints, and rounds down against the depositor.
    function testFuzz_previewDepositIsExactAndRoundsDown(uint256 seed, uint256 donation, uint256 assets) public {
        _seed(seed, donation);
        assets = bound(assets, 1, MAX_ASSETS);
        usdc.mint(alice, assets);
        uint256 preview = pool.previewDeposit(assets);
        vm.prank(alice);
        uint256 shares = pool.deposit(assets, alice);
        assertEq(shares, preview, "deposit = previewDeposit");
        assertLe(pool.convertToAssets(shares), assets, "shares never worth more than paid");
    }

    /// previewMint equals the assets mint takes, and rounds up against the minter.
    function testFuzz_previewMintIsExactAndRoundsUp(uint256 seed, uint256 donation, uint256 shares) public {
        _seed(seed, donation);
        shares = bound(shares, 1, pool.convertToShares(MAX_ASSETS));
        uint256 preview = pool.previewMint(shares);
        usdc.mint(alice, preview);
        vm.prank(alice);
        uint256 assets = pool.mint(shares, alice);
        assertEq(assets, preview, "mint = previewMint");
        assertGe(assets, pool.convertToAssets(shares), "paid at least the shares' value");
    }

    /// Inside the window, previewRedeem / previewWithdraw are exact and round against the holder; a deposit
    /// redeemed (or withdrawn) at once never returns more than was put in.
    function testFuzz_roundTripsInsideTheWindow(uint256 seed, uint256 donation, uint256 assets) public {
        _seed(seed, donation);
        assets = bound(assets, 1, MAX_ASSETS);
        usdc.mint(alice, assets);
        vm.prank(alice);
        uint256 shares = pool.deposit(assets, alice);
        vm.assume(shares != 0);
        _openWindow(alice, shares);
        uint256 half = shares / 2;
        uint256 previewR = pool.previewRedeem(half);
        vm.prank(alice);
        uint256 got = pool.redeem(half, alice, alice);
        assertEq(got, previewR, "redeem = previewRedeem");
        assertLe(got, pool.convertToAssets(half) + 1, "redeem rounds down");
        uint256 rest = pool.maxWithdraw(alice);
        uint256 previewW = pool.previewWithdraw(rest);
        vm.prank(alice);
        uint256 burnt = pool.withdraw(rest, alice, alice);
        assertEq(burnt, previewW, "withdraw = previewWithdraw");
        assertLe(got + rest, assets, "round trip returns no more than deposited");
    }

    /// Outside the window the max functions are 0 (honestly: the calls would revert); inside they are exactly
    /// what can be taken, and one share more reverts.
    function testFuzz_maxFunctionsAreHonest(uint256 seed, uint256 donation, uint256 assets, uint256 wait) public {
        _seed(seed, donation);
        assets = bound(assets, 1, MAX_ASSETS);
        usdc.mint(alice, assets);
        vm.prank(alice);
        uint256 shares = pool.deposit(assets, alice);
        vm.assume(shares > 1);
        assertEq(pool.maxRedeem(alice), 0, "no request: maxRedeem 0");
        assertEq(pool.maxWithdraw(alice), 0, "no request: maxWithdraw 0");
        vm.prank(alice);
        pool.requestWithdraw(shares - 1);
        wait = bound(wait, 0, pool.cooldown() + pool.window() * 2);
        vm.warp(block.timestamp + wait);
        bool open = wait >= pool.cooldown() && wait < pool.cooldown() + pool.window();
        uint256 maxR = pool.maxRedeem(alice);
        if (!open) {
            assertEq(maxR, 0, "closed window: maxRedeem 0");
            assertEq(pool.maxWithdraw(alice), 0, "closed window: maxWithdraw 0");
            return;
        }
        assertEq(maxR, shares - 1, "open window: the requested shares");
        assertEq(pool.maxWithdraw(alice), pool.previewRedeem(maxR), "maxWithdraw = previewRedeem(maxRedeem)");
        vm.prank(alice);
        vm.expectRevert();
        pool.redeem(maxR + 1, alice, alice);
        vm.prank(alice);
        pool.redeem(maxR, alice, alice);
    }

    /// convertToShares and convertToAssets round down and are monotone.
    function testFuzz_convertRoundsDown(uint256 seed, uint256 donation, uint256 assets) public {
        _seed(seed, donation);
        assets = bound(assets, 0, MAX_ASSETS);
        uint256 shares = pool.convertToShares(assets);
        assertLe(pool.convertToAssets(shares), assets, "assets -> shares -> assets never grows");
        assertLe(pool.convertToShares(assets / 2), shares, "monotone");
        assertEq(pool.maxDeposit(alice), type(uint256).max, "deposits are never limited");
    }
}
