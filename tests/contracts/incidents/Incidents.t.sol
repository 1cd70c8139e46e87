// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "../utils/BaseTest.sol";
import {Vm} from "../utils/Vm.sol";
import {MarginVault} from "../../../contracts/MarginVault.sol";
import {FeedConfig} from "../../../contracts/OracleRouter.sol";
import {CollateralConfig} from "../../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../../contracts/libraries/EventsLib.sol";
import {MarginMath} from "../../../contracts/libraries/MarginMath.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../../contracts/mocks/MockAggregator.sol";
import {FeeOnTransferToken} from "../../../contracts/mocks/FeeOnTransferToken.sol";
import {RebasingToken} from "../../../contracts/mocks/RebasingToken.sol";
import {HookToken, ITokenHooks} from "../../../contracts/mocks/HookToken.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @dev Attacker contract whose ERC-777-style hooks try to re-enter the vault mid-transfer.
contract HookAttacker is ITokenHooks {
    MarginVault internal immutable vault;
    HookToken internal immutable token;
    uint256 public attempts;
    bytes public lastError;
    bool public reentered;

    constructor(MarginVault v, HookToken t) {
        vault = v;
        token = t;
        t.setHooks(true);
        t.approve(address(v), type(uint256).max);
    }

    function deposit(uint256 amount) external {
        vault.depositCollateral(address(this), 1, address(token), amount);
    }

    function withdraw(uint256 amount) external {
        vault.withdrawCollateral(address(this), 1, address(token), amount, address(this));
    }

    function borrow(uint256 amount) external {
        vault.borrow(address(this), 1, amount, address(this));
    }

    /// @dev Before the deposit's balances move: try to deposit again (double credit) .
    function tokensToSend(address, address, uint256 amount) external {
        if (msg.sender != address(token) || attempts > 0) return;
        ++attempts;
        try vault.depositCollateral(address(this), 1, address(token), amount) {
            reentered = true;
        } catch (bytes memory err) {
            lastError = err;
        }
    }

    /// @dev After the withdrawal's tokens arrive: try to borrow against the collateral just taken out.
    function tokensReceived(address from, address, uint256) external {
        if (msg.sender != address(token) || from != address(vault) || attempts > 1) return;
        ++attempts;
        try vault.borrow(address(this), 1, 1_000e6, address(this)) {
            reentered = true;
        } catch (bytes memory err) {
            lastError = err;
        }
    }
}

/// @notice Replays of historical DeFi incidents against this protocol (issue 7). Each test names the incident,
/// reproduces its mechanism, and shows the attack failing or the loss bounded and covered.
contract IncidentReplaysTest is BaseTest {
    MockERC20 internal stable; // a DAI-like collateral with tight price bounds
    MockAggregator internal stableFeed;

    function setUp() public override {
        super.setUp();
        usdc.mint(liquidator, 100_000_000 * USDC);
    }

    function _list(address token, MockAggregator feed, uint128 minPrice, uint128 maxPrice, CollateralConfig memory cfg)
        internal
    {
        FeedConfig memory f = _feed(feed);
        (f.minPrice, f.maxPrice) = (minPrice, maxPrice);
        vm.startPrank(admin);
        router.setFeed(token, f);
        vault.listCollateral(token, cfg);
        vm.stopPrank();
    }

    /* COMPOUND, NOVEMBER 2020 */

    /// @notice Compound, 26 Nov 2020: the DAI price on Coinbase Pro spiked to 1.30 for about an hour, the
    /// oracle followed it and ~$89M of healthy positions were liquidated. Here: (a) a spike outside a
    /// stablecoin's configured bounds is never used — no liquidation, no borrow against it; (b) an in-bounds
    /// spike trips the deviation circuit breaker: nobody can borrow or withdraw against the spiked price;
    /// (c) no in-bounds price can liquidate the stablecoin position; (d) an in-bounds spike of a volatile asset
    /// may liquidate, but only up to the close factor, for the bonus, and without a cascade.
    function test_compound_nov2020_oracleSpike_boundsAndBreaker() public {
        stable = new MockERC20("Dai", "DAI", 18);
        stableFeed = new MockAggregator(8, 1e8);
        CollateralConfig memory cfg = wethConfig();
        (cfg.borrowFactorBps, cfg.liquidationThresholdBps) = (8_500, 8_800);
        cfg.liquidationBonusBps = 500;
        _list(address(stable), stableFeed, 0.95e18, 1.05e18, cfg);
        vm.prank(alice);
        stable.approve(address(vault), type(uint256).max);

        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, stable, 100_000e18);
        _borrow(alice, 0, 80_000 * USDC); // health = 88,000 / 80,000 = 1.1

        // (a) One round spikes DAI by 30% (down here: the collateral side; up is symmetric). Out of bounds.
        stableFeed.setAnswer(0.77e8);
        vm.prank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(stable), 0.77e18));
        vault.liquidate(alice, 0, address(stable), type(uint256).max, "");
        stableFeed.setAnswer(1.3e8);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(stable), 1.3e18));
        _borrow(alice, 0, 1 * USDC);
        _setPriceSettled(stableFeed, 1e8);
        assertEq(vault.collateralOf(alice, 0, address(stable)), 100_000e18, "nothing seized on the spike");

        // (b) WETH spikes +30% in one round: borrowing against the spike is frozen for the cool-off.
        _deposit(bob, 0, weth, 10 ether);
        ethFeed.setAnswer(2600e8);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceFrozen.selector, address(weth), START + 1 hours));
        _borrow(bob, 0, 15_000 * USDC); // would only fit at the spiked price (cap at 2,000 = 15,000)
        // The spike reverts within the cool-off: the frozen window saw no new risk at all.
        ethFeed.setAnswer(2000e8);
        vm.warp(START + 1 hours);
        ethFeed.setAnswer(2000e8);
        // The debt of a 15,000.000001 borrow rounds up (index above 1 after the hour): 15,000.000002 > 15,000.
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientMargin.selector, 15_000 * USDC + 2, 15_000 * USDC));
        _borrow(bob, 0, 15_000 * USDC + 1);
        _borrow(bob, 0, 15_000 * USDC - 1); // at the real price the position sits at its initial margin

        // (c) With tight bounds no in-bounds spike can liquidate the stablecoin position: at the floor 0.95,
        // L = 95,000 x 0.88 = 83,600 > debt.
        stableFeed.setAnswer(0.95e8);
        assertGe(vault.health(alice, 0), WAD, "healthy at the worst in-bounds price");
        // (d) For a volatile asset a spike inside its (wide) bounds is a valid price: liquidations continue on
        // it (§9, so a real crash is not left to grow into bad debt), but the victim's loss is bounded — above
        // the deep threshold at most half of the debt is repaid and only the 5% bonus on it is lost.
        ethFeed.setAnswer(1850e8); // -7.5%: health = 18,500 x 0.8 / 15,000 = 0.987
        uint256 debtBefore = vault.debtOf(bob, 0);
        assertLt(vault.health(bob, 0), WAD, "spike makes bob liquidatable");
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized,) = vault.liquidate(bob, 0, address(weth), type(uint256).max, "");
        assertLe(repaid, debtBefore / 2, "close factor: at most half of the debt");
        uint256 seizedValue = MarginMath.collateralValue(seized, 1850e18, 18, 6);
        assertLe(seizedValue, repaid * 10_500 / BPS, "victim loses at most the 5% bonus on the repaid part");
        assertGe(vault.health(bob, 0), WAD, "one liquidation restores health: no cascade");
    }

    /* MANGO MARKETS, OCTOBER 2022 */

    /// @notice Mango Markets, 11 Oct 2022: the attacker pumped MNGO ~10x on thin markets, then borrowed
    /// everything against the inflated collateral (~$114M). Here: the pumped round freezes borrowing; the
    /// illiquid asset is isolated-only and capped; even a pump sustained past the cool-off meets the tiered
    /// margin, which bounds what the position can borrow far below a flat factor.
    function test_mango_oct2022_selfPumpBorrowAll_frozenCappedTiered() public {
        CollateralConfig memory cfg = altConfig();
        cfg.supplyCap = 2_000_000e18;
        vm.prank(admin);
        vault.updateCollateral(address(alt), cfg);
        _supply(lender, 20_000_000 * USDC);

        // Cross margin is not allowed for the illiquid asset; the supply cap stops hoarding.
        alt.mint(alice, 3_000_000e18);
        vm.startPrank(alice);
        alt.approve(address(vault), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CrossNotAllowed.selector, address(alt)));
        vault.depositCollateral(alice, 0, address(alt), 1e18);
        vault.depositCollateral(alice, 1, address(alt), 2_000_000e18);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.SupplyCapExceeded.selector, address(alt), 2_000_000e18 + 1, 2_000_000e18)
        );
        vault.depositCollateral(alice, 1, address(alt), 1);
        vm.stopPrank();

        // Pump 10x in one round: borrowing is frozen.
        altFeed.setAnswer(10e8);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceFrozen.selector, address(alt), START + 1 hours));
        _borrow(alice, 1, 1 * USDC);

        // Sustained pump (the attacker holds the price an hour): capacity is tiered, not flat.
        vm.warp(START + 1 hours);
        altFeed.setAnswer(10e8);
        uint256 value = 20_000_000 * USDC;
        uint256 flat = value * cfg.borrowFactorBps / BPS; // 10,000,000 with a flat 50%
        uint256 tiered = 100_000 * USDC * 5_000 / BPS + 400_000 * USDC * 4_000 / BPS
            + (value - 500_000 * USDC) * 3_000 / BPS; // 50k + 160k + 5.85M
        assertEq(vault.accountState(alice, 1).borrowCapacity, tiered, "tiered capacity");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientMargin.selector, tiered + 2, tiered));
        _borrow(alice, 1, tiered + 1);
        _borrow(alice, 1, tiered - 1); // debt rounds up by at most one unit
        assertLt(tiered * 100 / flat, 61, "tiers cut the extractable amount to under 61% of a flat factor");
        // The pump ends; what the attacker kept is bounded by the tiered capacity minus the collateral left.
        _setPriceSettled(altFeed, 1e8);
        uint256 collateralValue = 2_000_000 * USDC;
        assertLt(tiered - collateralValue, flat - collateralValue, "bounded loss");
        assertEq(vault.debtOf(bob, 0), 0, "other accounts untouched");
    }

    /* EULER, MARCH 2023 */

    /// @notice Euler Finance, 13 Mar 2023 (~$197M): `donateToReserves` let an account burn its own collateral
    /// without a health check, making it insolvent; the attacker then liquidated itself at a discount larger
    /// than its loss. Here: there is no donation path out of an account (collateral leaves only through the
    /// margin-checked withdrawal), tokens sent to the vault credit nobody, a healthy account cannot be
    /// liquidated, and self-liquidation of an unhealthy one costs the attacker the insurance fee.
    function test_euler_mar2023_donationSelfLiquidation_impossible() public {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 15_000 * USDC); // at the initial margin
        // "Donate" collateral away: the only exit is margin-checked.
        vm.prank(alice);
        vm.expectRevert();
        vault.withdrawCollateral(alice, 0, address(weth), 1, alice);
        // A raw transfer to the vault is a gift to nobody: no balance, no reserve, no health change.
        uint256 hBefore = vault.health(alice, 0);
        weth.mint(alice, 5 ether);
        vm.prank(alice);
        weth.transfer(address(vault), 5 ether);
        assertEq(vault.collateralOf(alice, 0, address(weth)), 10 ether, "donation credits nobody");
        assertEq(vault.health(alice, 0), hBefore, "donation does not change health");
        // Self-liquidation of a healthy account reverts.
        usdc.mint(alice, 100_000 * USDC);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, hBefore));
        vault.liquidate(alice, 0, address(weth), type(uint256).max, "");

        // Once the price makes it unhealthy, self-liquidation is a loss (the protocol's fee), never a profit.
        ethFeed.setAnswer(1850e8); // health = 14,800 / 15,000 < 1
        uint256 netBefore = _netWorth(alice, 1850e18);
        vm.prank(alice);
        (,, uint256 fee) = vault.liquidate(alice, 0, address(weth), type(uint256).max, "");
        uint256 netAfter = _netWorth(alice, 1850e18);
        assertGt(fee, 0, "fee paid");
        assertLe(netAfter + fee, netBefore + 1, "self-liquidation loses the fee");
        assertLt(netAfter, netBefore, "self-liquidation is never profitable");
    }

    /// @dev Wallet USDC + wallet WETH + account WETH at `price`, minus debt (base units).
    function _netWorth(address who, uint256 price) internal view returns (uint256) {
        uint256 wethTotal = weth.balanceOf(who) + vault.collateralOf(who, 0, address(weth));
        return usdc.balanceOf(who) + MarginMath.collateralValue(wethTotal, price, 18, 6) - vault.debtOf(who, 0);
    }

    /* AAVE CRV, NOVEMBER 2022 */

    /// @notice Aave v2 CRV, 22 Nov 2022: a ~$60M borrow against a huge CRV position; when CRV moved, the size
    /// could not be liquidated cleanly and Aave was left with ~$1.6M of bad debt. Here: the size tiers shrink
    /// what the whale can borrow, the bad debt that a gap still leaves is smaller than with a flat factor, the
    /// insurance pool covers it up to its per-event cap, and the rest is socialized on the supply index with
    /// every amount evented — lenders' loss accounted to the unit.
    function test_aaveCRV_nov2022_hugeVolatilePosition_tiersInsuranceAccounting() public {
        _supply(lender, 10_000_000 * USDC);
        usdc.mint(address(0xF00D), 500_000 * USDC);
        vm.startPrank(address(0xF00D));
        usdc.approve(address(pool), type(uint256).max);
        pool.deposit(500_000 * USDC, address(0xF00D));
        vm.stopPrank();

        _deposit(alice, 1, alt, 5_000_000e18); // $5M of a volatile asset, isolated
        uint256 cap = vault.accountState(alice, 1).borrowCapacity;
        assertEq(cap, 1_560_000 * USDC, "tiered capacity: 50k + 160k + 1.35M (flat 50% would be 2.5M)");
        _borrow(alice, 1, cap);

        // CRV-style gap: -70% in one round (no chance to liquidate in between).
        altFeed.setAnswer(0.3e8);
        uint256 lenderBefore = vault.supplyBalanceOf(lender);
        uint256 poolBefore = pool.totalAssets();
        vm.recordLogs();
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized, uint256 fee) = vault.liquidate(alice, 1, address(alt), type(uint256).max, "");
        (uint256 badDebt, uint256 covered, uint256 socialized) = _badDebtEvent();

        assertEq(seized, 5_000_000e18, "everything seized");
        assertEq(repaid, (1_500_000 * USDC * BPS + 10_999) / 11_000, "repay = ceil(value / (1 + bonus))");
        assertEq(badDebt, cap - repaid, "bad debt = debt - repaid");
        uint256 flatBadDebt = 2_500_000 * USDC - repaid;
        assertLt(badDebt * 5, flatBadDebt, "tiers shrink the bad debt more than 5x vs a flat factor");
        // The liquidation's fee joins the reserves, which the pool counts as its assets (review fix R3).
        assertEq(covered, (poolBefore + fee) * 3_000 / BPS, "insurance pays its per-event cap");
        assertEq(poolBefore + fee - pool.totalAssets(), covered, "pool paid exactly the cover");
        assertEq(covered + socialized, badDebt, "cover + socialized = bad debt");
        uint256 lenderLoss = lenderBefore - vault.supplyBalanceOf(lender);
        assertGe(lenderLoss, socialized, "lenders absorb the socialized part");
        assertLe(lenderLoss, socialized + 1, "and not a unit more than rounding");
        assertEq(vault.debtOf(alice, 1), 0, "bad debt cleared from the account");
    }

    function _badDebtEvent() internal returns (uint256 badDebt, uint256 covered, uint256 socialized) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == EventsLib.BadDebtRealized.selector) {
                return abi.decode(logs[i].data, (uint256, uint256, uint256));
            }
        }
        _fail("no BadDebtRealized event");
    }

    /* CHAINLINK minAnswer, TERRA, MAY 2022 */

    /// @notice Terra LUNA, May 2022: Chainlink's LUNA/USD aggregator clamped at its minAnswer ($0.10) while
    /// LUNA traded near $0.01; Venus and Blizz lent against the floor price. Here the router's minPrice sits
    /// above the aggregator's floor, so a feed stuck at its floor is out of bounds: no deposit-and-borrow, no
    /// liquidation on it — while a debt-free holder can still withdraw.
    function test_chainlinkMinAnswer_terra_may2022_floorPriceNeverUsed() public {
        MockERC20 luna = new MockERC20("Terra", "LUNA", 18);
        MockAggregator lunaFeed = new MockAggregator(8, 80e8);
        CollateralConfig memory cfg = wethConfig();
        _list(address(luna), lunaFeed, 0.11e18, 1_000e18, cfg); // aggregator floor 0.10 < minPrice 0.11
        vm.prank(alice);
        luna.approve(address(vault), type(uint256).max);
        vm.prank(bob);
        luna.approve(address(vault), type(uint256).max);
        _supply(lender, 1_000_000 * USDC);
        _deposit(bob, 0, luna, 100e18);
        _borrow(bob, 0, 5_000 * USDC); // 100 LUNA at $80

        // The crash: the aggregator clamps at its minAnswer while the market is at 0.01.
        lunaFeed.setAnswer(0.1e8);
        _deposit(alice, 0, luna, 1_000_000e18); // bought at ~$10k on the market
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(luna), 0.1e18));
        _borrow(alice, 0, 50_000 * USDC); // $100k "worth" at the floor
        vm.prank(liquidator);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceOutOfBounds.selector, address(luna), 0.1e18));
        vault.liquidate(bob, 0, address(luna), type(uint256).max, "");
        // Debt-free collateral is not locked by the bad feed.
        vm.warp(START + 2 hours); // past the breaker's cool-off, and the feed is also stale now
        vm.prank(alice);
        vault.withdrawCollateral(alice, 0, address(luna), 1_000_000e18, alice);
        assertEq(luna.balanceOf(alice), 1_000_000e18, "debt-free withdrawal works");
    }

    /* ERC-4626 INFLATION */

    /// @notice ERC-4626 first-depositor inflation (e.g. the Hundred Finance / Sonne exploits of 2023 on
    /// Compound-fork markets): the first depositor mints 1 wei of shares, donates to the pool to inflate the
    /// share price, and the victim's deposit rounds to 0 shares. The pool's 6-decimal virtual-share offset
    /// makes the victim lose at most dust while the attacker loses about half of the donation.
    function test_erc4626_firstDepositorInflation_onInsurancePool() public {
        address attacker = address(0xBAD);
        address victim = address(0x71C);
        usdc.mint(attacker, 1_000_000 * USDC + 1);
        usdc.mint(victim, 100_000 * USDC);
        vm.startPrank(attacker);
        usdc.approve(address(pool), type(uint256).max);
        pool.deposit(1, attacker);
        usdc.transfer(address(pool), 1_000_000 * USDC); // the donation
        vm.stopPrank();
        vm.startPrank(victim);
        usdc.approve(address(pool), type(uint256).max);
        uint256 shares = pool.deposit(100_000 * USDC, victim);
        vm.stopPrank();
        assertGt(shares, 0, "victim gets shares");

        // Both exit through the cooldown and window.
        uint256 attackerShares = pool.balanceOf(attacker);
        vm.prank(attacker);
        pool.requestWithdraw(attackerShares);
        vm.prank(victim);
        pool.requestWithdraw(shares);
        vm.warp(block.timestamp + pool.cooldown());
        vm.prank(victim);
        uint256 victimOut = pool.redeem(shares, victim, victim);
        vm.prank(attacker);
        uint256 attackerOut = pool.redeem(attackerShares, attacker, attacker);
        assertGe(victimOut + 1 * USDC, 100_000 * USDC, "victim loses at most 1 USDC of dust");
        assertLt(attackerOut, 1_000_000 * USDC * 6 / 10, "attacker loses about half of the donation");
    }

    /* REENTRANCY WITH TRANSFER HOOKS */

    /// @notice imBTC on Uniswap v1 and Lendf.Me, 18-19 Apr 2020 (~$25M): ERC-777 `tokensToSend` /
    /// `tokensReceived` hooks re-entered the protocol mid-transfer and were credited twice. Here every state
    /// change is nonReentrant and effects come before interactions: the hooks' re-entries revert, the
    /// attacker gains nothing and the books stay exact.
    function test_reentrancy_erc777Hooks_blocked() public {
        HookToken hook = new HookToken();
        MockAggregator hookFeed = new MockAggregator(8, 1e8);
        _list(address(hook), hookFeed, 1e12, 1e30, altConfig());
        _supply(lender, 1_000_000 * USDC);
        HookAttacker attacker = new HookAttacker(vault, hook);
        hook.mint(address(attacker), 20_000e18);

        // tokensToSend during the deposit tries to deposit again.
        attacker.deposit(10_000e18);
        assertEq(attacker.attempts(), 1, "hook fired");
        assertFalse(attacker.reentered(), "re-entry did not succeed");
        assertTrue(bytes4(attacker.lastError()) == ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "guard");
        assertEq(vault.collateralOf(address(attacker), 1, address(hook)), 10_000e18, "credited once");
        assertEq(hook.balanceOf(address(vault)), 10_000e18, "books match the tokens");

        // tokensReceived during the withdrawal tries to borrow against the collateral just taken out.
        attacker.withdraw(10_000e18);
        assertEq(attacker.attempts(), 2, "hook fired again");
        assertFalse(attacker.reentered(), "re-entry did not succeed");
        assertTrue(bytes4(attacker.lastError()) == ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "guard");
        assertEq(vault.debtOf(address(attacker), 1), 0, "no debt taken");
        assertEq(usdc.balanceOf(address(attacker)), 0, "no base extracted");
        assertEq(hook.balanceOf(address(attacker)), 20_000e18, "only its own tokens back");
    }

    /* INSURANCE FRONT-RUNNING */

    /// @notice Insurance/staking funds whose depositors exit ahead of a known loss (e.g. Aave's Safety Module
    /// cooldown rationale; Nexus Mutual's claim-assessment lock): a depositor who sees bad debt coming in the
    /// mempool cannot leave — withdrawals need a request, a cooldown, then a window — so the loss hits every
    /// depositor pro rata, and a depositor who joins after it buys in at the post-loss price.
    function test_insuranceFrontRun_knownLoss_cooldownAndWindow() public {
        address early = address(0xEA);
        address late = address(0x1A7E);
        usdc.mint(early, 500_000 * USDC);
        usdc.mint(late, 500_000 * USDC);
        vm.startPrank(early);
        usdc.approve(address(pool), type(uint256).max);
        uint256 shares = pool.deposit(500_000 * USDC, early);
        vm.stopPrank();

        _supply(lender, 2_000_000 * USDC);
        _deposit(alice, 1, alt, 1_000_000e18);
        _borrow(alice, 1, vault.accountState(alice, 1).borrowCapacity);
        altFeed.setAnswer(0.2e8); // the loss is now visible to everyone

        // The depositor tries to run: no request → window closed; a fresh request opens only after the cooldown.
        vm.prank(early);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WithdrawWindowClosed.selector, 0, 0));
        pool.redeem(shares, early, early);
        vm.prank(early);
        pool.requestWithdraw(shares);
        vm.prank(early);
        vm.expectRevert(
            abi.encodeWithSelector(
                ErrorsLib.WithdrawWindowClosed.selector, START + 7 days, START + 9 days
            )
        );
        pool.redeem(shares, early, early);

        // The liquidation realizes the bad debt: the pool covers it while the depositor is still in.
        uint256 before = pool.previewRedeem(shares);
        vm.prank(liquidator);
        vault.liquidate(alice, 1, address(alt), type(uint256).max, "");
        uint256 afterLoss = pool.previewRedeem(shares);
        assertLt(afterLoss, before, "the depositor bears the loss");

        // A late depositor buys in at the post-loss price: no transfer of the loss onto newcomers.
        vm.startPrank(late);
        usdc.approve(address(pool), type(uint256).max);
        uint256 lateShares = pool.deposit(100_000 * USDC, late);
        vm.stopPrank();
        assertLe(pool.previewRedeem(lateShares), 100_000 * USDC, "no free value for the newcomer");
        assertGe(pool.previewRedeem(lateShares) + 1, 100_000 * USDC, "and no loss either");

        // The window opens after the cooldown and closes after the window.
        vm.warp(START + 9 days);
        vm.prank(early);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.WithdrawWindowClosed.selector, START + 7 days, START + 9 days)
        );
        pool.redeem(shares, early, early);
    }

    /// @notice Same incident class, sybil variant: one depositor tiles time with withdraw requests made from
    /// several addresses, passing its shares along so each address requests the full balance, then moves the
    /// shares to whichever address has an open window when a loss becomes known. A request must not outlive
    /// the shares behind it: moving shares out of an address clamps its request to what it still holds.
    function test_insuranceFrontRun_sybilRequestRolling_blocked() public {
        address[5] memory sybils = [address(0x5B0), address(0x5B1), address(0x5B2), address(0x5B3), address(0x5B4)];
        usdc.mint(sybils[0], 900_000 * USDC);
        vm.startPrank(sybils[0]);
        usdc.approve(address(pool), type(uint256).max);
        uint256 shares = pool.deposit(900_000 * USDC, sybils[0]);
        vm.stopPrank();
        // Every 2 days the next address receives all shares, requests them all, and passes them on.
        for (uint256 i; i < 5; ++i) {
            vm.warp(START + i * 2 days);
            vm.prank(sybils[i]);
            pool.requestWithdraw(shares);
            vm.prank(sybils[i]);
            pool.transfer(sybils[(i + 1) % 5], shares);
        }
        assertEq(pool.balanceOf(sybils[0]), shares, "shares back at the first address");
        // Day 10.5: a loss is known; sybil 1's window [9d, 11d) is open. Shares go there to exit at once.
        vm.warp(START + 10 days + 12 hours);
        vm.prank(sybils[0]);
        pool.transfer(sybils[1], shares);
        assertEq(pool.maxRedeem(sybils[1]), 0, "the request did not survive the shares leaving");
        vm.prank(sybils[1]);
        vm.expectRevert();
        pool.redeem(shares, sybils[1], sybils[1]);
        // The honest path still works: hold the shares through the cooldown, exit in the window.
        vm.prank(sybils[1]);
        pool.requestWithdraw(shares);
        vm.warp(block.timestamp + 7 days);
        vm.prank(sybils[1]);
        assertEq(pool.redeem(shares, sybils[1], sybils[1]), 900_000 * USDC, "window exit");
    }

    /* FEE-ON-TRANSFER AND DUST */

    /// @notice Fee-on-transfer and rebasing collateral (STA/Balancer, June 2020: a deflationary token drained
    /// a pool that credited the nominal amount). Here the vault's balance after a deposit must cover every
    /// amount credited, else it reverts: neither token can be deposited.
    function test_feeOnTransferAndRebasingCollateral_rejected() public {
        FeeOnTransferToken fot = new FeeOnTransferToken();
        RebasingToken reb = new RebasingToken();
        _list(address(fot), new MockAggregator(8, 1e8), 1e12, 1e30, altConfig());
        _list(address(reb), new MockAggregator(8, 1e8), 1e12, 1e30, altConfig());
        fot.mint(alice, 1_000e18);
        reb.mint(alice, 1_000e18);
        reb.mint(bob, 3e18);
        reb.rebase(1001, 1000);
        vm.startPrank(alice);
        fot.approve(address(vault), type(uint256).max);
        reb.approve(address(vault), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnsupportedToken.selector, address(fot)));
        vault.depositCollateral(alice, 1, address(fot), 1_000e18);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnsupportedToken.selector, address(reb)));
        vault.depositCollateral(alice, 2, address(reb), 1e18 + 7);
        vm.stopPrank();
        assertEq(vault.collateralOf(alice, 1, address(fot)), 0, "nothing credited");
    }

    /// @notice Rounding and dust griefing (e.g. the Hundred/Sonne rounding exploits of 2023, and dust
    /// positions too small to be worth liquidating): 1-wei operations never round in the caller's favour,
    /// nobody can plant dust in another's isolated account, and a liquidation never leaves a debt remainder
    /// below the dust threshold.
    function test_roundingAndDustGriefing_protocolFavoured() public {
        _openEthPosition(10_000 * USDC);
        vm.warp(START + 30 days); // indices above 1: every conversion now rounds
        vault.accrueInterest();
        (uint256 sIdx, uint256 bIdx) = vault.currentIndices();
        assertGt(bIdx, WAD, "borrow index grew");
        assertGt(sIdx, WAD, "supply index grew");

        // 1-wei repay would cancel less than one principal unit: refused, not rounded to a free repayment.
        usdc.mint(bob, 1_000 * USDC);
        vm.prank(bob);
        vm.expectRevert(ErrorsLib.ZeroAmount.selector);
        vault.repay(alice, 0, 1);
        // 1-wei supply mints no principal: refused (no free dust accounts).
        vm.prank(bob);
        vm.expectRevert(ErrorsLib.ZeroAmount.selector);
        vault.supply(1, bob);

        // Withdrawing 1 wei at a time burns at least as much principal as one large withdrawal.
        _supply(bob, 1_000 * USDC);
        uint256 p0 = vault.supplyPrincipal(bob);
        uint256 out;
        for (uint256 i; i < 50; ++i) {
            vm.prank(bob);
            out += vault.withdraw(1, bob);
        }
        uint256 burned = p0 - vault.supplyPrincipal(bob);
        assertGe(burned * sIdx / WAD, out, "dust withdrawals are never paid more than the principal burnt");

        // Dust planting in someone's isolated account (fixing its asset) is unauthorized.
        alt.mint(bob, 1);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.Unauthorized.selector, alice, bob));
        vault.depositCollateral(alice, 1, address(alt), 1);

        // A liquidation that would leave a remainder under the dust threshold closes the debt instead.
        uint256 debt = vault.debtOf(alice, 0);
        ethFeed.setAnswer(1240e8); // health just under 1, above the deep threshold: 50% close factor
        vm.prank(admin);
        usdc.mint(liquidator, debt * 2);
        vm.prank(liquidator);
        (uint256 repaid,,) = vault.liquidate(alice, 0, address(weth), debt - 5 * USDC, "");
        uint256 left = vault.debtOf(alice, 0);
        assertTrue(left == 0 || left >= 10 * USDC, "no debt remainder below the dust threshold");
        assertLe(repaid, debt, "never more than the debt");
    }
}
