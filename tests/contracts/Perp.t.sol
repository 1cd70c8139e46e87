// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {PerpBaseTest} from "./utils/PerpBaseTest.sol";
import {IPerpMarkets} from "../../contracts/interfaces/IPerpMarkets.sol";
import {PerpMarketConfig} from "../../contracts/interfaces/IMarginVault.sol";
import {PerpMarketState, PerpPosition} from "../../contracts/libraries/VaultTypes.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Perpetual futures on MarginVault accounts (docs/protocol.md §13). Expected values are worked out by hand
/// from the spec in the comments (ETH at 2,000 USDC, 5 bps taker fee, skew scale 1,000,000 ETH, IM 10%, MM 5%).
contract PerpTest is PerpBaseTest {
    /* LISTING AND CONFIGURATION */

    function test_markets_listed() public view {
        (address lv, uint256 count, uint256 bps,,) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpGlobals, ())), (address, uint256, uint256, int256, uint256)
        );
        assertEq(lv, address(plv), "liquidity vault");
        assertEq(count, 3, "three markets");
        assertEq(bps, 5_000, "net exposure cap");
        assertEq(_market(LNK).status, 1, "active");
    }

    function test_listing_onlyAdmin_andValidated() public {
        PerpMarketConfig memory c = ethPerp();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0))
        );
        vm.prank(alice);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (3, c)));

        c.mmfBps = c.imfBps;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidMarginFactors.selector, 1_000, 1_000));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (3, c)));

        c = ethPerp();
        c.liquidationPenaltyBps = 240; // 240 × WAD ≥ 500 × 0.5e18 × 0.95: a partial liquidation could lower health
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.LiquidationMarginTooThin.selector, 240e18, 237.5e18));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (3, c)));

        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PerpMarketNotListed.selector, 5));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (5, ethPerp())));

        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownPerpCall.selector, bytes4(0x12345678)));
        vault.perp(abi.encodeWithSelector(0x12345678));
    }

    function test_marginLevel_boundsAndEffect() public {
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0.4e18, 0.5e18, 2e18));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setMarginLevel, (alice, 0.4e18)));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setMarginLevel, (alice, 0.5e18)));
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 10e18);
        (,,,, uint256 im,,) = _margin(alice, 1);
        assertEq(im, 1_000 * USDC, "IM 20,000 x 10% x 0.5");
    }

    /* TRADES */

    function test_open_increase_reduce_close() public {
        _cash(alice, 1, 10_000 * USDC);
        // fee = 10 × 2,000 × 5 bps = 10 USDC + impact 10 × 10 × 2,000 / (2 × 1,000,000) = 0.1 USDC
        (int256 size, uint256 fee) = _trade(alice, 1, ETH, 10e18);
        assertEqI(size, 10e18, "size");
        assertEq(fee, 10_100_000, "open fee");
        (PerpPosition memory p, int256 cash) = _position(alice, 1, ETH);
        assertEqI(p.costBasis, 20_000 * 1e6, "basis");
        assertEqI(cash, 9_989_900_000, "cash after fee");
        PerpMarketState memory st = _market(ETH);
        assertEq(st.longOi, 10e18, "long OI");
        assertEq(st.longCount, 1, "long count");
        assertEq(st.netNotional, 20_000 * USDC, "net notional");
        // initial health = 9,989.9 / (20,000 × 10%) = 4.99495
        (,,,, uint256 im,, uint256 ih) = _margin(alice, 1);
        assertEq(im, 2_000 * USDC, "IM");
        assertEq(ih, 4.99495e18, "initial health");

        // price 2,100, 1 hour later: funding at rate 1e11 × 10 / 1e6 = 1e6 per second;
        // ΔF = 1e6 × 2,100e18 × 3,600 / 1e18 = 7.56e12; owed = ⌈10 × 7.56e12 × 1e6 / 1e18⌉ = ⌈75.6⌉ = 76
        vm.warp(START + 1 hours);
        _setPriceSettled(ethFeed, 2_100e8);
        // close: reduces skew 10 → 0, flat fee only: 10 × 2,100 × 5 bps = 10.5 USDC; realized +1,000
        (size, fee) = _trade(alice, 1, ETH, -10e18);
        assertEqI(size, 0, "closed");
        assertEq(fee, 10_500_000, "close fee");
        (p, cash) = _position(alice, 1, ETH);
        assertEqI(cash, 9_989_900_000 - 76 - 10_500_000 + 1_000_000_000, "cash after close");
        assertEqI(p.costBasis, 0, "basis cleared");
        assertEqI(p.entryFunding, 0, "closed position deleted: F_e cleared too (docs/gas.md)");
        st = _market(ETH);
        assertEq(st.longOi, 0, "OI");
        assertEq(st.longCount, 0, "count");
        assertEqI(st.fundingIndex, 7.56e12, "funding index");
        assertEqI(st.sumCostBasis, 0, "aggregate basis");

        // Reopening settles no funding (size 0 owes none) and enters at the index now: F_e = F.
        (, int256 cashBefore) = _position(alice, 1, ETH);
        (, fee) = _trade(alice, 1, ETH, 1e18);
        (p, cash) = _position(alice, 1, ETH);
        assertEqI(p.entryFunding, 7.56e12, "F_e at reopen");
        assertEqI(p.costBasis, 2_100 * 1e6, "basis at reopen");
        assertEqI(cash, cashBefore - int256(fee), "only the fee is charged");
        assertEqI(_market(ETH).sumSizeFunding, 7.56e12, "aggregate s x F_e / WAD");
    }

    /// A view run at a time before the market's last funding touch (anvil's eth_call behind its last block) sees the
    /// stored index: dt = max(0, now − lastFundingTime) (§13.4), no Panic 0x11.
    function test_fundingViewsBehindTheLastTouchSeeTheStoredIndex() public {
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 10e18);
        vm.warp(START + 1 hours);
        _setPriceSettled(ethFeed, 2_000e8);
        _trade(alice, 1, ETH, 1e18); // touch: F accrues to START + 1 hour
        (int256 nl, int256 nc,,,, uint256 h,) = _margin(alice, 1);
        int256 f = _market(ETH).fundingIndex;
        assertTrue(f > 0, "funding accrued over the hour");
        vm.warp(START + 30 minutes);
        (int256 nl2, int256 nc2,,,, uint256 h2,) = _margin(alice, 1);
        assertEqI(nl2, nl, "numerator L: stored index");
        assertEqI(nc2, nc, "numerator C: stored index");
        assertEq(h2, h, "health: stored index");
    }

    function test_reduce_realizesProRata_and_flip() public {
        _cash(alice, 0, 10_000 * USDC);
        _trade(alice, 0, ETH, 3e18);
        _setPriceSettled(ethFeed, 2_500e8);
        (, int256 before) = _position(alice, 0, ETH);
        // reduce 1 of 3 at 2,500: realized 2,500 − 2,000 = 500; fee 1 × 2,500 × 5 bps = 1.25 (reduces skew)
        _trade(alice, 0, ETH, -1e18);
        (PerpPosition memory p, int256 cash) = _position(alice, 0, ETH);
        assertEqI(p.size, 2e18, "size");
        assertEqI(p.costBasis, 4_000e6, "basis left");
        assertEqI(cash - before, 500e6 - 1_250_000, "realized minus fee");
        // flip 2 long → 1 short at 2,500: realized +1,000 on the long; short basis −2,500
        _trade(alice, 0, ETH, -3e18);
        (p,) = _position(alice, 0, ETH);
        assertEqI(p.size, -1e18, "short");
        assertEqI(p.costBasis, -2_500e6, "short basis");
        PerpMarketState memory st = _market(ETH);
        assertEq(st.longOi, 0, "no long OI");
        assertEq(st.shortOi, 1e18, "short OI");
        assertEq(st.longCount, 0, "long count");
        assertEq(st.shortCount, 1, "short count");
    }

    function test_initialMargin_required_reducingAlwaysAllowed() public {
        _cash(alice, 1, 1_000 * USDC);
        // 6 ETH = 12,000 notional needs 1,200 IM > 1,000 − fee
        vm.prank(alice);
        vm.expectRevert();
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(6e18), type(uint256).max)));
        _trade(alice, 1, ETH, 4e18);
        // guardian pauses the market: increases revert, reductions pass
        vm.prank(guardian);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 2)));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MarketReduceOnly.selector, ETH));
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(1e18), type(uint256).max)));
        _trade(alice, 1, ETH, -1e18);
        // vault-wide pause: reductions still pass
        vm.prank(guardian);
        vault.pause();
        _trade(alice, 1, ETH, -1e18);
        (PerpPosition memory p,) = _position(alice, 1, ETH);
        assertEqI(p.size, 2e18, "reduced twice");
    }

    function test_slippage_fee_limit() public {
        _cash(alice, 1, 10_000 * USDC);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SlippageExceeded.selector, 10_100_000, 10_000_000));
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(10e18), 10_000_000)));
    }

    function test_openInterestCaps() public {
        _cash(alice, 1, 5_000_000 * USDC);
        // BTC-PERP max 500 BTC per side
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.OpenInterestCapExceeded.selector, BTC, 501e18, 500e18));
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, BTC, int256(501e18), type(uint256).max)));
        // net exposure: 50% of the LP capital (1,000,000) = 500,000 notional; 251 ETH = 502,000
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.OpenInterestCapExceeded.selector, ETH, 502_000 * USDC, 500_000 * USDC)
        );
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(251e18), type(uint256).max)));
        _trade(alice, 1, ETH, 250e18);
        // the other side may still trade (it reduces the net)
        _cash(bob, 1, 100_000 * USDC);
        _trade(bob, 1, ETH, -100e18);
        assertEq(_market(ETH).netNotional, 300_000 * USDC, "net notional after the short");
    }

    function test_frozenPrice_blocksOpening_notReducing() public {
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 2e18);
        _setPrice(ethFeed, 2_300e8); // +15% in one round: breaker trips for the cool-off
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.PriceFrozen.selector, address(weth), START + 1 hours));
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(1e18), type(uint256).max)));
        _trade(alice, 1, ETH, -1e18);
    }

    function test_delisting_settlesAtRecordedPrice() public {
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 2e18);
        _setPriceSettled(ethFeed, 2_200e8);
        vm.prank(guardian);
        vm.expectRevert(); // delisting is ADMIN only
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 3)));
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 3)));
        assertEq(_market(ETH).settlementPrice, 2_200e18, "recorded");
        _setPriceSettled(ethFeed, 1_000e8); // the feed no longer matters
        (, int256 before) = _position(alice, 1, ETH);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MarketDelisted.selector, ETH));
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(1e18), type(uint256).max)));
        (, uint256 fee) = _trade(alice, 1, ETH, -2e18);
        (, int256 cash) = _position(alice, 1, ETH);
        assertEq(fee, 0, "no fee when delisted");
        assertEqI(cash - before, 400e6, "2 x (2,200 - 2,000)");
    }

    /* MARGIN: CROSS AND ISOLATED */

    function test_cross_oneHealth_collateralDebtAndPositions() public {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether); // 20,000, BF 75% → C = 15,000, LT 80% → L = 16,000
        _borrow(alice, 0, 10_000 * USDC);
        // no perp cash: the position is margined by collateral. 20 ETH = 40,000 notional, IM 4,000
        _trade(alice, 0, ETH, 20e18); // fee 20 + 20 × 20 × 2,000 / 2e6 = 0.4 → 20.4 USDC
        (int256 numL, int256 numC, uint256 debt, uint256 mm, uint256 im, uint256 h,) = _margin(alice, 0);
        assertEqI(numL, 16_000e6 - 20_400_000, "L + cash");
        assertEqI(numC, 15_000e6 - 20_400_000, "C + cash");
        assertEq(debt, 10_000 * USDC, "debt");
        assertEq(mm, 2_000 * USDC, "MM 5%");
        assertEq(im, 4_000 * USDC, "IM 10%");
        assertEq(h, (16_000e6 - 20_400_000) * WAD / 12_000e6, "health");
        // a borrow that fits the spot check (debt ≤ C) but not with the position is refused
        vm.prank(alice);
        vm.expectRevert();
        vault.borrow(alice, 0, 2_000 * USDC, alice);
        // so is a collateral withdrawal
        vm.prank(alice);
        vm.expectRevert();
        vault.withdrawCollateral(alice, 0, address(weth), 1 ether, alice);
        // the spot health view is unchanged for spot-only accounts
        assertEq(_health(bob, 0), type(uint256).max, "empty account");
    }

    function test_isolated_holdsOneInstrument() public {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 1e18);
        weth.mint(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(ErrorsLib.IsolatedInstrumentMismatch.selector);
        vault.depositCollateral(alice, 1, address(weth), 1 ether);
        vm.prank(alice);
        vm.expectRevert(ErrorsLib.IsolatedInstrumentMismatch.selector);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, BTC, int256(0.01e18), type(uint256).max)));
        _deposit(alice, 2, weth, 1 ether);
        vm.prank(alice);
        vm.expectRevert(ErrorsLib.IsolatedInstrumentMismatch.selector);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 2, ETH, int256(0.1e18), type(uint256).max)));
    }

    function test_transferMargin_withdrawOnlyCash_andMargin() public {
        _cash(alice, 1, 1_000 * USDC);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.Unauthorized.selector, alice, bob));
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(1), bob)));
        _trade(alice, 1, ETH, 4e18); // IM 800, cash 1,000 − 4.016
        vm.prank(alice);
        vm.expectRevert();
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(200 * USDC), alice)));
        vm.prank(alice);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(100 * USDC), alice)));
        assertEq(usdc.balanceOf(alice), 100 * USDC, "paid out by the liquidity vault");
    }

    /* LIQUIDATION, INSURANCE, AUTO-DELEVERAGING */

    function test_liquidation_full_penaltySplit() public {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18); // fee 4 + 4 × 4 × 2,000 / 2e6 = 4.016
        vm.expectRevert();
        vault.perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (alice, 1, ETH, type(uint256).max)));
        _setPriceSettled(ethFeed, 1_790e8);
        // numL = 995.984 − 840 = 155.984; MM = 7,160 × 5% = 358 → health 0.4357… < deep 0.95: full close
        assertEq(_health(alice, 1), uint256(155_984_000) * WAD / 358_000_000, "health before");
        uint256 poolBefore = usdc.balanceOf(address(pool));
        (uint256 closed, uint256 penalty) = _liquidate(alice, 1, ETH, type(uint256).max);
        assertEq(closed, 4e18, "full");
        assertEq(penalty, 71_600_000, "1% of 7,160");
        assertEq(usdc.balanceOf(liquidator), 64_440_000, "90% to the liquidator");
        assertEq(usdc.balanceOf(address(pool)) - poolBefore, 7_160_000, "10% to insurance");
        (, int256 cash) = _position(alice, 1, ETH);
        assertEqI(cash, 995_984_000 - 840_000_000 - 71_600_000, "cash left");
    }

    function test_liquidation_partial_raisesHealth() public {
        _cash(alice, 1, 2_010_100_000);
        _trade(alice, 1, ETH, 10e18); // 20,000 notional, fee 10.1 → cash 2,000
        _setPriceSettled(ethFeed, 1_900e8);
        // numL = 2,000 − 1,000 = 1,000; MM = 19,000 × 5% = 950 → health 1.0526: safe
        assertEq(_health(alice, 1), uint256(1_000e6) * WAD / 950e6, "safe");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, uint256(1_000e6) * WAD / 950e6));
        vault.perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (alice, 1, ETH, type(uint256).max)));
        // at 1,892: numL = 920, MM = 946 → 0.9725 < 1 and ≥ 0.95: close factor 50%
        _setPriceSettled(ethFeed, 1_892e8);
        uint256 hBefore = _health(alice, 1);
        assertEq(hBefore, uint256(920e6) * WAD / 946e6, "liquidatable");
        (uint256 closed, uint256 penalty) = _liquidate(alice, 1, ETH, type(uint256).max);
        assertEq(closed, 5e18, "close factor 50%");
        assertEq(penalty, 94_600_000, "1% of 9,460");
        // after: cash 2,000 − 540 − 94.6 = 1,365.4; open 5 ETH, basis 10,000: pnl −540; numL 825.4; MM 473
        assertEq(_health(alice, 1), uint256(825_400_000) * WAD / 473e6, "health rose");
        assertGt(_health(alice, 1), hBefore, "monotone");
    }

    function test_negativeEquity_insuranceThenAdl() public {
        // insurance pool: 500 USDC, cover cap 30% → 150
        usdc.mint(address(this), 500 * USDC);
        usdc.approve(address(pool), type(uint256).max);
        pool.deposit(500 * USDC, address(this));
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18); // cash 995.984
        _cash(bob, 1, 1_000 * USDC);
        _trade(bob, 1, ETH, -4e18); // reduces the skew to 0: flat fee 4 → cash 996
        _setPriceSettled(ethFeed, 1_700e8);
        // alice: cash 995.984 − 1,200 = −204.016 after the close: no penalty (§13.7 cap) → deficit; cover 150 (30% of 500)
        _liquidate(alice, 1, ETH, type(uint256).max);
        (, int256 cash) = _position(alice, 1, ETH);
        assertEqI(cash, 0, "deficit realized");
        PerpMarketState memory st = _market(ETH);
        assertEq(st.adlDeficit, 204_016_000 - 150_000_000, "uncovered part waits for ADL");
        assertTrue(st.deficitLong, "the bankrupt side was long");
        // ADL: bob is the only short (rank checked over an empty list); his +1,200 profit is cut by 54.016
        vm.prank(carol);
        bytes memory r = vault.perp(
            abi.encodeCall(IPerpMarkets.deleverage, (ETH, bob, 1, new address[](0), new uint256[](0)))
        );
        assertEq(abi.decode(r, (uint256)), 54_016_000, "haircut");
        (PerpPosition memory p, int256 bobCash) = _position(bob, 1, ETH);
        assertEqI(p.size, 0, "bob closed");
        assertEqI(bobCash, 996e6 + 1_200e6 - 54_016_000, "profit minus haircut");
        assertEq(_market(ETH).adlDeficit, 0, "deficit cleared");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.NoDeficit.selector, ETH));
        vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, bob, 1, new address[](0), new uint256[](0))));
    }

    function test_adl_rankingChecked() public {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18);
        _cash(bob, 1, 1_000 * USDC);
        _trade(bob, 1, ETH, -2e18); // same PnL per unit, less leverage than carol
        _cash(carol, 1, 500 * USDC);
        _trade(carol, 1, ETH, -2e18);
        _setPriceSettled(ethFeed, 1_700e8);
        _liquidate(alice, 1, ETH, type(uint256).max); // no insurance deposits: all of it waits for ADL
        assertGt(_market(ETH).adlDeficit, 0, "deficit");
        address[] memory owners = new address[](1);
        uint256[] memory subs = new uint256[](1);
        subs[0] = 1;
        // bob ranks below carol (same profit, more equity): targeting bob fails
        owners[0] = carol;
        vm.expectRevert();
        vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, bob, 1, owners, subs)));
        // an incomplete list fails
        vm.expectRevert(ErrorsLib.ArrayLengthMismatch.selector);
        vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, carol, 1, new address[](0), new uint256[](0))));
        owners[0] = bob;
        vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, carol, 1, owners, subs)));
        (PerpPosition memory p,) = _position(carol, 1, ETH);
        assertEqI(p.size, 0, "most leveraged winner deleveraged first");
    }

    /* LIQUIDITY VAULT */

    function test_liquidityVault_assetsFollowTraderPnl() public {
        assertEq(plv.totalAssets(), 1_000_000 * USDC, "LP capital");
        _cash(alice, 1, 10_000 * USDC);
        assertEq(plv.totalAssets(), 1_000_000 * USDC, "trader cash is not LP capital");
        _trade(alice, 1, ETH, 10e18); // fee 10.1 to the vault
        assertEq(plv.totalAssets(), 1_000_000 * USDC + 10_100_000, "fees accrue to LPs");
        _setPriceSettled(ethFeed, 2_100e8);
        assertEq(plv.totalAssets(), 1_000_000 * USDC + 10_100_000 - 1_000 * USDC, "trader profit is LP loss");
        // withdrawals follow the insurance pool's cooldown
        vm.prank(lp);
        vm.expectRevert();
        plv.redeem(1, lp, lp);
    }

    /* FUZZ: CONSERVATION */

    /// @notice Two traders open opposite positions, the price and time move, both close: every aggregate returns
    /// to zero, Σ cash equals the sum of the accounts' cash, and the liquidity vault's gain is exactly the traders'
    /// loss (fees, funding and PnL conserved; rounding stays with the vault).
    function testFuzz_conservation(uint256 a, uint256 b, uint256 price, uint256 dt) public {
        a = bound(a, 1e15, 100e18);
        b = bound(b, 1e15, 100e18);
        price = bound(price, 1_500e8, 2_500e8);
        dt = bound(dt, 0, 30 days);
        _cash(alice, 1, 100_000 * USDC);
        _cash(bob, 1, 100_000 * USDC);
        uint256 lpBefore = plv.totalAssets();
        _trade(alice, 1, ETH, int256(a));
        _trade(bob, 1, ETH, -int256(b));
        vm.warp(START + dt);
        ethFeed.setRound(3, int256(price), START + dt);
        ethFeed.setRound(4, int256(price), START + dt);
        _trade(alice, 1, ETH, -int256(a));
        _trade(bob, 1, ETH, int256(b));
        PerpMarketState memory st = _market(ETH);
        assertEq(st.longOi + st.shortOi, 0, "no open interest");
        assertEq(st.longCount + st.shortCount, 0, "no positions");
        assertEqI(st.sumCostBasis, 0, "aggregate basis");
        assertEqI(st.sumSizeFunding, 0, "aggregate funding");
        (, int256 ca) = _position(alice, 1, ETH);
        (, int256 cb) = _position(bob, 1, ETH);
        (,,, int256 totalCash,) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpGlobals, ())), (address, uint256, uint256, int256, uint256)
        );
        assertEqI(totalCash, ca + cb, "total cash");
        int256 tradersPnl = ca + cb - 200_000e6;
        assertEqI(int256(plv.totalAssets()) - int256(lpBefore), -tradersPnl, "LP gain = traders' loss");
    }

    /// @notice §13.1 "Storage": a funding index beyond 80 bits (≈ 32 years of maximum-rate funding at 2,000; 0.6 years
    /// at 100,000) is stored in the position's second slot; the position settles exactly as a one-slot one.
    function test_entryFundingBeyond80Bits_storedWide_settlesExactly() public {
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 2e18);
        PerpMarketConfig memory c = ethPerp();
        c.skewScale = 1e18; // k = 2 ETH ≥ skewScale: the rate is the maximum
        c.maxFundingRatePerSecond = 3e11; // just under MAX_RATE_PER_SECOND (10 / year)
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c)));
        // ΔF = 3e11 × 2,000e18 × dt / 1e18 = 6e14 per second; 2^79 ≈ 6.04e23 after ≈ 1.0075e9 s
        vm.warp(START + 1_010_000_000);
        _setPriceSettled(ethFeed, 2_000e8);
        _cash(bob, 1, 1_000_000 * USDC);
        _trade(bob, 1, ETH, 1e18);
        (PerpPosition memory p, int256 cashOpen) = _position(bob, 1, ETH);
        int256 fe = _market(ETH).fundingIndex;
        assertEqI(fe, 6e14 * 1_010_000_000, "F_m = 6e14 x dt");
        assertTrue(fe > type(int80).max, "the index no longer fits 80 bits");
        assertEqI(p.entryFunding, fe, "F_e read back at full width");
        assertEqI(p.size, 1e18, "size");
        assertEqI(p.costBasis, 2_000 * 1e6, "basis");
        // one hour later the close settles ⌈1 × ΔF × 1e6 / 1e18⌉ with ΔF = 3e11 × 2,000 × 3,600 (k = 3 ≥ skewScale)
        vm.warp(START + 1_010_000_000 + 1 hours);
        _setPriceSettled(ethFeed, 2_000e8);
        (, uint256 fee) = _trade(bob, 1, ETH, -1e18);
        int256 dF = 3e11 * 2_000 * 3_600;
        assertEqI(_market(ETH).fundingIndex, fe + dF, "index after an hour");
        (p, ) = _position(bob, 1, ETH);
        (, int256 cashClose) = _position(bob, 1, ETH);
        assertEqI(cashClose, cashOpen - int256(fee) - (dF + 1e12 - 1) / 1e12, "funding settled exactly");
        assertEqI(p.size + p.costBasis + p.entryFunding, 0, "deleted");
    }
}
