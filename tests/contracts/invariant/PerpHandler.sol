// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "../utils/Test.sol";
import {Ghost} from "./Ghost.sol";
import {MarginVault} from "../../../contracts/MarginVault.sol";
import {InsurancePool} from "../../../contracts/InsurancePool.sol";
import {PerpLiquidityVault} from "../../../contracts/PerpLiquidityVault.sol";
import {OracleRouter} from "../../../contracts/OracleRouter.sol";
import {IPerpMarkets} from "../../../contracts/interfaces/IPerpMarkets.sol";
import {PerpMarketConfig} from "../../../contracts/interfaces/IMarginVault.sol";
import {PerpMarketState, PerpPosition} from "../../../contracts/libraries/VaultTypes.sol";
import {ErrorsLib} from "../../../contracts/libraries/ErrorsLib.sol";
import {PerpMath} from "../../../contracts/libraries/PerpMath.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../../contracts/mocks/MockAggregator.sol";

/// @notice What the perps handler reaches.
struct PerpEnv {
    MarginVault vault;
    PerpLiquidityVault plv;
    InsurancePool pool;
    OracleRouter router;
    MockERC20 usdc;
    MockERC20 weth;
    MockAggregator ethFeed;
    MockAggregator btcFeed;
    Ghost ghost;
    uint256 start;
}

/// @notice The perps actors: 3 traders × (cross 0: ETH and BTC; isolated 1: ETH; isolated 2: BTC), 2 liquidators,
/// 2 LPs, 2 insurers.
library PerpActors {
    uint256 internal constant N_TRADERS = 3;
    uint256 internal constant N_ACCOUNTS = 9;
    uint256 internal constant N_MARKETS = 2; // ETH-PERP 0, BTC-PERP 1

    function trader(uint256 i) internal pure returns (address) {
        return address(uint160(0x5001 + i % N_TRADERS));
    }

    /// @dev Account i: trader i / 3, subId i % 3.
    function account(uint256 i) internal pure returns (address owner, uint256 subId) {
        i %= N_ACCOUNTS;
        return (trader(i / 3), i % 3);
    }

    function liquidator(uint256 i) internal pure returns (address) {
        return address(uint160(0x6001 + i % 2));
    }

    function lp(uint256 i) internal pure returns (address) {
        return address(uint160(0x7001 + i % 2));
    }

    function insurer(uint256 i) internal pure returns (address) {
        return address(uint160(0x8001 + i % 2));
    }

    /// @dev Market an account may trade: isolated 1 → ETH, isolated 2 → BTC, cross → either.
    function marketFor(uint256 subId, uint256 seed) internal pure returns (uint256) {
        if (subId == 1) return 0;
        if (subId == 2) return 1;
        return seed % N_MARKETS;
    }
}

/// @notice Handler of the perps invariant suite (docs/protocol.md §13): trades long and short on cross and isolated
/// accounts, moves prices in gaps of up to ±15%, lets funding accrue over time, liquidates, covers deficits from
/// insurance, deleverages, and runs LP and insurer flows. Postconditions only an action can see are recorded in
/// `Ghost` under these ids:
/// 3 a liquidation succeeded on an account at or above maintenance;
/// 4 a liquidation lowered health without closing the account (partial close), or a full close of the last
///   position left the account with a position;
/// 5 a deficit was left to auto-deleveraging while insurance could still cover, a deleverage ran without an
///   uncovered deficit, or its target was out-ranked by a listed position;
/// 6 an action on one account changed another account's cash, position or collateral;
/// 7 a perps action moved base asset in or out of the MarginVault (spot lenders' cash);
/// 8 an increase or a borrow succeeded below initial margin;
/// 9 a reduction reverted (reducing is always allowed, §13.6).
/// It also keeps the token ledger of the liquidity vault from its own flows (`lvLedger`) and everything it minted.
contract PerpHandler is Test {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant USDC = 1e6;

    MarginVault internal vault;
    PerpLiquidityVault internal plv;
    InsurancePool internal pool;
    OracleRouter internal router;
    MockERC20 internal usdc;
    MockAggregator[2] internal feeds;
    address[2] internal assets;
    Ghost internal ghost;

    /// @notice Current time of the run (explicit: via-IR, see COMMON.md).
    uint256 public now_;
    /// @notice Base asset minted by the handler (external inflow).
    uint256 public minted;
    /// @notice The liquidity vault's balance as its flows say: start + cash in − cash out + LP in − LP out
    /// + cover in − penalties out.
    int256 public lvLedger;

    struct Snap {
        int256 cash;
        int256[2] size;
        int256[2] basis;
        uint256 weth;
        uint256 principal;
    }

    constructor(PerpEnv memory e) {
        vault = e.vault;
        plv = e.plv;
        pool = e.pool;
        router = e.router;
        usdc = e.usdc;
        feeds = [e.ethFeed, e.btcFeed];
        assets = [address(e.weth), address(0)];
        ghost = e.ghost;
        now_ = e.start;
        lvLedger = int256(usdc.balanceOf(address(plv)));
    }

    function setBtcAsset(address a) external {
        assets[1] = a;
    }

    /* TRADERS */

    /// @notice Opens or increases (or, against the position, reduces/flips) with fresh margin of 11%–50% of the
    /// notional.
    function trade(uint256 acct, uint256 mSeed, uint256 sizeSeed, uint256 marginSeed) external {
        (address owner, uint256 subId) = PerpActors.account(acct);
        uint256 m = PerpActors.marketFor(subId, mSeed);
        uint256 absSize = m == 0 ? bound(sizeSeed >> 1, 0.01e18, 40e18) : bound(sizeSeed >> 1, 0.001e18, 1.2e18);
        int256 delta = sizeSeed & 1 == 0 ? int256(absSize) : -int256(absSize);
        uint256 p = router.getPrice(assets[m]);
        uint256 n = PerpMath.notional(absSize, p, 6);
        uint256 topUp = n * bound(marginSeed, 1_100, 5_000) / BPS + 1;
        _mint(owner, topUp);
        Snap[9] memory before = _snapAll();
        uint256 vaultBal = usdc.balanceOf(address(vault));
        vm.prank(owner);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (owner, subId, int256(topUp), owner)));
        lvLedger += int256(topUp);
        (PerpPosition memory pp,) = _position(owner, subId, m);
        bool increases = pp.size == 0 || (pp.size > 0) == (delta > 0) || _abs(delta) > _abs(pp.size);
        vm.prank(owner);
        try vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (owner, subId, m, delta, type(uint256).max))) {
            ghost.bump("trades", 1);
            if (increases) {
                (,,,,,, uint256 ih) = _margin(owner, subId);
                if (ih < WAD) ghost.fail(8, "increase left initial health below 1");
                if (marginSeed % 2 == 1) _withdrawExcess(owner, subId); // half the traders run near 10x
            }
        } catch (bytes memory err) {
            _rethrow(err);
        }
        _checkOthers(before, acct % 9);
        _checkVaultCash(vaultBal);
    }

    /// @notice Reduces a position by 1 bps – 100% (closes at 100%); always allowed.
    function reduce(uint256 acct, uint256 mSeed, uint256 fracSeed) external {
        (address owner, uint256 subId) = PerpActors.account(acct);
        uint256 m = PerpActors.marketFor(subId, mSeed);
        (PerpPosition memory pp,) = _position(owner, subId, m);
        if (pp.size == 0) return;
        uint256 frac = bound(fracSeed, 1, BPS);
        if (fracSeed % 3 == 0) frac = BPS; // full closes often
        uint256 q = _abs(pp.size) * frac / BPS;
        if (q == 0) q = 1;
        int256 delta = pp.size > 0 ? -int256(q) : int256(q);
        Snap[9] memory before = _snapAll();
        uint256 vaultBal = usdc.balanceOf(address(vault));
        vm.prank(owner);
        try vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (owner, subId, m, delta, type(uint256).max))) {
            ghost.bump("reduces", 1);
        } catch (bytes memory err) {
            ghost.fail(9, string.concat("a reduction reverted: ", string(err)));
            return;
        }
        _checkOthers(before, acct % 9);
        _checkVaultCash(vaultBal);
    }

    /// @notice Withdraws part of an account's cash (initial margin permitting).
    function withdrawCash(uint256 acct, uint256 amountSeed) external {
        (address owner, uint256 subId) = PerpActors.account(acct);
        (, int256 cash) = _position(owner, subId, 0);
        if (cash <= 0) return;
        uint256 amount = bound(amountSeed, 1, uint256(cash));
        Snap[9] memory before = _snapAll();
        uint256 vaultBal = usdc.balanceOf(address(vault));
        vm.prank(owner);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (owner, subId, -int256(amount), owner)));
        lvLedger -= int256(amount);
        ghost.bump("cashOut", amount);
        _checkOthers(before, acct % 9);
        _checkVaultCash(vaultBal);
    }

    /// @dev Takes out 90% of what initial margin leaves free (at most the cash).
    function _withdrawExcess(address owner, uint256 subId) internal {
        (, int256 numC, uint256 debt,, uint256 im,,) = _margin(owner, subId);
        (, int256 cash) = _position(owner, subId, 0);
        int256 room = numC - int256(debt + im);
        if (room > cash) room = cash;
        if (room <= 0) return;
        uint256 amount = uint256(room) * 9 / 10;
        if (amount == 0) return;
        vm.prank(owner);
        try vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (owner, subId, -int256(amount), owner))) {
            lvLedger -= int256(amount);
            ghost.bump("cashOut", amount);
        } catch {}
    }

    /// @notice Borrows or repays base on a cross account (one health across collateral, debt and positions).
    function borrowOrRepay(uint256 traderSeed, uint256 amountSeed, uint256 modeSeed) external {
        address owner = PerpActors.trader(traderSeed);
        Snap[9] memory before = _snapAll();
        if (modeSeed % 2 == 0) {
            uint256 amount = bound(amountSeed, 1 * USDC, 3_000 * USDC);
            vm.prank(owner);
            vault.borrow(owner, 0, amount, owner);
            (,,,,,, uint256 ih) = _margin(owner, 0);
            if (ih < WAD) ghost.fail(8, "borrow left initial health below 1");
            ghost.bump("borrows", 1);
        } else {
            uint256 debt = vault.debtOf(owner, 0);
            if (debt == 0) return;
            uint256 amount = bound(amountSeed, 1, debt);
            _mint(owner, amount);
            vm.prank(owner);
            vault.repay(owner, 0, amount);
        }
        _checkOthers(before, (traderSeed % 3) * 3);
    }

    /* MARKET */

    /// @notice Gaps a price by −15% … +15% (within a band), both rounds equal so the breaker does not freeze.
    function movePrice(uint256 mSeed, uint256 bpsSeed) external {
        uint256 m = mSeed % 2;
        MockAggregator f = feeds[m];
        int256 old = f.latestAnswer();
        int256 bps = int256(bound(bpsSeed, 0, 3_000)) - 1_500;
        int256 next = old + old * bps / int256(BPS);
        (int256 lo, int256 hi) = m == 0 ? (int256(800e8), int256(4_000e8)) : (int256(24_000e8), int256(120_000e8));
        if (next < lo) next = lo;
        if (next > hi) next = hi;
        f.setAnswer(next);
        f.setAnswer(next);
        ghost.bump("priceMoves", 1);
    }

    /// @notice Lets 1 – 55 minutes pass (funding accrues) and refreshes both feeds at their prices.
    function warp(uint256 dtSeed) external {
        now_ += bound(dtSeed, 60, 55 minutes);
        vm.warp(now_);
        for (uint256 i; i < 2; ++i) {
            int256 a = feeds[i].latestAnswer();
            feeds[i].setAnswer(a);
            feeds[i].setAnswer(a);
        }
    }

    /* LIQUIDATION, INSURANCE, AUTO-DELEVERAGING */

    struct LiqCtx {
        address owner;
        uint256 subId;
        uint256 m;
        uint256 hBefore;
        uint256 maxCover;
        uint256 poolBal;
        uint256 adlBefore;
        int256 sizeBefore;
        uint256 vaultBal;
    }

    /// @notice Liquidates up to all of one position (anyone may call): the first account below maintenance from
    /// `acct` on, like a keeper; if none is, the account `acct` itself (which must then revert: invariant (c)).
    function liquidate(uint256 acct, uint256 mSeed, uint256 liqSeed) external {
        LiqCtx memory c;
        acct = _firstUnhealthy(acct % 9);
        (c.owner, c.subId) = PerpActors.account(acct);
        c.m = PerpActors.marketFor(c.subId, mSeed);
        if (c.subId == 0) {
            // a cross account: the market it holds (ETH first when both)
            (PerpPosition memory pe,) = _position(c.owner, 0, 0);
            (PerpPosition memory pb,) = _position(c.owner, 0, 1);
            if (pe.size == 0 && pb.size != 0) c.m = 1;
            else if (pe.size != 0 && pb.size == 0) c.m = 0;
        }
        (PerpPosition memory pp,) = _position(c.owner, c.subId, c.m);
        c.sizeBefore = pp.size;
        (,,,,, c.hBefore,) = _margin(c.owner, c.subId);
        c.maxCover = pool.maxCover();
        c.poolBal = usdc.balanceOf(address(pool));
        c.adlBefore = _marketState(c.m).adlDeficit;
        c.vaultBal = usdc.balanceOf(address(vault));
        Snap[9] memory before = _snapAll();
        address who = PerpActors.liquidator(liqSeed);
        vm.prank(who);
        try vault.perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (c.owner, c.subId, c.m, type(uint256).max)))
        returns (bytes memory r) {
            (uint256 closed, uint256 penalty) = abi.decode(r, (uint256, uint256));
            if (c.hBefore >= WAD) ghost.fail(3, "liquidated at or above maintenance");
            ghost.bump("liquidations", 1);
            _afterLiquidation(c, closed, penalty);
        } catch (bytes memory err) {
            _rethrow(err);
        }
        _checkOthers(before, acct % 9);
        _checkVaultCash(c.vaultBal);
    }

    function _firstUnhealthy(uint256 from) internal view returns (uint256) {
        for (uint256 j; j < 9; ++j) {
            uint256 i = (from + j) % 9;
            (address o, uint256 s) = PerpActors.account(i);
            (, bool any) = _positionsOf(o, s);
            if (!any) continue;
            (,,,,, uint256 h,) = _margin(o, s);
            if (h < WAD) return i;
        }
        return from;
    }

    function _afterLiquidation(LiqCtx memory c, uint256 closed, uint256 penalty) internal {
        (PerpPosition memory pp,) = _position(c.owner, c.subId, c.m);
        (, bool anyPosition) = _positionsOf(c.owner, c.subId);
        (,,,,, uint256 hAfter,) = _margin(c.owner, c.subId);
        // §13.7: a liquidation never lowers health unless it closes the account (no position left)
        if (pp.size != 0 && hAfter < c.hBefore) {
            ghost.fail(4, "a partial liquidation lowered health");
        }
        if (pp.size == 0 && anyPosition) {
            ghost.bump("fullClosesOfOnePosition", 1);
            if (hAfter < c.hBefore) ghost.fail(4, "a full close of one of several positions lowered health");
        }
        if (_abs(c.sizeBefore) != closed + _abs(pp.size)) ghost.fail(4, "closed size does not match the position");
        // §13.7: toInsurance = ⌈penalty × protocolShareBps / BPS⌉ (1,000 bps in the fixture).
        uint256 toInsurance = (penalty * 1_000 + BPS - 1) / BPS;
        int256 covered = int256(c.poolBal) + int256(toInsurance) - int256(usdc.balanceOf(address(pool)));
        lvLedger += covered - int256(penalty);
        uint256 adlAfter = _marketState(c.m).adlDeficit;
        if (covered > 0) ghost.bump("coverTotal", uint256(covered));
        if (adlAfter > c.adlBefore) {
            ghost.bump("uncovered", adlAfter - c.adlBefore);
            // insurance first: an uncovered rest means the pool paid all it could (min(deficit, maxCover))
            if (uint256(covered) != c.maxCover) ghost.fail(5, "deficit left to ADL while insurance could cover");
        }
        if (covered > 0 || adlAfter > c.adlBefore) ghost.bump("deficits", 1);
    }

    struct AdlCtx {
        uint256 m;
        bool winnersLong;
        uint256 n;
        address[] owners;
        uint256[] subs;
        bytes32[] keys;
        uint256[] scores;
        uint256 vaultBal;
        uint256 best;
        uint256 worst;
    }

    /// @notice Auto-deleverages a market with an uncovered deficit. The handler ranks the winners itself
    /// (adlScore with the funding index accrued to now, §13.8); when they differ, it first targets the lowest
    /// ranked, which must revert AdlRankingViolated, then the highest ranked, which must succeed.
    function deleverage(uint256 mSeed) external {
        AdlCtx memory c;
        c.m = mSeed % 2;
        PerpMarketState memory st = _marketState(c.m);
        if (st.adlDeficit == 0) {
            // (e) no deleveraging without an uncovered deficit
            try vault.perp(
                abi.encodeCall(IPerpMarkets.deleverage, (c.m, address(1), 0, new address[](0), new uint256[](0)))
            ) {
                ghost.fail(5, "deleverage without an uncovered deficit");
            } catch {}
            return;
        }
        c.winnersLong = !st.deficitLong;
        _winners(c);
        if (c.n == 0) return;
        _rank(c);
        c.vaultBal = usdc.balanceOf(address(vault));
        Snap[9] memory before = _snapAll();
        if (c.scores[c.worst] < c.scores[c.best]) {
            (address[] memory os, uint256[] memory ss) = _others(c, c.worst);
            try vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (c.m, c.owners[c.worst], c.subs[c.worst], os, ss))) {
                ghost.fail(5, "a mis-ranked deleverage succeeded");
            } catch (bytes memory err) {
                if (bytes4(err) != ErrorsLib.AdlRankingViolated.selector) {
                    ghost.fail(5, "a mis-ranked deleverage did not revert AdlRankingViolated");
                }
                ghost.bump("adlMisrankedReverts", 1);
            }
        }
        (address[] memory os2, uint256[] memory ss2) = _others(c, c.best);
        vm.prank(PerpActors.liquidator(mSeed >> 1));
        bytes memory r =
            vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (c.m, c.owners[c.best], c.subs[c.best], os2, ss2)));
        uint256 haircut = abi.decode(r, (uint256));
        ghost.bump("deleverages", 1);
        ghost.bump("haircuts", haircut);
        _checkOthers(before, (uint160(c.owners[c.best]) - 0x5001) * 3 + c.subs[c.best]);
        _checkVaultCash(c.vaultBal);
        if (_marketState(c.m).adlDeficit != st.adlDeficit - haircut) ghost.fail(5, "haircut not taken from the deficit");
    }

    /// @dev The winners: every position on the winning side, sorted by keccak256(owner, subId).
    function _winners(AdlCtx memory c) internal view {
        c.owners = new address[](9);
        c.subs = new uint256[](9);
        c.keys = new bytes32[](9);
        for (uint256 i; i < 9; ++i) {
            (address o, uint256 s) = PerpActors.account(i);
            (PerpPosition memory pp,) = _position(o, s, c.m);
            if (pp.size == 0 || (pp.size > 0) != c.winnersLong) continue;
            bytes32 k = keccak256(abi.encode(o, s));
            uint256 j = c.n++;
            while (j > 0 && c.keys[j - 1] > k) {
                (c.keys[j], c.owners[j], c.subs[j]) = (c.keys[j - 1], c.owners[j - 1], c.subs[j - 1]);
                --j;
            }
            (c.keys[j], c.owners[j], c.subs[j]) = (k, o, s);
        }
    }

    /// @dev Scores with the funding index accrued virtually to now (what deleverage uses after its accrual).
    function _rank(AdlCtx memory c) internal view {
        (PerpMarketConfig memory cfg, PerpMarketState memory st) = _market(c.m);
        uint256 p = router.getPrice(assets[c.m]);
        int256 f = st.fundingIndex
            + PerpMath.fundingIndexDelta(
                PerpMath.fundingRate(
                    int256(uint256(st.longOi)) - int256(uint256(st.shortOi)), cfg.skewScale, cfg.maxFundingRatePerSecond
                ),
                p,
                now_ - st.lastFundingTime
            );
        c.scores = new uint256[](c.n);
        for (uint256 i; i < c.n; ++i) {
            c.scores[i] = _score(c.owners[i], c.subs[i], c.m, p, f);
            if (c.scores[i] > c.scores[c.best]) c.best = i;
            if (c.scores[i] < c.scores[c.worst]) c.worst = i;
        }
    }

    function _others(AdlCtx memory c, uint256 t) internal pure returns (address[] memory os, uint256[] memory ss) {
        os = new address[](c.n - 1);
        ss = new uint256[](c.n - 1);
        uint256 j;
        for (uint256 i; i < c.n; ++i) {
            if (i == t) continue;
            (os[j], ss[j]) = (c.owners[i], c.subs[i]);
            ++j;
        }
    }

    function _score(address o, uint256 s, uint256 m, uint256 p, int256 f) internal view returns (uint256) {
        (PerpPosition memory pp,) = _position(o, s, m);
        int256 pnl = PerpMath.unrealizedPnl(pp.size, pp.costBasis, p, 6)
            - PerpMath.fundingOwed(pp.size, f, pp.entryFunding, 6);
        (int256 numL,,,,,,) = _margin(o, s);
        return PerpMath.adlScore(pnl, PerpMath.notional(_abs(pp.size), p, 6), numL);
    }

    /* LIQUIDITY PROVIDERS AND INSURERS */

    function lpDeposit(uint256 who, uint256 amountSeed) external {
        address lp = PerpActors.lp(who);
        uint256 amount = bound(amountSeed, 1 * USDC, 200_000 * USDC);
        _mint(lp, amount);
        vm.prank(lp);
        plv.deposit(amount, lp);
        lvLedger += int256(amount);
    }

    function lpRequest(uint256 who, uint256 fracSeed) external {
        address lp = PerpActors.lp(who);
        uint256 shares = plv.balanceOf(lp) * bound(fracSeed, 1, BPS) / BPS;
        if (shares == 0) return;
        vm.prank(lp);
        plv.requestWithdraw(shares);
    }

    function lpRedeem(uint256 who) external {
        address lp = PerpActors.lp(who);
        uint256 shares = plv.maxRedeem(lp);
        if (shares == 0) return;
        uint256 before = usdc.balanceOf(lp);
        uint256 vaultBal = usdc.balanceOf(address(vault));
        vm.prank(lp);
        plv.redeem(shares, lp, lp);
        lvLedger -= int256(usdc.balanceOf(lp) - before);
        ghost.bump("lpRedeems", 1);
        if (usdc.balanceOf(address(vault)) > vaultBal) ghost.fail(7, "an LP redemption pulled from the vault");
    }

    function insurerDeposit(uint256 who, uint256 amountSeed) external {
        address ins = PerpActors.insurer(who);
        uint256 amount = bound(amountSeed, 1 * USDC, 2_000 * USDC);
        _mint(ins, amount);
        vm.prank(ins);
        pool.deposit(amount, ins);
    }

    /* CHECKS AND HELPERS */

    function _snapAll() internal view returns (Snap[9] memory s) {
        for (uint256 i; i < 9; ++i) {
            (address o, uint256 sub) = PerpActors.account(i);
            for (uint256 m; m < 2; ++m) {
                (PerpPosition memory pp, int256 cash) = _position(o, sub, m);
                s[i].cash = cash;
                s[i].size[m] = pp.size;
                s[i].basis[m] = pp.costBasis;
            }
            s[i].weth = vault.collateralOf(o, sub, assets[0]);
            (s[i].principal,) = vault.position(o, sub);
        }
    }

    /// @dev Invariant (f): nothing but the touched account changed.
    function _checkOthers(Snap[9] memory before, uint256 touched) internal {
        Snap[9] memory afterS = _snapAll();
        for (uint256 i; i < 9; ++i) {
            if (i == touched) continue;
            Snap memory a = before[i];
            Snap memory b = afterS[i];
            if (
                a.cash != b.cash || a.size[0] != b.size[0] || a.size[1] != b.size[1] || a.basis[0] != b.basis[0]
                    || a.basis[1] != b.basis[1] || a.weth != b.weth || a.principal != b.principal
            ) {
                ghost.fail(6, string.concat("account ", _u(i), " changed by an action on account ", _u(touched)));
            }
        }
    }

    /// @dev Invariant (g): perps flows never touch the MarginVault's base asset (the spot lenders' cash).
    function _checkVaultCash(uint256 before) internal {
        if (usdc.balanceOf(address(vault)) != before) ghost.fail(7, "a perps action moved the vault's base asset");
    }

    function _positionsOf(address o, uint256 s) internal view returns (uint256 mask, bool any) {
        for (uint256 m; m < 2; ++m) {
            (PerpPosition memory pp,) = _position(o, s, m);
            if (pp.size != 0) {
                mask |= 1 << m;
                any = true;
            }
        }
    }

    function _mint(address to, uint256 amount) internal {
        usdc.mint(to, amount);
        minted += amount;
    }

    function _position(address o, uint256 s, uint256 m) internal view returns (PerpPosition memory pp, int256 cash) {
        return abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.perpPosition, (o, s, m))), (PerpPosition, int256));
    }

    function _margin(address o, uint256 s)
        internal
        view
        returns (int256, int256, uint256, uint256, uint256, uint256, uint256)
    {
        return abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpMargin, (o, s))),
            (int256, int256, uint256, uint256, uint256, uint256, uint256)
        );
    }

    function _market(uint256 m) internal view returns (PerpMarketConfig memory, PerpMarketState memory) {
        return abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpMarket, (m))), (PerpMarketConfig, PerpMarketState)
        );
    }

    function _marketState(uint256 m) internal view returns (PerpMarketState memory st) {
        (, st) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpMarket, (m))), (PerpMarketConfig, PerpMarketState)
        );
    }

    function _abs(int256 x) internal pure returns (uint256) {
        return x < 0 ? uint256(-x) : uint256(x);
    }

    function _rethrow(bytes memory err) internal pure {
        assembly {
            revert(add(err, 32), mload(err))
        }
    }
}
