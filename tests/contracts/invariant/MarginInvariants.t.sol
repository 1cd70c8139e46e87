// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "../utils/BaseTest.sol";
import {console} from "../utils/Console.sol";
import {Ghost} from "./Ghost.sol";
import {
    Env,
    Actors,
    LenderHandler,
    BorrowerHandler,
    LiquidatorHandler,
    InsurerHandler,
    RiskOracleHandler,
    GuardianHandler,
    PriceMoverHandler
} from "./Handlers.sol";
import {MarketParams} from "../../../contracts/interfaces/IMarginVault.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";

/// @notice Handler-based invariant suite of issue 7. Forge calls random sequences of the handlers' selectors
/// (`targetSelectors`); after every call it checks each `invariant_*` below. Postconditions that only an
/// action can see (who may liquidate, which price was used, what a pause blocked) are recorded by the
/// handlers in `Ghost` and asserted here. Reverts of the protocol are re-thrown by the handlers so forge's
/// metrics table (`show_metrics`) shows calls and reverts per handler selector.
abstract contract InvariantBase is BaseTest {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    Ghost internal ghost;
    LenderHandler internal lenders;
    BorrowerHandler internal borrowers;
    LiquidatorHandler internal liquidators;
    InsurerHandler internal insurers;
    RiskOracleHandler internal risk;
    GuardianHandler internal guard;
    PriceMoverHandler internal mover;

    address[] internal _targets;
    FuzzSelector[] internal _selectors;

    function setUp() public override {
        super.setUp();
        vm.prank(admin);
        pool.setPoolParams(1 hours, 2 hours, 3_000); // windows reachable within a run
        MarketParams memory mp = defaultParams();
        (mp.maxPauseDuration, mp.pauseCooldown) = (2 hours, 1 hours); // pauses end within a run
        vm.prank(admin);
        vault.setMarketParams(mp);
        ghost = new Ghost();
        Env memory e = Env(vault, pool, router, usdc, weth, wbtc, alt, ethFeed, btcFeed, altFeed, ghost, guardian, riskOracle);
        lenders = new LenderHandler(e);
        borrowers = new BorrowerHandler(e);
        liquidators = new LiquidatorHandler(e);
        insurers = new InsurerHandler(e);
        risk = new RiskOracleHandler(e);
        guard = new GuardianHandler(e);
        mover = new PriceMoverHandler(e);

        address[11] memory actors = Actors.all();
        for (uint256 i; i < actors.length; ++i) {
            vm.startPrank(actors[i]);
            usdc.approve(address(vault), type(uint256).max);
            usdc.approve(address(pool), type(uint256).max);
            weth.approve(address(vault), type(uint256).max);
            wbtc.approve(address(vault), type(uint256).max);
            alt.approve(address(vault), type(uint256).max);
            vm.stopPrank();
        }
        // A seeded market so that early sequences have liquidity and cover.
        _supply(Actors.lender(0), 2_000_000 * USDC);
        usdc.mint(Actors.insurer(0), 200_000 * USDC);
        vm.prank(Actors.insurer(0));
        pool.deposit(200_000 * USDC, Actors.insurer(0));

        // Seeded positions near their initial margin (cross WETH, isolated ALT, isolated WBTC), so that short
        // sequences reach liquidations after a few price moves.
        _seedPosition(Actors.borrower(0), 0, weth, 10 ether);
        _seedPosition(Actors.borrower(1), 1, alt, 50_000e18);
        _seedPosition(Actors.borrower(2), 2, wbtc, 1e8);

        bytes4[] memory s;
        s = new bytes4[](3);
        (s[0], s[1], s[2]) = (lenders.supply.selector, lenders.withdraw.selector, lenders.roundTrip.selector);
        _add(address(lenders), s);
        s = new bytes4[](4);
        (s[0], s[1], s[2], s[3]) = (
            borrowers.depositCollateral.selector,
            borrowers.withdrawCollateral.selector,
            borrowers.borrow.selector,
            borrowers.repay.selector
        );
        _add(address(borrowers), s);
        s = new bytes4[](3);
        (s[0], s[1], s[2]) =
            (liquidators.liquidate.selector, liquidators.sweepReserves.selector, liquidators.accrueInterest.selector);
        _add(address(liquidators), s);
        s = new bytes4[](4);
        (s[0], s[1], s[2], s[3]) = (
            insurers.deposit.selector,
            insurers.requestWithdraw.selector,
            insurers.redeem.selector,
            insurers.transferShares.selector
        );
        _add(address(insurers), s);
        s = new bytes4[](1);
        s[0] = risk.setAddOn.selector;
        _add(address(risk), s);
        s = new bytes4[](2);
        (s[0], s[1]) = (guard.pause.selector, guard.unpause.selector);
        _add(address(guard), s);
        s = new bytes4[](3);
        (s[0], s[1], s[2]) = (mover.movePrice.selector, mover.warp.selector, mover.donate.selector);
        _add(address(mover), s);
    }

    function _seedPosition(address owner, uint256 subId, MockERC20 token, uint256 amount) internal {
        token.mint(owner, amount);
        vm.prank(owner);
        vault.depositCollateral(owner, subId, address(token), amount);
        uint256 cap = vault.accountState(owner, subId).borrowCapacity;
        vm.prank(owner);
        vault.borrow(owner, subId, cap * 97 / 100, owner);
    }

    function _add(address target, bytes4[] memory sels) internal {
        _targets.push(target);
        _selectors.push(FuzzSelector(target, sels));
    }

    /// @dev forge reads these (StdInvariant conventions).
    function targetContracts() public view returns (address[] memory) {
        return _targets;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _selectors;
    }

    /* HELPERS */

    function _noViolation(uint256 id) internal view {
        uint256 n = ghost.violations(id);
        if (n != 0) _fail(string.concat("invariant ", _u(id), " violated ", _u(n), "x: ", ghost.firstViolation(id)));
    }

    /// @dev Every account the handlers can open: 3 borrowers x 3 subIds, plus the round-trip actor's cross one.
    function _accounts() internal pure returns (address[10] memory owners, uint256[10] memory subs) {
        for (uint256 i; i < Actors.N_ACCOUNTS; ++i) {
            (owners[i], subs[i]) = (Actors.borrower(i / Actors.N_SUBS), i % Actors.N_SUBS);
        }
        (owners[9], subs[9]) = (Actors.PUMPER, 0);
    }

    /* INVARIANTS */

    /// @notice 1. Lender claims (supply balances + reserves) never exceed the vault's assets (cash + borrows),
    /// except by bad debt that was realized, evented and could not be absorbed by the supply index.
    function _inv01() internal view {
        _noViolation(1);
        uint256 claims = vault.totalSupplyAssets() + vault.reserves();
        uint256 assets = vault.cash() + vault.totalBorrowAssets();
        assertLe(claims, assets + ghost.unabsorbedLoss(), "claims > cash + borrows + unabsorbed realized loss");
    }

    /// @notice 2. Sum of account borrow principals equals the total exactly; sum of debts is at least total
    /// borrows and exceeds it by at most one base unit per account (each rounds up: the protocol's favour).
    function _inv02() internal view {
        (address[10] memory owners, uint256[10] memory subs) = _accounts();
        uint256 principals;
        uint256 debts;
        for (uint256 i; i < owners.length; ++i) {
            (uint256 p,) = vault.position(owners[i], subs[i]);
            principals += p;
            debts += vault.debtOf(owners[i], subs[i]);
        }
        assertEq(principals, vault.totalBorrowPrincipal(), "sum of principals != totalBorrowPrincipal");
        uint256 total = vault.totalBorrowAssets();
        assertGe(debts, total, "sum of debts < total borrows (rounding against the protocol)");
        assertLe(debts, total + owners.length, "sum of debts exceeds total borrows by more than rounding");
    }

    /// @notice 3. Per collateral asset, the sum of account balances equals the vault's token balance (less
    /// tokens donated outside the protocol) and the asset's tracked total deposits.
    function _inv03() internal view {
        (address[10] memory owners, uint256[10] memory subs) = _accounts();
        MockERC20[3] memory tokens = [weth, wbtc, alt];
        for (uint256 a; a < 3; ++a) {
            uint256 sum;
            for (uint256 i; i < owners.length; ++i) {
                sum += vault.collateralOf(owners[i], subs[i], address(tokens[a]));
            }
            (,,,, uint256 totalDeposits) = vault.addOnState(address(tokens[a]));
            assertEq(sum, totalDeposits, "sum of balances != totalDeposits");
            assertEq(
                sum + ghost.collateralDonated(address(tokens[a])),
                tokens[a].balanceOf(address(vault)),
                "sum of balances != vault token balance"
            );
        }
    }

    /// @notice 4. No account with health >= 1 was liquidated; every successful borrow and collateral withdrawal
    /// left its account within the initial margin.
    function _inv04() internal view {
        _noViolation(4);
    }

    /// @notice 5. An operation on one subaccount never changed any other subaccount of any owner.
    function _inv05() internal view {
        _noViolation(5);
    }

    /// @notice 6. The borrow index never decreased; the supply index decreased only with BadDebtRealized.
    function _inv06() internal view {
        _noViolation(6);
        (uint256 sIdx, uint256 bIdx) = vault.currentIndices();
        assertGe(bIdx, WAD, "borrow index below its start");
        assertGe(sIdx, vault.MIN_SUPPLY_INDEX(), "supply index below its floor");
    }

    /// @notice 7. The insurance share price never fell except in a cover event; no cover exceeded the
    /// per-event cap; no withdraw request exceeds the shares its owner holds.
    function _inv07() internal view {
        _noViolation(7);
        // Withdraw requests never exceed the shares behind them (the cooldown cannot be parked elsewhere).
        for (uint256 i; i < 2; ++i) {
            address who = Actors.insurer(i);
            (uint128 requested,,) = pool.withdrawRequests(who);
            assertLe(requested, pool.balanceOf(who), "withdraw request above the shares held");
        }
    }

    /// @notice 8. Repay, deposit, supply and liquidation never failed for a pause, and borrow/withdraw never
    /// succeeded during one; a pause never outlives maxPauseDuration.
    function _inv08() internal view {
        _noViolation(8);
        MarketParams memory p = vault.marketParams();
        uint256 until = vault.pausedUntil();
        if (until != 0) {
            assertLe(until, ghost.lastPauseAt() + p.maxPauseDuration, "pause longer than maxPauseDuration");
        }
    }

    /// @notice 9. No borrow, collateral withdrawal against debt or liquidation succeeded on a stale,
    /// non-positive or out-of-bounds price, nor a borrow/withdrawal with a frozen asset.
    function _inv09() internal view {
        _noViolation(9);
    }

    /// @notice 10. No liquidator seized more than repay x (1 + bonus) at the oracle price, nor more than the
    /// account held.
    function _inv10() internal view {
        _noViolation(10);
    }

    /// @notice 11. Same-block supply/withdraw, deposit/withdraw and borrow/repay round trips never returned
    /// more than they put in; no withdrawal exceeded the lender's balance.
    function _inv11() internal view {
        _noViolation(11);
    }

    /// @notice 12. Nobody borrowed or withdrew cash that was not in the vault (utilization ≤ 100%).
    function _inv12() internal view {
        _noViolation(12);
        uint256 supplied = vault.totalSupplyAssets();
        uint256 borrowed = vault.totalBorrowAssets();
        // Market utilization as the rate model sees it is capped at 100%.
        assertLe(borrowed == 0 ? 0 : (supplied == 0 ? WAD : _min(WAD, borrowed * WAD / supplied)), WAD, "U > 1");
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    /// @notice Exploration report, printed with -vv at the end of each run.
    function afterInvariant() public view {
        bytes32[8] memory keys = [
            bytes32("ok"), "borrows", "liquidations", "badDebtEvents", "badDebtTotal", "coverTotal", "crashes",
            "staleWarps"
        ];
        for (uint256 i; i < keys.length; ++i) {
            console.log(string(abi.encodePacked(keys[i])), ghost.stat(keys[i]));
        }
        console.log("pauses", ghost.stat("pauses"));
        console.log("unabsorbedLoss", ghost.unabsorbedLoss());
    }
}

/// @notice Handler-based invariant suite of issue 7 (see InvariantBase); one campaign per invariant.
contract MarginInvariantsTest is InvariantBase {
    /// @notice 1. Lender claims (supply balances + reserves) never exceed the vault's assets (cash + borrows),
    /// except by bad debt that was realized, evented and could not be absorbed by the supply index.
    function invariant_01_lenderClaimsBackedByAssets() public view {
        _inv01();
    }

    /// @notice 2. Sum of account borrow principals equals the total exactly; sum of debts is at least total
    /// borrows and exceeds it by at most one base unit per account (each rounds up: the protocol's favour).
    function invariant_02_debtsSumToTotalBorrows() public view {
        _inv02();
    }

    /// @notice 3. Per collateral asset, the sum of account balances equals the vault's token balance (less
    /// tokens donated outside the protocol) and the asset's tracked total deposits.
    function invariant_03_collateralSumsMatchBalances() public view {
        _inv03();
    }

    /// @notice 4. No account with health >= 1 was liquidated; every successful borrow and collateral withdrawal
    /// left its account within the initial margin.
    function invariant_04_onlyUnhealthyLiquidated_IMAfterRisk() public view {
        _inv04();
    }

    /// @notice 5. An operation on one subaccount never changed any other subaccount of any owner.
    function invariant_05_subaccountIsolation() public view {
        _inv05();
    }

    /// @notice 6. The borrow index never decreased; the supply index decreased only with BadDebtRealized.
    function invariant_06_indicesMonotone() public view {
        _inv06();
    }

    /// @notice 7. The insurance share price never fell except in a cover event; no cover exceeded the
    /// per-event cap; no withdraw request exceeds the shares its owner holds.
    function invariant_07_insuranceSharePrice() public view {
        _inv07();
    }

    /// @notice 8. Repay, deposit, supply and liquidation never failed for a pause, and borrow/withdraw never
    /// succeeded during one; a pause never outlives maxPauseDuration.
    function invariant_08_pauseScopeAndDuration() public view {
        _inv08();
    }

    /// @notice 9. No borrow, collateral withdrawal against debt or liquidation succeeded on a stale,
    /// non-positive or out-of-bounds price, nor a borrow/withdrawal with a frozen asset.
    function invariant_09_noBadPriceUsed() public view {
        _inv09();
    }

    /// @notice 10. No liquidator seized more than repay x (1 + bonus) at the oracle price, nor more than the
    /// account held.
    function invariant_10_seizeBounded() public view {
        _inv10();
    }

    /// @notice 11. Same-block supply/withdraw, deposit/withdraw and borrow/repay round trips never returned
    /// more than they put in; no withdrawal exceeded the lender's balance.
    function invariant_11_noRoundingPump() public view {
        _inv11();
    }

    /// @notice 12. Nobody borrowed or withdrew cash that was not in the vault (utilization ≤ 100%).
    function invariant_12_noBorrowBeyondCash() public view {
        _inv12();
    }

    /// @notice 13. Claims on the vault (supply balances + reserves) never exceed its assets plus the insurance
    /// cover actually received: every bad-debt event books exactly what the pool paid (issue 15, finding 1).
    function invariant_13_claimsBackedByAssetsAndReceivedCover() public view {
        assertEq(ghost.stat("coverBooked"), ghost.stat("coverTotal"), "insurance cover booked but not received");
        _inv01();
    }
}
