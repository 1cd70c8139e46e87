// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {MarginVault} from "../../contracts/MarginVault.sol";
import {InsurancePool} from "../../contracts/InsurancePool.sol";
import {MarketParams, CollateralConfig} from "../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../contracts/libraries/EventsLib.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../contracts/mocks/MockAggregator.sol";
import {KinkedRateModel} from "../../contracts/KinkedRateModel.sol";
import {L2OracleRouter} from "../../contracts/L2OracleRouter.sol";
import {IRateModel} from "../../contracts/interfaces/IRateModel.sol";
import {IOracleRouter} from "../../contracts/interfaces/IOracleRouter.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";

/// @dev A rate model that can be switched to revert on every read (a broken or self-destructed model).
contract BreakableRateModel is IRateModel {
    bool public broken;

    function breakIt() external {
        broken = true;
    }

    function borrowRatePerSecond(uint256) external view returns (uint256) {
        require(!broken, "rate model broken");
        return 1e9;
    }
}

/// @dev A feed whose latest round is fine but whose previous-round read burns every unit of gas it is given.
contract GasBurningAggregator {
    uint8 public constant decimals = 8;

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return (2, 2000e8, block.timestamp, block.timestamp, 2);
    }

    function getRoundData(uint80) external view returns (uint80, int256, uint256, uint256, uint80) {
        uint256 x;
        while (gasleft() > 0) x += gasleft();
        return (1, int256(x), 0, 0, 1);
    }
}

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

    /// @dev Drains the pool's cash (its reserves still in the vault cannot be swept inside the vault's call, as in
    /// any liquidation callback).
    function onMarginLiquidation(uint256, uint256, uint256, bytes calldata) external {
        uint256 cash = usdc.balanceOf(address(pool));
        uint256 most = pool.maxWithdraw(address(this));
        pool.withdraw(cash < most ? cash : most, address(this), address(this));
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

    /* ISSUE 15, SECOND PART */

    /// Finding 2 (Medium): listing an asset the oracle cannot price let it into accounts as unpriceable dust.
    function test_finding2_listCollateralRequiresAFeed() public {
        MockERC20 t = new MockERC20("No feed", "NF", 18);
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.FeedNotSet.selector, address(t)));
        vault.listCollateral(address(t), wethConfig());
    }

    /// Finding 2 (Medium): one stale feed reverted healthBatch for the whole batch and blinded the keeper. The
    /// batch now answers for every account and flags the one whose asset could not be priced.
    function test_finding2_healthBatchFlagsUnpricedAccountInsteadOfReverting() public {
        _openEthPosition(15_000 * USDC); // alice: 10 WETH, 15,000 debt
        _deposit(alice, 0, wbtc, 1); // 1 sat of WBTC (asset index 1)
        _deposit(bob, 0, weth, 10 ether);
        _borrow(bob, 0, 10_000 * USDC);
        vm.warp(START + 2 hours); // every feed is stale ...
        _setPriceSettled(ethFeed, 1800e8); // ... but ETH's

        address[] memory owners = new address[](2);
        uint256[] memory subs = new uint256[](2);
        (owners[0], owners[1]) = (alice, bob);
        (uint256[] memory h, uint256[] memory d, uint256[] memory unpriced) = vault.healthBatch(owners, subs);
        assertEq(unpriced[0], 1 << 1, "alice's WBTC flagged as unpriced");
        assertEq(unpriced[1], 0, "bob fully priced");
        assertEq(h[1], vault.health(bob, 0), "bob's health as health() reports it");
        // alice: WBTC counts 0, as liquidation counts it: 10 WETH at 1,800 x LT 80% against her debt
        uint256 liq = MarginMath.collateralValue(10 ether, 1800e18, 18, 6) * 8_000 / BPS;
        assertEq(h[0], MarginMath.health(liq, d[0]), "alice's health with the unpriced asset at 0");
        assertLt(h[0], WAD, "liquidatable, and liquidation agrees");
        usdc.mint(liquidator, 100_000 * USDC);
        vm.prank(liquidator);
        vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
    }

    /// Finding 3 (Low): a depositor entering just before sweepReserves took ~99% of a year of reserves. Reserves
    /// now count in the pool's assets as they accrue: the JIT depositor earns only what accrued while it held.
    function test_finding3_jitDepositBeforeSweepEarnsOnlyTimeWeightedShare() public {
        usdc.mint(bob, 100_000 * USDC);
        vm.prank(bob);
        pool.deposit(100_000 * USDC, bob); // the honest insurer, all year
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 1, weth, 500 ether);
        _borrow(alice, 1, 600_000 * USDC);
        vm.warp(START + 365 days); // a year of reserves, never swept

        address jit = address(0xBAD);
        uint256 stake = 10_000_000 * USDC; // 99% of the pool
        usdc.mint(jit, stake);
        uint256 pastReserves = vault.accruedReserves();
        vm.startPrank(jit);
        usdc.approve(address(pool), stake);
        uint256 shares = pool.deposit(stake, jit);
        pool.requestWithdraw(shares);
        vm.stopPrank();
        uint256 swept = vault.sweepReserves();
        assertEq(swept, pastReserves, "a year of reserves swept");

        vm.warp(START + 365 days + pool.cooldown() + 1);
        uint256 during = vault.accruedReserves(); // accrued while the JIT depositor held (nothing swept since)
        vm.prank(jit);
        uint256 out = pool.redeem(shares, jit, jit);
        uint256 profit = out - stake;
        assertLt(profit, pastReserves / 10, "JIT depositor took a share of reserves accrued before it came");
        assertLe(profit, during * 99 / 100 + 1, "no more than its share of what accrued while it held");
    }

    /// Finding 4 (Low): eight isolated accounts in one price move drained a 100,000 pool to 5,764 (0.7^8): the
    /// cap held per event, not per crash. The window cap (50% of the pool per day) keeps half; the rest is
    /// socialized.
    function test_finding4_eightIsolatedCrashesLeaveHalfThePool() public {
        usdc.mint(bob, 100_000 * USDC);
        vm.prank(bob);
        pool.deposit(100_000 * USDC, bob);
        _supply(lender, 1_000_000 * USDC);
        for (uint256 i = 1; i <= 8; ++i) {
            _deposit(alice, i, alt, 100_000 ether); // 100,000 at 1.00
            _borrow(alice, i, 50_000 * USDC); // BF 50%
        }
        _setPriceSettled(altFeed, 0.01e8); // ALT -99%: about 49,000 of bad debt per account
        usdc.mint(liquidator, 1_000_000 * USDC);
        for (uint256 i = 1; i <= 8; ++i) {
            vm.prank(liquidator);
            vault.liquidate(alice, i, address(alt), type(uint256).max, "");
            assertEq(vault.debtOf(alice, i), 0, "bad debt written off");
        }
        assertGe(pool.totalAssets(), 50_000 * USDC, "the crash took at most the window cap (50%) of the pool");
        (uint256 claims, uint256 assets) = _claimsAndAssets();
        assertLe(claims, assets, "the rest was socialized");
    }

    /// Finding 4: the window cap's bounds and view.
    function test_finding4_coverWindowBoundsAndView() public {
        (uint256 len, uint256 cap,,) = pool.coverWindow();
        assertEq(len, 1 days, "default window");
        assertEq(cap, 5_000, "default cap");
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 59 minutes, 1 hours, 30 days));
        pool.setCoverWindow(59 minutes, 5_000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0, 1, BPS));
        pool.setCoverWindow(1 days, 0);
        pool.setCoverWindow(2 days, 10_000);
        vm.stopPrank();
        (len, cap,,) = pool.coverWindow();
        assertEq(len, 2 days, "window set");
        assertEq(cap, 10_000, "cap set");
    }

    /// Finding 5 (Low): at 100% utilization and the maximum legal rate, accrual overflowed the 128-bit index
    /// from about day 1,750, and repay and setRateModel reverted forever. The indices now saturate.
    function test_finding5_accrualNeverRevertsAtMaxRateFarFuture() public {
        KinkedRateModel maxModel = new KinkedRateModel(10e18, 0, 0, 0.8e18); // 1000% APR at any utilization
        vm.prank(admin);
        vault.setRateModel(IRateModel(address(maxModel)));
        _supply(lender, 10_000 * USDC);
        _deposit(alice, 1, weth, 10 ether);
        _borrow(alice, 1, 10_000 * USDC); // 100% utilization
        for (uint256 day = 1; day <= 2_200; ++day) {
            vm.warp(START + day * 1 days);
            vault.accrueInterest();
        }
        assertEq(vault.borrowIndex(), MarginMath.MAX_INDEX, "borrow index saturated, not overflowed");
        vm.warp(START + 2_201 days);
        vault.accrueInterest(); // still accrues
        uint256 onePrincipal = vault.borrowIndex() / WAD + 1; // the smallest repay that moves a principal unit
        usdc.mint(alice, onePrincipal);
        vm.prank(alice);
        vault.repay(alice, 1, onePrincipal); // recovery: repay works
        vm.prank(admin);
        vault.setRateModel(IRateModel(address(rateModel))); // and governance can switch the model
    }

    /// A view run at a time before the last accrual (anvil's eth_call at the wall clock, behind blocks mined faster
    /// than one a second) returns the stored state (dt = max(0, now − lastAccrual), §5) instead of Panic 0x11.
    function test_viewsBehindTheLastAccrualSeeTheStoredState() public {
        _openEthPosition(5_000 * USDC);
        vm.warp(START + 1 hours);
        vault.accrueInterest();
        uint256 debt = vault.debtOf(alice, 0);
        uint256 h = vault.health(alice, 0);
        assertGt(debt, 5_000 * USDC, "an hour of interest accrued");
        vm.warp(START + 30 minutes); // behind lastAccrual
        assertEq(vault.debtOf(alice, 0), debt, "debt: stored, no negative accrual");
        assertEq(vault.health(alice, 0), h, "health: stored");
        address[] memory owners = new address[](1);
        uint256[] memory subIds = new uint256[](1);
        owners[0] = alice;
        vault.healthBatch(owners, subIds); // no Panic(0x11)
        vault.accrueInterest(); // nothing to accrue: indices unchanged
        assertEq(vault.debtOf(alice, 0), debt, "accrueInterest behind: nothing");
    }

    /// Design risk: setRateModel accrued with the old model first, so a reverting model could never be replaced.
    function test_designRisk_setRateModelWorksWhenOldModelReverts() public {
        BreakableRateModel m = new BreakableRateModel();
        vm.prank(admin);
        vault.setRateModel(IRateModel(address(m)));
        _openEthPosition(1_000 * USDC);
        m.breakIt();
        vm.warp(START + 1 days);
        vm.expectRevert("rate model broken");
        vault.accrueInterest();
        vm.prank(admin);
        vault.setRateModel(IRateModel(address(rateModel)));
        assertEq(address(vault.rateModel()), address(rateModel), "switched");
        assertEq(vault.lastAccrual(), START + 1 days, "the gap accrued with the new model");
        vault.accrueInterest();
    }

    /// Design risk: updateCollateral lowered a liquidation threshold at once, skipping the grace add-ons get. A
    /// risk-increasing change is now announced and applies after addOnGrace; a risk-decreasing one at once.
    function test_designRisk_riskIncreasingCollateralUpdateWaitsForGrace() public {
        CollateralConfig memory c = wethConfig();
        c.liquidationThresholdBps = 7_800; // lower LT: risk-increasing
        uint256 effectiveAt = START + defaultParams().addOnGrace;
        c.decimals = 18;
        vm.expectEmit(true, false, false, true, address(vault));
        emit EventsLib.CollateralUpdateScheduled(address(weth), c, effectiveAt);
        vm.prank(admin);
        vault.updateCollateral(address(weth), c);
        assertEq(vault.collateralConfig(address(weth)).liquidationThresholdBps, 8_000, "not yet in force");
        (CollateralConfig memory pending, uint256 at) = vault.pendingCollateralUpdate(address(weth));
        assertEq(pending.liquidationThresholdBps, 7_800, "pending");
        assertEq(at, effectiveAt, "effective at");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CollateralUpdateNotDue.selector, address(weth), effectiveAt));
        vault.applyCollateralUpdate(address(weth));
        vm.warp(effectiveAt);
        vault.applyCollateralUpdate(address(weth)); // anyone, after the grace
        assertEq(vault.collateralConfig(address(weth)).liquidationThresholdBps, 7_800, "in force after the grace");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CollateralUpdateNotDue.selector, address(weth), 0));
        vault.applyCollateralUpdate(address(weth));

        c.liquidationThresholdBps = 8_200; // higher LT: risk-decreasing, at once
        vm.prank(admin);
        vault.updateCollateral(address(weth), c);
        assertEq(vault.collateralConfig(address(weth)).liquidationThresholdBps, 8_200, "at once");
    }

    /// Design risk: an L2 sequencer outage hides prices; after a restart, borrowing is refused and liquidations
    /// wait for the grace period (Aave v3 PriceOracleSentinel).
    function test_designRisk_sequencerGraceRefusesBorrowAndDelaysLiquidation() public {
        MockAggregator seq = new MockAggregator(0, 0);
        seq.setRound(1, 0, START - 1 days); // up for a day
        L2OracleRouter l2 = new L2OracleRouter(admin, AggregatorV3Interface(address(seq)), 1 hours);
        vm.prank(admin);
        l2.setFeed(address(weth), _feed(ethFeed));
        MarginVault v = deployVault(
            IERC20Metadata(address(usdc)), IOracleRouter(address(l2)), IRateModel(address(rateModel)), admin, defaultParams()
        );
        vm.prank(admin);
        v.listCollateral(address(weth), wethConfig());
        usdc.mint(lender, 100_000 * USDC);
        weth.mint(alice, 10 ether);
        vm.startPrank(lender);
        usdc.approve(address(v), type(uint256).max);
        v.supply(100_000 * USDC, lender);
        vm.stopPrank();
        vm.startPrank(alice);
        weth.approve(address(v), type(uint256).max);
        v.depositCollateral(alice, 0, address(weth), 10 ether);
        v.borrow(alice, 0, 14_000 * USDC, alice); // sequencer up: allowed
        vm.stopPrank();

        vm.warp(START + 10 minutes);
        seq.setRound(2, 1, START + 10 minutes); // down
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SequencerDown.selector, type(uint256).max));
        v.borrow(alice, 0, 1 * USDC, alice);

        vm.warp(START + 1 hours);
        seq.setRound(3, 0, START + 1 hours); // back up: grace until START + 2 hours
        _setPriceSettled(ethFeed, 1700e8); // alice below 1
        usdc.mint(liquidator, 100_000 * USDC);
        vm.startPrank(liquidator);
        usdc.approve(address(v), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SequencerDown.selector, START + 2 hours));
        v.liquidate(alice, 0, address(weth), type(uint256).max, "");
        vm.stopPrank();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SequencerDown.selector, START + 2 hours));
        v.borrow(alice, 0, 1 * USDC, alice);
        assertLt(v.health(alice, 0), WAD, "views still answer");

        vm.warp(START + 2 hours);
        _setPriceSettled(ethFeed, 1700e8); // fresh round
        vm.prank(liquidator);
        (uint256 repaid,,) = v.liquidate(alice, 0, address(weth), type(uint256).max, "");
        assertGt(repaid, 0, "liquidation after the grace");
    }

    /// Lead's finding: _frozenUntil took any revert of getRoundData as "not frozen", so a caller who starved the
    /// read of gas skipped the circuit breaker. An out-of-gas read now reverts PriceUnavailable.
    function test_frozenUntilStarvedOfGasRevertsPriceUnavailable() public {
        GasBurningAggregator burner = new GasBurningAggregator();
        MockERC20 t = new MockERC20("T", "T", 18);
        vm.prank(admin);
        router.setFeed(address(t), _feed(MockAggregator(address(burner))));
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceUnavailable.selector, address(t)));
        router.frozenUntil{gas: 300_000}(address(t));
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceUnavailable.selector, address(t)));
        router.getPriceAndFrozen{gas: 300_000}(address(t));
    }
}
