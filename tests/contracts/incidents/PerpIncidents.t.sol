// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {PerpBaseTest} from "../utils/PerpBaseTest.sol";
import {IPerpMarkets} from "../../../contracts/interfaces/IPerpMarkets.sol";
import {PerpMarketConfig} from "../../../contracts/interfaces/IMarginVault.sol";
import {PerpMarketState, PerpPosition} from "../../../contracts/libraries/VaultTypes.sol";
import {ErrorsLib} from "../../../contracts/libraries/ErrorsLib.sol";

/// @notice Perpetual-futures incident replays (issue 18; docs/protocol.md §13). Every expected number is worked from
/// the spec's formulas in the comments (USDC has 6 decimals: `1,000e6` is 1,000 USDC), not read from the code.
/// Fixture (PerpBaseTest): liquidity vault 1,000,000 USDC, net-exposure cap 50% of its capital; ETH-PERP IM 10% /
/// MM 5%, skew scale 1,000,000 ETH; LINK-PERP IM 20% / MM 10%, skew scale 10,000,000 LINK; both 5 bps taker fee,
/// 80% PnL weight, 1% penalty (10% of it to insurance), close factor 50% above the deep threshold 0.95.
contract PerpIncidentsTest is PerpBaseTest {
    address internal mallory = address(0x3A11);
    address internal eve = address(0xE7E);
    address internal dave = address(0xDA);

    function setUp() public override {
        super.setUp();
        address[3] memory who = [mallory, eve, dave];
        for (uint256 i; i < who.length; ++i) {
            vm.prank(who[i]);
            usdc.approve(address(vault), type(uint256).max);
        }
        usdc.approve(address(pool), type(uint256).max);
    }

    /* HELPERS */

    /// @dev LINK-PERP as a thin market: at most 20,000 LINK (300,000 USDC at 15) open per side.
    function _thinLink() internal {
        PerpMarketConfig memory c = linkPerp();
        c.maxOiSize = 20_000e18;
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (LNK, c)));
    }

    function _insure(uint256 amount) internal {
        usdc.mint(address(this), amount);
        pool.deposit(amount, address(this));
    }

    function _withdrawCash(address who, uint256 subId, uint256 amount) internal {
        vm.prank(who);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (who, subId, -int256(amount), who)));
    }

    /// @dev Calls the vault as `who` (an IPerpMarkets encoding goes through `perp(bytes)`, a borrow directly).
    function _try(address who, bytes memory data) internal returns (bool ok, bytes memory ret) {
        if (bytes4(data) != vault.borrow.selector) data = abi.encodeCall(vault.perp, (data));
        vm.prank(who);
        (ok, ret) = address(vault).call(data);
    }

    function _expectError(address who, bytes memory data, bytes memory err, string memory m) internal {
        (bool ok, bytes memory ret) = _try(who, data);
        assertFalse(ok, string.concat(m, ": did not revert"));
        assertTrue(keccak256(ret) == keccak256(err), string.concat(m, ": wrong error"));
    }

    function _expectSelector(address who, bytes memory data, bytes4 sel, string memory m) internal {
        (bool ok, bytes memory ret) = _try(who, data);
        assertFalse(ok, string.concat(m, ": did not revert"));
        assertEq(uint256(uint32(bytes4(ret))), uint256(uint32(sel)), string.concat(m, ": wrong error"));
    }

    function _deleverage(uint256 m, address target, uint256 sub, address[] memory os, uint256[] memory ss)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeCall(IPerpMarkets.deleverage, (m, target, sub, os, ss));
    }

    /// @dev The other winners as the contract wants them: strictly increasing keccak256(owner, subId).
    function _sorted(address[] memory os, uint256[] memory ss) internal pure returns (address[] memory, uint256[] memory) {
        for (uint256 i = 1; i < os.length; ++i) {
            for (uint256 j = i; j > 0 && keccak256(abi.encode(os[j - 1], ss[j - 1])) > keccak256(abi.encode(os[j], ss[j])); --j) {
                (os[j - 1], os[j]) = (os[j], os[j - 1]);
                (ss[j - 1], ss[j]) = (ss[j], ss[j - 1]);
            }
        }
        return (os, ss);
    }

    function _cashOf(address who, uint256 subId) internal view returns (int256 cash) {
        (, cash) = _position(who, subId, ETH);
    }

    /* MANGO MARKETS, OCTOBER 2022 */

    /// @dev Mallory holds both sides of the thin market: long 20,000 LINK on her cross account, short 20,000 on an
    /// isolated one, 70,000 USDC of cash each, at 15.
    function _mangoOpen() internal {
        _thinLink();
        _supply(lender, 2_000_000 * USDC);
        _cash(mallory, 0, 70_000 * USDC);
        (, uint256 feeA) = _trade(mallory, 0, LNK, 20_000e18);
        // flat ⌈20,000 × 15 × 5 / 10⁴⌉ = 150; impact ⌈20,000² × 15 / (2 × 10⁷)⌉ = 300 → 450
        assertEq(feeA, 450e6, "long fee: flat + skew impact");
        _cash(mallory, 1, 70_000 * USDC);
        (, uint256 feeB) = _trade(mallory, 1, LNK, -20_000e18);
        assertEq(feeB, 150e6, "short reduces the skew: flat fee only");
        // the OI cap: not one more LINK on either side
        _expectError(
            mallory,
            abi.encodeCall(IPerpMarkets.modifyPosition, (mallory, 0, LNK, int256(1e18), type(uint256).max)),
            abi.encodeWithSelector(ErrorsLib.OpenInterestCapExceeded.selector, LNK, 20_001e18, 20_000e18),
            "long OI cap"
        );
        // Pump 10x in one round (15 → 150): the deviation breaker freezes opening for the cool-off.
        linkFeed.setAnswer(150e8);
        _expectError(
            mallory,
            abi.encodeCall(IPerpMarkets.modifyPosition, (mallory, 0, LNK, int256(1e18), type(uint256).max)),
            abi.encodeWithSelector(ErrorsLib.PriceFrozen.selector, address(link), START + 1 hours),
            "no opening at the pumped price"
        );
    }

    /// @notice Mango Markets, 11 Oct 2022 (~$114M): the attacker held both sides of MNGO-PERP, pushed the thin
    /// market's price ~10x and borrowed everything against the unrealized profit. Here the profit is not cash (it
    /// cannot be withdrawn), it counts in margin only after the 80% haircut and only to open or increase positions
    /// (against a margin requirement that grows with the pumped notional), the position is capped at 20,000 LINK,
    /// and the opening paid the skew fee. Borrowing and withdrawing count no unrealized profit at all (§13.6,
    /// withdrawal health), so the attacker takes nothing from the spot lenders.
    function test_mango_oct2022_perpPump_extractionBoundedByOiCapHaircutAndMargin() public {
        _mangoOpen();
        // Unrealized profit is not withdrawable: only the 69,550 of cash is (and margin needs it).
        _expectError(
            mallory,
            abi.encodeCall(IPerpMarkets.transferMargin, (mallory, 0, -int256(69_550e6 + 1), mallory)),
            abi.encodeWithSelector(ErrorsLib.InsufficientBalance.selector, 69_550e6, 69_550e6 + 1),
            "profit is not cash"
        );
        // At 150: pnl = 20,000 × (150 − 15) = 2,700,000; weighted 80% = 2,160,000;
        // numC = cash 69,550 + 2,160,000 = 2,229,550 (the chain views keep numerator_C).
        // IM on notional 3,000,000: 1,000,000 × 20% + 2,000,000 × (20% + 5%) = 700,000; MM = 100,000 + 300,000.
        (int256 numL, int256 numC, uint256 debt, uint256 mm, uint256 im,,) = _margin(mallory, 0);
        assertEqI(numL, 2_229_550e6, "numerator L");
        assertEqI(numC, 2_229_550e6, "numerator C");
        assertEq(debt, 0, "no debt yet");
        assertEq(mm, 400_000e6, "MM, tiered");
        assertEq(im, 700_000e6, "IM, tiered");
        // Withdrawal health (§13.6): numerator = cash 69,550 + weightedPnl(2,700,000, 0) = 69,550 < D + IM = 700,000,
        // so not one unit may be borrowed, nor one unit of cash withdrawn (69,549.999999 against 700,000).
        _expectSelector(
            mallory,
            abi.encodeCall(vault.borrow, (mallory, 0, 1, mallory)),
            ErrorsLib.InsufficientPerpMargin.selector,
            "borrow against unrealized profit"
        );
        _expectError(
            mallory,
            abi.encodeCall(IPerpMarkets.transferMargin, (mallory, 0, -int256(1), mallory)),
            abi.encodeWithSelector(ErrorsLib.InsufficientPerpMargin.selector, int256(69_550e6 - 1), 700_000e6),
            "cash out against unrealized profit"
        );
        // The pump ends; the isolated short is whole again and leaves (closing adds skew: 150 + 300 of fee).
        _setPriceSettled(linkFeed, 15e8);
        (, uint256 feeClose) = _trade(mallory, 1, LNK, 20_000e18);
        assertEq(feeClose, 450e6, "close fee");
        _withdrawCash(mallory, 1, 69_400e6); // 69,850 − 450
        // The attacker got back only the short's own cash: 140,000 in, 69,400 out, the long still holds 69,550
        // (140,000 − 450 − 150 − 450 = 138,950 = 69,400 + 69,550: fees are LP income). Lenders lent nothing.
        assertEq(usdc.balanceOf(mallory), 69_400e6, "only the short's own cash came out");
        assertEq(vault.debtOf(mallory, 0), 0, "the spot lenders carry nothing");
        (numL,,,,,,) = _margin(mallory, 0);
        assertEqI(numL, 69_550e6, "the long's cash, no profit left at 15");
    }

    /// @notice §13.6 (formerly a finding, spec §13.6 / mission "never spot lenders"): positive unrealized PnL is not
    /// withdrawable until realized, and borrowing the base asset against it is withdrawing it. Inputs: `_mangoOpen`
    /// (long 20,000 LINK at 15, cash 69,550, pump to 150). Without positive PnL the account's capacity is
    /// 69,550 − IM 700,000 < 0, so a borrow of 1,000,000 reverts InsufficientPerpMargin.
    function test_mango_oct2022_unrealizedPnlNotBorrowable() public {
        _mangoOpen();
        (bool ok, bytes memory ret) = _try(mallory, abi.encodeCall(vault.borrow, (mallory, 0, 1_000_000e6, mallory)));
        assertFalse(ok, "borrowed 1,000,000 against unrealized PnL: spot lenders carry a perp loss");
        assertEq(uint256(uint32(bytes4(ret))), uint256(uint32(ErrorsLib.InsufficientPerpMargin.selector)), "error");
    }

    /* HYPERLIQUID JELLY, MARCH 2025 */

    /// @dev Eve: long 20,000 LINK on (eve, 2), short 20,000 on (eve, 1), 70,000 each, at 15.
    function _jellyOpen() internal {
        _thinLink();
        _cash(eve, 2, 70_000 * USDC);
        _trade(eve, 2, LNK, 20_000e18); // fee 450 → cash 69,550
        _cash(eve, 1, 70_000 * USDC);
        _trade(eve, 1, LNK, -20_000e18); // fee 150 → cash 69,850
        // LP equity = 1,000,000 + fees 600
        assertEq(plv.totalAssets(), 1_000_600e6, "LP equity after fees");
    }

    /// @notice Hyperliquid JELLY, 26 Mar 2025: a trader's large short was squeezed, its liquidation pushed the
    /// position into the HLP vault, and the vault faced a ~$12M loss as the price was pumped further. Here the
    /// squeezed short is closed against the liquidity vault (no fee), the vault is left short the attacker's long,
    /// and its loss from there is bounded by the open-interest cap: 20,000 LINK × the further move.
    function test_jelly_mar2025_squeezedShortIntoVault_lossBoundedByOiCap() public {
        _jellyOpen();
        // Squeeze to 17.5: short pnl = −20,000 × 2.5 = −50,000; numL = 69,850 − 50,000 = 19,850;
        // MM = 10% × 350,000 = 35,000; health = ⌊19,850 / 35,000 × 1e18⌋ = 0.567142857142857142e18 < 0.95: full close.
        _setPriceSettled(linkFeed, 17.5e8);
        assertEq(_health(eve, 1), 567_142_857_142_857_142, "short's health");
        (uint256 closed, uint256 penalty) = _liquidate(eve, 1, LNK, type(uint256).max);
        assertEq(closed, 20_000e18, "closed in full against the vault");
        assertEq(penalty, 3_500e6, "1% of 350,000");
        (, int256 cashS) = _position(eve, 1, LNK);
        assertEqI(cashS, 16_350e6, "69,850 - 50,000 - 3,500");
        PerpMarketState memory st = _market(LNK);
        assertEq(st.longOi - st.shortOi, 20_000e18, "the vault now holds -20,000 LINK");
        assertEq(plv.totalAssets(), 1_000_600e6, "the liquidation itself costs the vault nothing");
        // GUARDIAN: reduce-only; the attacker cannot add, only close.
        vm.prank(guardian);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (LNK, 2)));
        _expectError(
            eve,
            abi.encodeCall(IPerpMarkets.modifyPosition, (eve, 2, LNK, int256(1e18), type(uint256).max)),
            abi.encodeWithSelector(ErrorsLib.MarketReduceOnly.selector, LNK),
            "reduce-only"
        );
        // Pumped on to 30: the long's pnl = 20,000 × 15 = 300,000.
        // LP equity = balance 1,136,500 − claims (69,550 + 300,000 + 16,350) = 750,600.
        _setPriceSettled(linkFeed, 30e8);
        assertEq(plv.totalAssets(), 750_600e6, "LP equity at 30");
        (, uint256 fee) = _trade(eve, 2, LNK, -20_000e18); // closing is allowed in reduce-only
        assertEq(fee, 300e6, "flat 20,000 x 30 x 5 / 10^4, reduces the skew");
        _withdrawCash(eve, 2, 369_250e6); // 69,550 + 300,000 − 300
        _withdrawCash(eve, 1, 16_350e6);
        // Vault loss = 1,000,000 − 750,900 = 249,100 ≤ maxOi × (30 − 17.5) = 250,000 (the last fee is LP income).
        uint256 equity = plv.totalAssets();
        assertEq(equity, 750_900e6, "LP equity after the close");
        assertLe(1_000_000e6 - equity, 20_000 * 125e5, "loss bounded by the OI cap x the move after the liquidation");
        assertEq(usdc.balanceOf(eve), 385_600e6, "attacker: 140,000 in, 385,600 out");
    }

    /// @notice JELLY with a gap through the short's bankruptcy price: the deficit goes to insurance first (capped),
    /// the rest is auto-deleveraged from the only winner (the attacker's own long), and the vault is whole.
    function test_jelly_mar2025_gapThroughBankruptcy_insuranceThenAdl_vaultWhole() public {
        _insure(10_000e6); // cover cap 30% → 3,000
        _jellyOpen();
        // Gap to 21: short pnl −120,000; the close leaves 69,850 − 120,000 = −50,150 ≤ 0, so §13.7's penaltyCap is 0
        // (uncapped ⌈420,000 × 1%⌉ = 4,200): cash −50,150, the deficit.
        _setPriceSettled(linkFeed, 21e8);
        (uint256 closed, uint256 penalty) = _liquidate(eve, 1, LNK, type(uint256).max);
        assertEq(closed, 20_000e18, "full");
        assertEq(penalty, 0, "capped at the (negative) equity the close leaves");
        PerpMarketState memory st = _market(LNK);
        assertEq(st.adlDeficit, 47_150e6, "deficit 50,150 - cover 3,000");
        assertFalse(st.deficitLong, "the short went bankrupt");
        assertEq(usdc.balanceOf(address(pool)), 10_000e6 - 3_000e6, "cover out, no penalty in");
        // ADL: the long (only winner, pnl 20,000 × 6 = 120,000) gives up 47,150.
        vm.prank(carol);
        bytes memory r = vault.perp(_deleverage(LNK, eve, 2, new address[](0), new uint256[](0)));
        assertEq(abi.decode(r, (uint256)), 47_150e6, "haircut");
        (PerpPosition memory p, int256 cashL) = _position(eve, 2, LNK);
        assertEqI(p.size, 0, "winner closed");
        assertEqI(cashL, 142_400e6, "69,550 + 120,000 - 47,150");
        assertEq(_market(LNK).adlDeficit, 0, "deficit cleared");
        // balance 1,140,000 + 3,000 = 1,143,000; claims 142,400 → LP equity 1,000,600 = start + fees
        assertEq(plv.totalAssets(), 1_000_600e6, "the vault lost nothing");
    }

    /* BITMEX, 12-13 MARCH 2020 */

    /// @dev Daily closes from data/prices/ETH-USD.csv (truncated to the feeds' 8 decimals), `n` rows from `from`.
    function _closes(string memory from, uint256 n) internal view returns (int256[] memory a) {
        bytes memory f = bytes(vm.readFile("data/prices/ETH-USD.csv"));
        bytes memory key = bytes(string.concat("\n", from, ","));
        uint256 i = _find(f, key) + key.length;
        a = new int256[](n);
        for (uint256 j; j < n; ++j) {
            uint256 v;
            uint256 frac;
            uint256 fd;
            while (f[i] != ".") v = v * 10 + (uint8(f[i++]) - 48);
            ++i;
            while (i < f.length && f[i] != "\n" && f[i] != "\r") {
                if (fd < 8) (frac, fd) = (frac * 10 + (uint8(f[i]) - 48), fd + 1);
                ++i;
            }
            while (fd < 8) (frac, fd) = (frac * 10, fd + 1);
            a[j] = int256(v * 1e8 + frac);
            while (i < f.length && f[i] != ",") ++i; // next row's date
            ++i;
        }
    }

    function _find(bytes memory h, bytes memory k) internal pure returns (uint256) {
        for (uint256 i; i + k.length <= h.length; ++i) {
            uint256 j;
            while (j < k.length && h[i + j] == k[j]) ++j;
            if (j == k.length) return i;
        }
        revert("date not in the price file");
    }

    /// @notice BitMEX, 12-13 March 2020: ETH fell 42% in a day and prices gapped through many liquidation prices at
    /// once. Replayed on the real daily closes of 8-14 March 2020: seven 100-ETH longs opened at the 8 March close
    /// with 2,600 … 16,000 USDC of cash; a keeper liquidates every account below maintenance each day. Expected
    /// per spec (§13.2, §13.3, §13.7, §13.8; funding set to 0 for this replay so each number is a short hand
    /// calculation — funding is covered by E17 and the invariants):
    /// open at 237.78068542: fee_i = ⌈100 × p × 5 / 10⁴⌉ + ⌈100 × (2k + 100) × p / (2 × 10⁶)⌉ with k = 100·i,
    ///   e.g. L0: 11,889,035 + 1,188,904 = 13,077,939 (units); L6: 11,889,035 + 15,455,745 = 27,344,780.
    /// 9 Mar at 201.31849670: loss per account 100 × 36.46218872 = 3,646.218872 (exactly 3,646,218,872 units);
    ///   L0 (cash 2,586.922061) and L1 (3,484.544254) have numL < 0: full close, penalty 0 (§13.7 penaltyCap: the
    ///   close leaves negative equity) → deficits 1,059.296811 and 161.674618, both covered (pool 50,000, cap 30%
    ///   and 50%/day).
    /// 12 Mar at 194.73892211: loss 4,304.176331; L2 health 0.6963… < 0.95: full close, penalty 194.738923 (cap =
    ///   the equity 677.990116: nothing owed after), cash 483.251193 left;
    ///   L3 health ⌊(5,239.788641 − 4,304.176331) / 973.694611⌋ = 0.9608… ≥ 0.95: close factor 50% (50 ETH),
    ///   realized −2,152.088166, penalty 97.369462 (cap 935.61231 − ⌈935.61231 × 486.847306 / 973.694611⌉ ≈ 467.8:
    ///   not binding), cash 2,990.331013.
    /// 13 Mar at 112.68999481 (−42%): L3's last 50 ETH, L4 and L5 gap through with penalty 0 (deficits 3,264.203518,
    ///   4,531.658227 and 534.036034: the uncapped 56.344998 and 112.689995 each no longer added); all covered (new
    ///   daily window); L6 (16,000) survives with health ≈ 6.1.
    /// Penalties: 194.738923 + 97.369462 = 292.108385 (insurance ⌈19.4738923⌉ + ⌈9.7369462⌉ = 29.210840, liquidators
    /// 262.897545). Cover: 1,059.296811 + 161.674618 + 3,264.203518 + 4,531.658227 + 534.036034 = 9,550.869208.
    /// Insurance: 50,000 − 9,550.869208 + 29.210840 = 40,478.341632. The capped penalties were paid into the
    /// deficits they would have deepened, so the LV balance (− penalties paid + cover) is unchanged; LP equity = LV balance 1,061,618.760823 − claims (483.251193 + L6: 15,972.655220 +
    /// 100 × (133.58247375 − 237.78068542) = −10,419.821167) = 1,055,582.675577 (fees 141.479516 + the longs' losses
    /// − penalties paid out + cover received).
    function test_bitmex_12mar2020_realEthCloses_insuranceDrawn_liquidationsContinue_nothingLost() public {
        int256[] memory px = _closes("2020-03-08", 7);
        assertEqI(px[0], 23_778_068_542, "8 Mar close");
        assertEqI(px[5], 11_268_999_481, "13 Mar close");
        PerpMarketConfig memory c = ethPerp();
        c.maxFundingRatePerSecond = 0;
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c)));
        _insure(50_000e6);
        _supply(lender, 1_000_000 * USDC);
        _setPriceSettled(ethFeed, px[0]);

        uint256[7] memory deposits = [uint256(2_600), 3_500, 5_000, 5_260, 8_000, 12_000, 16_000];
        uint256[7] memory fees = [
            uint256(13_077_939), 15_455_746, 17_833_553, 20_211_359, 22_589_166, 24_966_973, 27_344_780
        ];
        address[7] memory longs;
        for (uint256 i; i < 7; ++i) {
            longs[i] = address(uint160(0xB17000 + i));
            vm.prank(longs[i]);
            usdc.approve(address(vault), type(uint256).max);
            _cash(longs[i], 1, deposits[i] * USDC);
            (, uint256 fee) = _trade(longs[i], 1, ETH, 100e18);
            assertEq(fee, fees[i], "opening fee");
        }
        uint256 vaultCash = usdc.balanceOf(address(vault));
        uint256 total = usdc.balanceOf(address(plv)) + usdc.balanceOf(address(pool)) + vaultCash;

        uint256[7] memory expectedLiquidations = [uint256(0), 2, 0, 0, 2, 3, 0];
        for (uint256 day = 1; day < 7; ++day) {
            vm.warp(START + day * 1 days);
            _setPriceSettled(ethFeed, px[day]);
            uint256 n;
            for (uint256 i; i < 7; ++i) {
                while (true) {
                    (PerpPosition memory p,) = _position(longs[i], 1, ETH);
                    if (p.size == 0 || _health(longs[i], 1) >= WAD) break;
                    _liquidate(longs[i], 1, ETH, type(uint256).max);
                    ++n;
                }
            }
            assertEq(n, expectedLiquidations[day], "liquidations that day");
            assertEq(_market(ETH).adlDeficit, 0, "every deficit covered by insurance");
        }
        int256[7] memory cashLeft = [int256(0), 0, 483_251_193, 0, 0, 0, 15_972_655_220];
        for (uint256 i; i < 7; ++i) {
            (PerpPosition memory p, int256 cash) = _position(longs[i], 1, ETH);
            assertEqI(cash, cashLeft[i], "cash left");
            assertEqI(p.size, i == 6 ? int256(100e18) : int256(0), "only the 1.5x long survives");
        }
        assertEq(usdc.balanceOf(address(pool)), 40_478_341_632, "insurance drawn, penalties in");
        assertEq(usdc.balanceOf(liquidator), 262_897_545, "liquidators paid");
        assertEq(plv.totalAssets(), 1_055_582_675_577, "LP equity");
        // Nothing lost: every token is still in the vault, the pool or the liquidator; spot lenders untouched.
        assertEq(
            usdc.balanceOf(address(plv)) + usdc.balanceOf(address(pool)) + usdc.balanceOf(liquidator)
                + usdc.balanceOf(address(vault)),
            total,
            "base asset conserved"
        );
        assertEq(usdc.balanceOf(address(vault)), vaultCash, "the MarginVault's cash never moved");
        assertEq(vault.supplyBalanceOf(lender), 1_000_000 * USDC, "spot lender whole");
    }

    /* AUTO-DELEVERAGING CASCADE */

    /// @notice Insurance cannot cover: a 10-ETH long gaps through its bankruptcy price and the shorts are
    /// deleveraged in rank order (PnL × leverage), a mis-ranked call reverts with both scores, and value is
    /// conserved: the liquidity vault ends exactly at its capital plus fees.
    /// Opens at 2,000: alice +10 (cash 2,100, fee 10.1), bob −4 (1,000, fee 4), carol −4 (3,000, fee 4),
    /// dave −2 (500, fee 2). Insurance 500 (cover cap 30% → 150). Gap to 1,600:
    /// alice: cash 2,089.9 − 4,000 = −1,910.1 after the close, so penaltyCap is 0 (§13.7; uncapped 160); cover 150;
    /// adlDeficit 1,760.1 on the long side.
    /// scores = pnl × notional / numL, numL = cash + 80% pnl:
    ///   bob   1,600 × 6,400 / (996 + 1,280)   = 4,499.121265 (⌊⌋ in units: 4,499,121,265)
    ///   carol 1,600 × 6,400 / (2,996 + 1,280) = 2,394.761459
    ///   dave    800 × 3,200 / (498 + 640)     = 2,249.560632
    /// bob gives up min(1,760.1, 1,600) = 1,600, carol the remaining 160.1; dave keeps his profit.
    function test_adlCascade_insuranceExhausted_rankingHonoured_conservation() public {
        _insure(500e6);
        _cash(alice, 1, 2_100e6);
        _trade(alice, 1, ETH, 10e18);
        _cash(bob, 1, 1_000e6);
        _trade(bob, 1, ETH, -4e18);
        _cash(carol, 1, 3_000e6);
        _trade(carol, 1, ETH, -4e18);
        _cash(dave, 1, 500e6);
        _trade(dave, 1, ETH, -2e18);
        assertEq(plv.totalAssets(), 1_000_020_100_000, "capital + fees 20.1");
        _setPriceSettled(ethFeed, 1_600e8);
        uint256 total = usdc.balanceOf(address(plv)) + usdc.balanceOf(address(pool)) + usdc.balanceOf(liquidator);

        (uint256 closed, uint256 penalty) = _liquidate(alice, 1, ETH, type(uint256).max);
        assertEq(closed, 10e18, "full");
        assertEq(penalty, 0, "capped at the (negative) equity the close leaves");
        assertEq(_market(ETH).adlDeficit, 1_760_100_000, "1,910.1 - cover 150");
        assertEq(usdc.balanceOf(address(pool)), 350e6, "500 - 150: insurance exhausted to its cap");

        address[] memory os = new address[](2);
        uint256[] memory ss = new uint256[](2);
        // carol ahead of bob: reverts with both scores
        (os[0], os[1], ss[0], ss[1]) = (bob, dave, 1, 1);
        (os, ss) = _sorted(os, ss);
        _expectError(
            carol,
            _deleverage(ETH, carol, 1, os, ss),
            abi.encodeWithSelector(ErrorsLib.AdlRankingViolated.selector, 2_394_761_459, 4_499_121_265),
            "carol out-ranked by bob"
        );
        // bob first
        (os[0], os[1], ss[0], ss[1]) = (carol, dave, 1, 1);
        (os, ss) = _sorted(os, ss);
        vm.prank(liquidator);
        bytes memory r = vault.perp(_deleverage(ETH, bob, 1, os, ss));
        assertEq(abi.decode(r, (uint256)), 1_600e6, "bob's whole profit");
        assertEqI(_cashOf(bob, 1), 996e6, "996 + 1,600 - 1,600");
        assertEq(_market(ETH).adlDeficit, 160_100_000, "160.1 left");
        // dave ahead of carol: reverts
        address[] memory os1 = new address[](1);
        uint256[] memory ss1 = new uint256[](1);
        (os1[0], ss1[0]) = (carol, 1);
        _expectError(
            dave,
            _deleverage(ETH, dave, 1, os1, ss1),
            abi.encodeWithSelector(ErrorsLib.AdlRankingViolated.selector, 2_249_560_632, 2_394_761_459),
            "dave out-ranked by carol"
        );
        (os1[0], ss1[0]) = (dave, 1);
        vm.prank(liquidator);
        r = vault.perp(_deleverage(ETH, carol, 1, os1, ss1));
        assertEq(abi.decode(r, (uint256)), 160_100_000, "the rest");
        assertEqI(_cashOf(carol, 1), 4_435_900_000, "2,996 + 1,600 - 160.1");
        assertEq(_market(ETH).adlDeficit, 0, "covered");
        _expectError(
            dave,
            _deleverage(ETH, dave, 1, new address[](0), new uint256[](0)),
            abi.encodeWithSelector(ErrorsLib.NoDeficit.selector, ETH),
            "no deleveraging without a deficit"
        );
        // Conservation: LV balance 1,006,600 + cover 150 − claims (996 + 4,435.9 + 498 + 800) = 1,000,020.1: the vault lost
        // nothing; tokens only moved between the vault, the pool and the liquidator.
        assertEq(plv.totalAssets(), 1_000_020_100_000, "LP equity = capital + fees");
        assertEq(
            usdc.balanceOf(address(plv)) + usdc.balanceOf(address(pool)) + usdc.balanceOf(liquidator), total, "conserved"
        );
        assertEq(usdc.balanceOf(address(vault)), 0, "spot side untouched");
    }
}
