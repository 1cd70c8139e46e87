// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";
import {AccountState} from "../../contracts/interfaces/IMarginVault.sol";

/// @notice One held asset's balance lives in the account's Position slot, the others in the collateral mapping
/// (docs/protocol.md, "Storage"). Whatever the place, every view and operation sees the same balances.
contract CollateralStorageTest is BaseTest {
    uint256 internal constant INLINE_MAX = type(uint88).max;

    function setUp() public override {
        super.setUp();
        _supply(lender, 1_000_000 * USDC);
        usdc.mint(liquidator, 1_000_000 * USDC);
    }

    function _balanceInState(address owner, uint256 subId, address asset) internal view returns (uint256) {
        AccountState memory st = vault.accountState(owner, subId);
        for (uint256 i; i < st.assets.length; ++i) {
            if (st.assets[i].asset == asset) return st.assets[i].balance;
        }
        return 0;
    }

    function test_balanceAboveInlineRangeMovesToTheMappingAndBack() public {
        _deposit(alice, 0, weth, 1 ether);
        _deposit(alice, 0, weth, INLINE_MAX); // now 2^88 - 1 + 1e18: above the inline range
        uint256 expected = INLINE_MAX + 1 ether;
        assertEq(vault.collateralOf(alice, 0, address(weth)), expected, "sum of both deposits");
        assertEq(_balanceInState(alice, 0, address(weth)), expected, "accountState agrees");
        vm.prank(alice);
        vault.withdrawCollateral(alice, 0, address(weth), INLINE_MAX, alice);
        assertEq(vault.collateralOf(alice, 0, address(weth)), 1 ether, "back to 1 WETH");
        _deposit(alice, 0, wbtc, 0.1e8);
        assertEq(vault.collateralOf(alice, 0, address(wbtc)), 0.1e8, "second asset");
        vm.prank(alice);
        vault.withdrawCollateral(alice, 0, address(weth), 1 ether, alice);
        (, uint256 mask) = vault.position(alice, 0);
        assertEq(mask, 2, "only WBTC (index 1) held");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 0, "WETH gone");
        assertEq(weth.balanceOf(alice), expected, "every WETH returned");
    }

    function test_freedInlinePlaceServesTheNextAsset() public {
        _deposit(alice, 0, weth, 2 ether); // inline
        _deposit(alice, 0, wbtc, 0.1e8); // mapping
        vm.prank(alice);
        vault.withdrawCollateral(alice, 0, address(weth), 2 ether, alice); // frees the inline place
        _deposit(alice, 0, weth, 3 ether); // takes it again
        assertEq(vault.collateralOf(alice, 0, address(weth)), 3 ether, "WETH");
        assertEq(vault.collateralOf(alice, 0, address(wbtc)), 0.1e8, "WBTC untouched");
        assertEq(_balanceInState(alice, 0, address(wbtc)), 0.1e8, "accountState agrees");
        vm.prank(alice);
        vault.withdrawCollateral(alice, 0, address(wbtc), 0.04e8, alice);
        assertEq(vault.collateralOf(alice, 0, address(wbtc)), 0.06e8, "WBTC after a partial withdrawal");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 3 ether, "WETH untouched");
    }

    function test_unlistedAssetReadsZeroBesideAnInlineBalance() public {
        _deposit(alice, 0, weth, 1 ether); // WETH (index 0) inline
        MockERC20 other = new MockERC20("Other", "OTH", 18);
        assertEq(vault.collateralOf(alice, 0, address(other)), 0, "an unlisted asset is never held");
    }

    function test_liquidationSeizesAnAssetHeldInTheMapping() public {
        _deposit(alice, 0, weth, 1 ether); // inline
        _deposit(alice, 0, wbtc, 0.1e8); // mapping
        _borrow(alice, 0, 5_000 * USDC);
        btcFeed.setAnswer(30_000e8); // as IsolationTest.test_cross_oneBadAssetDragsTheAccount
        vm.prank(liquidator);
        (, uint256 seized,) = vault.liquidate(alice, 0, address(wbtc), 1_000 * USDC, "");
        assertGt(seized, 0, "some WBTC seized");
        assertEq(vault.collateralOf(alice, 0, address(wbtc)), 0.1e8 - seized, "WBTC balance lowered by the seizure");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 1 ether, "WETH untouched");
        assertEq(wbtc.balanceOf(liquidator), seized, "liquidator received it");
    }
}
