// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {UniswapFixture} from "./utils/UniswapFixture.sol";
import {LeverageRouter} from "../../contracts/periphery/LeverageRouter.sol";
import {PoolPriceLib} from "../../contracts/periphery/PoolPriceLib.sol";
import {IMarginVault} from "../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice LeverageRouter against real Uniswap v3 (factory, pool and QuoterV2 from the npm artifacts): leveraged
/// open and close in one transaction for cross (subId 0) and isolated (subId >= 1) accounts, the vault's margin
/// rules reached through the flash swap, and every function and error. WETH at 2,000 USDC, borrow factor 75 %.
contract LeverageRouterTest is UniswapFixture {
    LeverageRouter internal lev;

    function setUp() public override {
        super.setUp();
        lev = new LeverageRouter(IMarginVault(address(vault)), IERC20(address(usdc)));
        _supply(lender, 1_000_000 * USDC);
        weth.mint(alice, 1 ether);
        vm.startPrank(alice);
        vault.setOperator(address(lev), true);
        weth.approve(address(lev), type(uint256).max);
        vm.stopPrank();
    }

    function _open(uint256 subId, uint256 own, uint256 borrowAmount, uint256 minOut) internal returns (uint256) {
        vm.prank(alice);
        return lev.openLeveraged(subId, address(weth), wethPool, own, borrowAmount, minOut);
    }

    function _close(uint256 subId) internal returns (uint256 repaid, uint256 sold) {
        vm.prank(alice);
        return lev.deleverage(subId, address(weth), wethPool, type(uint256).max, type(uint256).max, true);
    }

    function test_constructor_bindsVaultAndBase() public view {
        assertEq(address(lev.vault()), address(vault), "vault");
        assertEq(address(lev.base()), address(usdc), "base");
    }

    /// @dev 1 WETH own + 2,500 USDC borrowed (about 2.25x), then closed: debt and collateral back to zero and the
    /// trader keeps 1 WETH less the two pool fees (2 × 0.05 % of 2,500 USDC = 2.5 USDC = 0.00125 WETH).
    function _roundTrip(uint256 subId) internal {
        uint256 bought = _quoteIn(address(usdc), address(weth), 2_500 * USDC); // QuoterV2 on the real pool
        vm.expectEmit(true, true, true, true, address(lev));
        emit LeverageRouter.LeverageOpened(alice, subId, address(weth), 1 ether, 2_500 * USDC, bought);
        uint256 got = _open(subId, 1 ether, 2_500 * USDC, bought);
        assertEq(got, bought, "bought = the pool's quote for 2,500 USDC");
        assertEq(vault.collateralOf(alice, subId, address(weth)), 1 ether + bought, "own + bought deposited");
        assertEq(vault.debtOf(alice, subId), 2_500 * USDC, "borrowed to the pool");
        assertEq(weth.balanceOf(alice), 0, "own collateral pulled");

        uint256 sold = _quoteOut(address(weth), address(usdc), 2_500 * USDC);
        vm.expectEmit(true, true, true, true, address(lev));
        emit LeverageRouter.LeverageReduced(alice, subId, address(weth), 2_500 * USDC, sold, true);
        // (gas is measured on a node, per transaction, by UniswapTests: here open and close share one test call)
        (uint256 repaid, uint256 gotSold) = _close(subId);
        assertEq(repaid, 2_500 * USDC, "whole debt repaid");
        assertEq(gotSold, sold, "sold = the pool's quote for 2,500 USDC out");
        assertEq(vault.debtOf(alice, subId), 0, "no debt");
        assertEq(vault.collateralOf(alice, subId, address(weth)), 0, "collateral withdrawn");
        assertEq(weth.balanceOf(alice), 1 ether + bought - sold, "the rest back to the trader");
        assertApproxEq(1 ether - weth.balanceOf(alice), 0.00125 ether, 0.00002 ether, "round trip costs two fees");
        assertEq(weth.balanceOf(address(lev)) + usdc.balanceOf(address(lev)), 0, "router holds nothing");
    }

    function test_openAndClose_cross() public {
        _roundTrip(0);
    }

    function test_openAndClose_isolated() public {
        _roundTrip(1);
        assertEq(vault.debtOf(alice, 0), 0, "cross account untouched");
    }

    function test_open_beyondWhatMarginAllows_revertsInsufficientMargin() public {
        uint256 bought = _quoteIn(address(usdc), address(weth), 6_000 * USDC);
        bytes memory ret = _revertData(
            alice,
            address(lev),
            abi.encodeCall(LeverageRouter.openLeveraged, (0, address(weth), wethPool, 1 ether, 6_000 * USDC, 0))
        );
        (uint256 debt, uint256 capacity) = _twoArgs(ret, ErrorsLib.InsufficientMargin.selector);
        assertEq(debt, 6_000 * USDC, "debt asked");
        // capacity = (1 + bought) WETH × 2,000 USDC × 75 %
        assertApproxEq(capacity, (1 ether + bought) * 2_000 * 3 / 4 / 1e12, 1, "borrow capacity");
        assertEq(vault.debtOf(alice, 0), 0, "nothing opened");
        assertEq(weth.balanceOf(alice), 1 ether, "own collateral stays with the trader");
    }

    function test_open_isolatedAccountHoldingAnotherAsset_reverts() public {
        _deposit(alice, 2, wbtc, 1e8);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.IsolatedAssetMismatch.selector, address(wbtc), address(weth)));
        _open(2, 1 ether, 1_000 * USDC, 0);
    }

    function test_open_isolatedOnlyAssetInTheCrossAccount_reverts() public {
        address altPool = _createPool(address(alt), 1e18, 2e18);
        alt.mint(alice, 1_000 ether);
        vm.prank(alice);
        alt.approve(address(lev), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CrossNotAllowed.selector, address(alt)));
        vm.prank(alice);
        lev.openLeveraged(0, address(alt), altPool, 1_000 ether, 200 * USDC, 0);
        // the same trade in an isolated account is allowed
        vm.prank(alice);
        uint256 bought = lev.openLeveraged(3, address(alt), altPool, 1_000 ether, 200 * USDC, 0);
        assertEq(vault.collateralOf(alice, 3, address(alt)), 1_000 ether + bought, "isolated ALT position");
    }

    function test_open_belowTheMinimumOut_reverts() public {
        uint256 bought = _quoteIn(address(usdc), address(weth), 2_500 * USDC);
        vm.expectRevert(abi.encodeWithSelector(LeverageRouter.CollateralOutTooLow.selector, bought, bought + 1));
        _open(0, 1 ether, 2_500 * USDC, bought + 1);
    }

    function test_open_withoutOperatorApproval_revertsUnauthorized() public {
        vm.prank(alice);
        vault.setOperator(address(lev), false);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.Unauthorized.selector, alice, address(lev)));
        _open(0, 1 ether, 2_500 * USDC, 0);
    }

    function test_open_poolOfAnotherPair_reverts() public {
        address btcPool = factory.createPool(address(wbtc), address(usdc), FEE);
        vm.expectRevert(
            abi.encodeWithSelector(PoolPriceLib.PoolPairMismatch.selector, btcPool, address(usdc), address(weth))
        );
        vm.prank(alice);
        lev.openLeveraged(0, address(weth), btcPool, 1 ether, 2_500 * USDC, 0);
    }

    function test_deleverage_aboveTheMaximumIn_reverts() public {
        _open(0, 1 ether, 2_500 * USDC, 0);
        uint256 sold = _quoteOut(address(weth), address(usdc), 2_500 * USDC);
        vm.expectRevert(abi.encodeWithSelector(LeverageRouter.CollateralInTooHigh.selector, sold, sold - 1));
        vm.prank(alice);
        lev.deleverage(0, address(weth), wethPool, type(uint256).max, sold - 1, true);
    }

    function test_deleverage_withoutDebt_revertsNoDebt() public {
        vm.expectRevert(LeverageRouter.NoDebt.selector);
        _close(0);
    }

    function test_deleverage_partial_keepsThePosition() public {
        uint256 bought = _open(0, 1 ether, 2_500 * USDC, 0);
        uint256 sold = _quoteOut(address(weth), address(usdc), 1_000 * USDC);
        vm.prank(alice);
        (uint256 repaid, uint256 gotSold) =
            lev.deleverage(0, address(weth), wethPool, 1_000 * USDC, type(uint256).max, false);
        assertEq(repaid, 1_000 * USDC, "repaid");
        assertEq(gotSold, sold, "sold (QuoterV2)");
        assertEq(vault.debtOf(alice, 0), 1_500 * USDC, "debt left");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 1 ether + bought - sold, "collateral left");
        assertEq(weth.balanceOf(alice), 0, "nothing withdrawn");
    }

    function test_uniswapV3SwapCallback_onlyFromThePoolUnderWay() public {
        vm.expectRevert(abi.encodeWithSelector(LeverageRouter.UnexpectedCallback.selector, wethPool));
        vm.prank(wethPool);
        lev.uniswapV3SwapCallback(1, -1, "");
        vm.expectRevert(abi.encodeWithSelector(LeverageRouter.UnexpectedCallback.selector, alice));
        vm.prank(alice);
        lev.uniswapV3SwapCallback(1, -1, "");
    }
}
