// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Fuzz: base-asset accounting. At every step cash + borrows = lender claims + reserves, up to
/// protocol-favouring rounding (never short): bad debt is accounted by insurance cover (cash in) and
/// socialization (lender claims down), so the identity holds through it.
contract AccountingTest is BaseTest {
    uint256 internal constant TOLERANCE = 100; // base units of rounding dust, always in the protocol's favour

    function setUp() public override {
        super.setUp();
        usdc.mint(liquidator, 100_000_000 * USDC);
        usdc.mint(bob, 100_000_000 * USDC);
        vm.prank(bob);
        pool.deposit(2_000 * USDC, bob);
    }

    function _check(string memory step) internal view {
        uint256 assets = vault.cash() + vault.totalBorrowAssets();
        uint256 claims = vault.totalSupplyAssets() + _reservesNow();
        assertGe(assets, claims, string.concat("insolvent after ", step));
        assertLe(assets - claims, TOLERANCE, string.concat("unaccounted surplus after ", step));
    }

    function _reservesNow() internal view returns (uint256) {
        return vault.reserves(); // callers accrue first
    }

    function testFuzz_accounting_cashPlusBorrowsEqualsClaims(
        uint256 supplySeed,
        uint256 borrowSeed,
        uint256 dtSeed,
        uint256 repaySeed,
        uint256 crashSeed,
        uint256 withdrawSeed
    ) public {
        uint256 supplied = bound(supplySeed, 50_000 * USDC, 10_000_000 * USDC);
        _supply(lender, supplied);
        _supply(bob, 12_345 * USDC);
        _check("supply");

        _deposit(alice, 1, alt, 20_000 ether); // C 10,000
        uint256 b1 = bound(borrowSeed, 1, 10_000 * USDC);
        _borrow(alice, 1, b1);
        _deposit(alice, 0, weth, 10 ether); // C 15,000
        _borrow(alice, 0, bound(borrowSeed >> 64, 1, 15_000 * USDC));
        _check("borrow");

        vm.warp(block.timestamp + bound(dtSeed, 1, 3 * 365 days));
        ethFeed.setAnswer(2000e8);
        altFeed.setAnswer(1e8);
        vault.accrueInterest();
        _check("accrue");

        vm.prank(bob);
        vault.repay(alice, 0, bound(repaySeed, 1 * USDC, 20_000 * USDC));
        _check("repay");

        // crash ALT: liquidation, possibly with bad debt (covered and/or socialized)
        altFeed.setAnswer(int256(bound(crashSeed, 0.01e8, 0.8e8)));
        if (vault.health(alice, 1) < WAD) {
            vm.prank(liquidator);
            vault.liquidate(alice, 1, address(alt), type(uint256).max, "");
            _check("liquidate");
            if (vault.collateralOf(alice, 1, address(alt)) != 0 && vault.health(alice, 1) < WAD) {
                vm.prank(liquidator);
                vault.liquidate(alice, 1, address(alt), type(uint256).max, "");
                _check("second liquidation");
            }
        }

        vm.warp(block.timestamp + 1 days);
        ethFeed.setAnswer(2000e8);
        altFeed.setAnswer(1e8);
        vault.accrueInterest();
        vault.sweepReserves();
        _check("sweep");

        uint256 w = bound(withdrawSeed, 1, vault.supplyBalanceOf(bob));
        if (w <= vault.cash()) {
            vm.prank(bob);
            vault.withdraw(w, bob);
            _check("withdraw");
        }
        if (vault.debtOf(alice, 0) != 0) {
            vm.prank(bob);
            vault.repay(alice, 0, type(uint256).max);
            _check("full repay");
        }
    }
}
