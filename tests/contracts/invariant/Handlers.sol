// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "../utils/Test.sol";
import {Vm} from "../utils/Vm.sol";
import {Ghost} from "./Ghost.sol";
import {MarginVault} from "../../../contracts/MarginVault.sol";
import {InsurancePool} from "../../../contracts/InsurancePool.sol";
import {OracleRouter} from "../../../contracts/OracleRouter.sol";
import {AccountState, CollateralConfig, MarketParams} from "../../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../../contracts/libraries/ErrorsLib.sol";
import {EventsLib} from "../../../contracts/libraries/EventsLib.sol";
import {MarginMath} from "../../../contracts/libraries/MarginMath.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../../contracts/mocks/MockAggregator.sol";

/// @notice Everything a handler needs to reach.
struct Env {
    MarginVault vault;
    InsurancePool pool;
    OracleRouter router;
    MockERC20 usdc;
    MockERC20 weth;
    MockERC20 wbtc;
    MockERC20 alt;
    MockAggregator ethFeed;
    MockAggregator btcFeed;
    MockAggregator altFeed;
    Ghost ghost;
    address guardian;
    address riskOracle;
}

/// @notice The actors of the invariant run (fixed addresses; approvals are set by the test's setUp).
library Actors {
    uint256 internal constant N_BORROWERS = 3;
    uint256 internal constant N_SUBS = 3; // 0 cross, 1 isolated ALT, 2 isolated (any asset)
    uint256 internal constant N_ACCOUNTS = N_BORROWERS * N_SUBS;
    address internal constant PUMPER = address(0x9999);

    function lender(uint256 i) internal pure returns (address) {
        return address(uint160(0x1001 + i % 3));
    }

    function borrower(uint256 i) internal pure returns (address) {
        return address(uint160(0x2001 + i % N_BORROWERS));
    }

    function liquidator(uint256 i) internal pure returns (address) {
        return address(uint160(0x3001 + i % 2));
    }

    function insurer(uint256 i) internal pure returns (address) {
        return address(uint160(0x4001 + i % 2));
    }

    /// @dev Every address that needs token approvals.
    function all() internal pure returns (address[11] memory a) {
        a = [
            lender(0), lender(1), lender(2), borrower(0), borrower(1), borrower(2), liquidator(0), liquidator(1),
            insurer(0), insurer(1), PUMPER
        ];
    }
}

/// @notice Shared machinery: bounded account/asset picking, pre/post snapshots that check invariants 5, 6 and 7
/// on every call, price-guard probes for invariant 9, and re-throwing of the protocol's reverts so forge counts
/// them per handler selector (show_metrics).
abstract contract HandlerBase is Test {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant USDC = 1e6;
    uint256 internal constant NONE = type(uint256).max;

    MarginVault internal vault;
    InsurancePool internal pool;
    OracleRouter internal router;
    MockERC20 internal usdc;
    MockERC20[3] internal assets; // listing order: WETH, WBTC, ALT
    MockAggregator[3] internal feeds;
    Ghost internal ghost;
    address internal guardian;
    address internal riskOracle;

    struct Snap {
        uint256 supplyIndex;
        uint256 borrowIndex;
        uint256 poolAssets;
        uint256 poolShares;
        uint256 supplyAssets;
        bytes32[9] accounts;
    }

    constructor(Env memory e) {
        vault = e.vault;
        pool = e.pool;
        router = e.router;
        usdc = e.usdc;
        assets = [e.weth, e.wbtc, e.alt];
        feeds = [e.ethFeed, e.btcFeed, e.altFeed];
        ghost = e.ghost;
        guardian = e.guardian;
        riskOracle = e.riskOracle;
    }

    /* PICKING */

    function _account(uint256 who, uint256 sub) internal pure returns (address owner, uint256 subId, uint256 idx) {
        owner = Actors.borrower(who);
        subId = sub % Actors.N_SUBS;
        idx = (who % Actors.N_BORROWERS) * Actors.N_SUBS + subId;
    }

    /// @dev The first account from the seeded one that holds collateral (`needDebt`: that has debt), so that
    /// most calls act on a live position; falls back to the seeded account.
    function _liveAccount(uint256 who, uint256 sub, bool needDebt)
        internal
        view
        returns (address owner, uint256 subId, uint256 idx)
    {
        uint256 start = (who % Actors.N_BORROWERS) * Actors.N_SUBS + sub % Actors.N_SUBS;
        for (uint256 k; k < Actors.N_ACCOUNTS; ++k) {
            uint256 i = (start + k) % Actors.N_ACCOUNTS;
            (address o, uint256 s) = _accountAt(i);
            (uint256 principal, uint256 mask) = vault.position(o, s);
            if (needDebt ? principal != 0 : mask != 0) return (o, s, i);
        }
        (owner, subId) = _accountAt(start);
        idx = start;
    }

    function _accountAt(uint256 idx) internal pure returns (address owner, uint256 subId) {
        return (Actors.borrower(idx / Actors.N_SUBS), idx % Actors.N_SUBS);
    }

    /// @dev Asset for a deposit: cross → WETH/WBTC, sub 1 → ALT, sub 2 → the held one (or any, if empty).
    function _pickAsset(address owner, uint256 subId, uint256 seed) internal view returns (uint256) {
        if (subId == 0) return seed % 2;
        if (subId == 1) return 2;
        (, uint256 mask) = vault.position(owner, subId);
        if (mask != 0 && seed % 8 != 0) return _lowest(mask); // 1 in 8 tries a mismatching asset
        return seed % 3;
    }

    function _lowest(uint256 mask) internal pure returns (uint256 i) {
        while (mask & 1 == 0) {
            mask >>= 1;
            ++i;
        }
    }

    /// @dev A held asset of the account (by seed), or any asset if none held.
    function _heldAsset(address owner, uint256 subId, uint256 seed) internal view returns (uint256) {
        (, uint256 mask) = vault.position(owner, subId);
        if (mask == 0) return seed % 3;
        uint256[3] memory held;
        uint256 n;
        for (uint256 i; i < 3; ++i) {
            if (mask & (1 << i) != 0) held[n++] = i;
        }
        return held[seed % n];
    }

    function _collateralAmount(uint256 asset, uint256 seed) internal pure returns (uint256) {
        if (asset == 0) return bound(seed, 0.01 ether, 100 ether); // WETH ~ 20 .. 200k USDC
        if (asset == 1) return bound(seed, 1e5, 3e8); // WBTC 0.001 .. 3 BTC
        return bound(seed, 1e18, 200_000e18); // ALT ~ 1 .. 200k USDC
    }

    /* PROBES */

    /// @dev (every held asset has a usable price, some held asset is frozen by the circuit breaker).
    function _priceState(address owner, uint256 subId) internal view returns (bool valid, bool frozen) {
        (, uint256 mask) = vault.position(owner, subId);
        valid = true;
        for (uint256 i; i < 3; ++i) {
            if (mask & (1 << i) == 0) continue;
            try router.getPrice(address(assets[i])) returns (uint256) {}
            catch {
                valid = false;
            }
            try router.frozenUntil(address(assets[i])) returns (uint256 until) {
                if (until != 0) frozen = true;
            } catch {}
        }
    }

    function _paused() internal view returns (bool) {
        return block.timestamp < vault.pausedUntil();
    }

    function _isPausedError(bytes memory err) internal pure returns (bool) {
        return err.length >= 4 && bytes4(err) == ErrorsLib.MarketPaused.selector;
    }

    function _rethrow(bytes memory err) internal pure {
        assembly {
            revert(add(err, 32), mload(err))
        }
    }

    function _mint(MockERC20 token, address to, uint256 amount) internal {
        if (token.balanceOf(to) < amount) token.mint(to, amount - token.balanceOf(to));
    }

    /* SNAPSHOTS (invariants 5, 6, 7) */

    function _accountHash(address owner, uint256 subId) internal view returns (bytes32) {
        (uint256 principal, uint256 mask) = vault.position(owner, subId);
        return keccak256(
            abi.encode(
                principal,
                mask,
                vault.collateralOf(owner, subId, address(assets[0])),
                vault.collateralOf(owner, subId, address(assets[1])),
                vault.collateralOf(owner, subId, address(assets[2]))
            )
        );
    }

    /// @dev Cover paid in the call `_post` checks (storage: `_post` is at the stack limit).
    uint256 internal _coverPaid;

    function _checkCoverCap(uint256 assetsAfter) internal {
        uint256 c = _coverPaid;
        if (c * BPS > (assetsAfter + c) * pool.coverCapBps()) ghost.fail(7, "cover above the per-event cap");
    }

    function _pre() internal returns (Snap memory s) {
        (s.supplyIndex, s.borrowIndex) = vault.currentIndices();
        s.poolAssets = pool.totalAssets();
        s.poolShares = pool.totalSupply();
        s.supplyAssets = vault.totalSupplyAssets();
        for (uint256 i; i < Actors.N_ACCOUNTS; ++i) {
            (address o, uint256 sub) = _accountAt(i);
            s.accounts[i] = _accountHash(o, sub);
        }
        vm.recordLogs();
    }

    /// @dev Checks the call that followed `_pre`; `acted` is the index of the one account it may change.
    function _post(Snap memory s, uint256 acted) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool badDebt;
        uint256 socialized;
        bool covered;
        _coverPaid = 0;
        for (uint256 i; i < logs.length; ++i) {
            bytes32 t0 = logs[i].topics.length != 0 ? logs[i].topics[0] : bytes32(0);
            if (logs[i].emitter == address(vault) && t0 == EventsLib.BadDebtRealized.selector) {
                (uint256 b, uint256 c, uint256 so) = abi.decode(logs[i].data, (uint256, uint256, uint256));
                badDebt = true;
                socialized += so;
                ghost.bump("coverBooked", c); // 13: compared with coverTotal (paid) by the invariant
                if (c + so != b) ghost.fail(1, "bad debt split does not add up");
                ghost.bump("badDebtEvents", 1);
                ghost.bump("badDebtTotal", b);
            }
            if (logs[i].emitter == address(pool) && t0 == EventsLib.CoverPaid.selector) {
                (, uint256 c) = abi.decode(logs[i].data, (uint256, uint256));
                if (c != 0) covered = true;
                _coverPaid += c;
                ghost.bump("coverTotal", c);
            }
        }
        // 6: indices.
        (uint256 sIdx, uint256 bIdx) = vault.currentIndices();
        if (bIdx < s.borrowIndex) ghost.fail(6, "borrow index decreased");
        if (sIdx < s.supplyIndex && !badDebt) ghost.fail(6, "supply index decreased without bad debt");
        // 1: a socialized loss the supply index could not absorb (floor) is tracked, not hidden.
        if (badDebt) {
            uint256 supplyAfter = vault.totalSupplyAssets();
            uint256 absorbed = s.supplyAssets > supplyAfter ? s.supplyAssets - supplyAfter : 0;
            if (socialized > absorbed) ghost.addUnabsorbed(socialized - absorbed);
        }
        // 7: insurance share price, compared as (assets + 1) / (shares + 10^offset) by cross-multiplication.
        uint256 offset = 10 ** pool.DECIMALS_OFFSET();
        uint256 a1 = pool.totalAssets();
        uint256 s1 = pool.totalSupply();
        // 7: per-event cap on the pool's assets at that moment: after the liquidation's fee joined them (they include
        // the vault's reserves) and before the cover left, i.e. a1 + cover paid.
        _checkCoverCap(a1);
        if ((a1 + 1) * (s.poolShares + offset) < (s.poolAssets + 1) * (s1 + offset) && !covered) {
            ghost.fail(7, "insurance share price fell without a cover event");
        }
        // 5: no other subaccount changed.
        for (uint256 i; i < Actors.N_ACCOUNTS; ++i) {
            if (i == acted) continue;
            (address o, uint256 sub) = _accountAt(i);
            if (_accountHash(o, sub) != s.accounts[i]) ghost.fail(5, "an operation changed another subaccount");
        }
        ghost.bump("ok", 1);
    }
}

/// @notice Lenders: supply, withdraw, and a same-block round trip that must never pay out more than it took in.
contract LenderHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    function supply(uint256 who, uint256 amount) external {
        address l = Actors.lender(who);
        amount = bound(amount, 1, 1_000_000 * USDC);
        _mint(usdc, l, amount);
        Snap memory s = _pre();
        vm.prank(l);
        try vault.supply(amount, l) {
            _post(s, NONE);
        } catch (bytes memory err) {
            if (_isPausedError(err)) return ghost.fail(8, "supply blocked by pause");
            _rethrow(err);
        }
    }

    function withdraw(uint256 who, uint256 amount) external {
        address l = Actors.lender(who);
        uint256 bal = vault.supplyBalanceOf(l);
        amount = amount % 4 == 0 ? type(uint256).max : bound(amount, 1, bal + 1);
        bool paused = _paused();
        uint256 cashBefore = vault.cash();
        Snap memory s = _pre();
        vm.prank(l);
        try vault.withdraw(amount, l) returns (uint256 out) {
            if (paused) ghost.fail(8, "withdraw while paused");
            if (out > cashBefore) ghost.fail(12, "withdrew cash that was not there");
            if (out > bal) ghost.fail(11, "withdrew more than the balance");
            _post(s, NONE);
        } catch (bytes memory err) {
            _rethrow(err);
        }
    }

    /// @dev Invariant 11: in one block (no interest), supply a, withdraw part, withdraw the rest; and borrow x then
    /// repay everything. Out never exceeds in.
    function roundTrip(uint256 a, uint256 b, uint256 c) external {
        address p = Actors.PUMPER;
        a = bound(a, 1, 100_000 * USDC);
        _mint(usdc, p, a);
        uint256 before = usdc.balanceOf(p);
        // Single pranks only: a revert must not leave a prank running (cheatcode state survives reverts).
        vm.prank(p);
        vault.supply(a, p);
        uint256 bal = vault.supplyBalanceOf(p);
        if (bal > a) ghost.fail(11, "supply credited more than paid");
        b = bound(b, 0, bal);
        if (b != 0 && b < bal) {
            vm.prank(p);
            vault.withdraw(b, p);
        }
        if (vault.supplyPrincipal(p) != 0) {
            vm.prank(p);
            vault.withdraw(type(uint256).max, p);
        }
        if (usdc.balanceOf(p) > before) ghost.fail(11, "supply/withdraw round trip paid out more than it took");
        // Collateral round trip plus a borrow/repay round trip in the pumper's own cross account.
        uint256 wethIn = bound(c, 0.001 ether, 10 ether);
        _mint(assets[0], p, wethIn);
        uint256 wethBefore = assets[0].balanceOf(p);
        vm.prank(p);
        vault.depositCollateral(p, 0, address(assets[0]), wethIn);
        uint256 borrowed = bound(c >> 64, 1, 1_000 * USDC);
        uint256 usdcBefore = usdc.balanceOf(p);
        vm.prank(p);
        try vault.borrow(p, 0, borrowed, p) {
            _mint(usdc, p, usdcBefore + borrowed);
            vm.prank(p);
            uint256 repaid = vault.repay(p, 0, type(uint256).max);
            if (repaid < borrowed) ghost.fail(11, "repaid less than borrowed in one block");
        } catch {}
        if (vault.debtOf(p, 0) == 0) {
            uint256 held = vault.collateralOf(p, 0, address(assets[0]));
            vm.prank(p);
            vault.withdrawCollateral(p, 0, address(assets[0]), held, p);
            if (assets[0].balanceOf(p) > wethBefore) ghost.fail(11, "collateral round trip paid out more");
        }
        ghost.bump("ok", 1);
    }
}

/// @notice Cross (subId 0) and isolated (subId 1, 2) borrowers.
contract BorrowerHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    function depositCollateral(uint256 who, uint256 sub, uint256 assetSeed, uint256 amount) external {
        (address o, uint256 subId, uint256 idx) = _account(who, sub);
        uint256 ai = _pickAsset(o, subId, assetSeed);
        amount = _collateralAmount(ai, amount);
        _mint(assets[ai], o, amount);
        Snap memory s = _pre();
        vm.prank(o);
        try vault.depositCollateral(o, subId, address(assets[ai]), amount) {
            _post(s, idx);
        } catch (bytes memory err) {
            if (_isPausedError(err)) return ghost.fail(8, "deposit blocked by pause");
            _rethrow(err);
        }
    }

    function withdrawCollateral(uint256 who, uint256 sub, uint256 assetSeed, uint256 amount) external {
        (address o, uint256 subId, uint256 idx) = _liveAccount(who, sub, false);
        uint256 ai = _heldAsset(o, subId, assetSeed);
        uint256 bal = vault.collateralOf(o, subId, address(assets[ai]));
        amount = bound(amount, 1, bal == 0 ? 1 : bal);
        bool paused = _paused();
        bool hadDebt = vault.debtOf(o, subId) != 0;
        (bool valid, bool frozen) = _priceState(o, subId);
        Snap memory s = _pre();
        vm.prank(o);
        try vault.withdrawCollateral(o, subId, address(assets[ai]), amount, o) {
            if (paused && hadDebt) ghost.fail(8, "collateral withdrawal against debt while paused");
            if (frozen) ghost.fail(9, "collateral withdrawal with a frozen asset");
            if (hadDebt && !valid) ghost.fail(9, "collateral withdrawal against debt on an unusable price");
            if (hadDebt && vault.utilization(o, subId) > WAD) ghost.fail(4, "withdrawal left account below IM");
            _post(s, idx);
        } catch (bytes memory err) {
            _rethrow(err);
        }
    }

    function borrow(uint256 who, uint256 sub, uint256 amount) external {
        (address o, uint256 subId, uint256 idx) = _liveAccount(who, sub, false);
        uint256 room;
        try vault.accountState(o, subId) returns (AccountState memory st) {
            room = st.borrowCapacity > st.debt ? st.borrowCapacity - st.debt : 0;
        } catch {}
        // 85% .. 102% of the remaining capacity: mostly accepted, near the edge, sometimes beyond.
        amount = room * bound(amount, 8_500, 10_200) / BPS + 1;
        bool paused = _paused();
        (bool valid, bool frozen) = _priceState(o, subId);
        uint256 cashBefore = vault.cash();
        Snap memory s = _pre();
        vm.prank(o);
        try vault.borrow(o, subId, amount, o) {
            if (paused) ghost.fail(8, "borrow while paused");
            if (!valid) ghost.fail(9, "borrow on a stale, non-positive or out-of-bounds price");
            if (frozen) ghost.fail(9, "borrow with a frozen asset");
            if (amount > cashBefore) ghost.fail(12, "borrowed cash that was not there");
            if (vault.utilization(o, subId) > WAD) ghost.fail(4, "borrow left account below initial margin");
            ghost.bump("borrows", 1);
            _post(s, idx);
        } catch (bytes memory err) {
            _rethrow(err);
        }
    }

    function repay(uint256 who, uint256 sub, uint256 payerSeed, uint256 amount) external {
        (address o, uint256 subId, uint256 idx) = _liveAccount(who, sub, true);
        uint256 debt = vault.debtOf(o, subId);
        amount = amount % 4 == 0 ? type(uint256).max : bound(amount, 1, debt + debt / 5 + 1);
        address payer = payerSeed % 3 == 0 ? Actors.lender(payerSeed) : o; // anyone may repay
        _mint(usdc, payer, debt + 1);
        Snap memory s = _pre();
        vm.prank(payer);
        try vault.repay(o, subId, amount) {
            _post(s, idx);
        } catch (bytes memory err) {
            if (_isPausedError(err)) return ghost.fail(8, "repay blocked by pause");
            _rethrow(err);
        }
    }
}

/// @notice Liquidators (and the permissionless keeper calls: sweep, accrue).
contract LiquidatorHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    struct Pre {
        address owner;
        uint256 subId;
        uint256 idx;
        uint256 asset;
        bool healthOk;
        uint256 health;
        bool valid;
        uint256 price;
        uint256 balance;
        uint256 liqBalance;
        uint256 bonus;
        uint8 decimals;
    }

    function liquidate(uint256 liqSeed, uint256 target, uint256 assetSeed, uint256 repaySeed) external {
        Pre memory p;
        // Prefer a liquidatable account (most calls then do something); fall back to the seeded one.
        p.idx = target % Actors.N_ACCOUNTS;
        for (uint256 k; k < Actors.N_ACCOUNTS; ++k) {
            uint256 i = (target + k) % Actors.N_ACCOUNTS;
            (address o, uint256 sub) = _accountAt(i);
            try vault.health(o, sub) returns (uint256 h) {
                if (h < WAD) {
                    p.idx = i;
                    break;
                }
            } catch {}
        }
        (p.owner, p.subId) = _accountAt(p.idx);
        p.asset = _heldAsset(p.owner, p.subId, assetSeed);
        address token = address(assets[p.asset]);
        address liq = Actors.liquidator(liqSeed);
        uint256 debt = vault.debtOf(p.owner, p.subId);
        uint256 maxRepay = repaySeed % 3 == 0 ? type(uint256).max : bound(repaySeed, 1, debt + 1);
        try vault.health(p.owner, p.subId) returns (uint256 h) {
            (p.healthOk, p.health) = (true, h);
        } catch {}
        (p.valid,) = _priceState(p.owner, p.subId);
        try router.getPrice(token) returns (uint256 px) {
            p.price = px;
        } catch {}
        p.balance = vault.collateralOf(p.owner, p.subId, token);
        p.liqBalance = assets[p.asset].balanceOf(liq);
        CollateralConfig memory cfg = vault.collateralConfig(token);
        (p.bonus, p.decimals) = (cfg.liquidationBonusBps, cfg.decimals);
        _mint(usdc, liq, 2 * debt + 1);
        Snap memory s = _pre();
        vm.prank(liq);
        try vault.liquidate(p.owner, p.subId, token, maxRepay, "") returns (uint256 repaid, uint256 seized, uint256) {
            _checkLiquidation(p, repaid, seized, liq);
            _post(s, p.idx);
        } catch (bytes memory err) {
            if (_isPausedError(err)) return ghost.fail(8, "liquidation blocked by pause");
            _rethrow(err);
        }
    }

    function _checkLiquidation(Pre memory p, uint256 repaid, uint256 seized, address liq) internal {
        if (!p.healthOk || p.health >= WAD) ghost.fail(4, "liquidated an account with health >= 1 (or unpriced)");
        if (!p.valid) ghost.fail(9, "liquidation on a stale, non-positive or out-of-bounds price");
        if (seized > p.balance) ghost.fail(10, "seized more than the account held");
        if (assets[p.asset].balanceOf(liq) - p.liqBalance != seized) ghost.fail(10, "liquidator got != seized");
        uint256 seizedValue = MarginMath.collateralValue(seized, p.price, p.decimals, 6);
        if (seizedValue > repaid * (BPS + p.bonus) / BPS) ghost.fail(10, "seized more than repay x (1 + bonus)");
        ghost.bump("liquidations", 1);
    }

    function sweepReserves() external {
        Snap memory s = _pre();
        vault.sweepReserves();
        _post(s, NONE);
    }

    function accrueInterest() external {
        Snap memory s = _pre();
        vault.accrueInterest();
        _post(s, NONE);
    }
}

/// @notice Insurance depositors: deposit, request, redeem inside the window.
contract InsurerHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    function deposit(uint256 who, uint256 amount) external {
        address i = Actors.insurer(who);
        amount = bound(amount, 1, 500_000 * USDC);
        _mint(usdc, i, amount);
        Snap memory s = _pre();
        vm.prank(i);
        pool.deposit(amount, i);
        _post(s, NONE);
    }

    function requestWithdraw(uint256 who, uint256 shares) external {
        address i = Actors.insurer(who);
        shares = bound(shares, 1, pool.balanceOf(i) + 1);
        Snap memory s = _pre();
        vm.prank(i);
        pool.requestWithdraw(shares);
        _post(s, NONE);
    }

    /// @dev Share transfers between insurers (the sybil request-rolling path): a request must follow the shares.
    function transferShares(uint256 who, uint256 shares) external {
        address from = Actors.insurer(who);
        address to = Actors.insurer(who + 1);
        shares = bound(shares, 1, pool.balanceOf(from) + 1);
        Snap memory s = _pre();
        vm.prank(from);
        pool.transfer(to, shares);
        _post(s, NONE);
    }

    function redeem(uint256 who, uint256 shares) external {
        address i = Actors.insurer(who);
        uint256 max = pool.maxRedeem(i);
        shares = bound(shares, 1, max + 1);
        Snap memory s = _pre();
        vm.prank(i);
        pool.redeem(shares, i, i);
        _post(s, NONE);
    }
}

/// @notice The RISK_ORACLE role: bounded add-on walks (some steps too large or too soon on purpose).
contract RiskOracleHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    function setAddOn(uint256 assetSeed, uint256 bps) external {
        address token = address(assets[assetSeed % 3]);
        uint256 current = vault.effectiveAddOn(token);
        MarketParams memory p = vault.marketParams();
        uint256 lo = current > p.maxAddOnStepBps ? current - p.maxAddOnStepBps : 0;
        uint256 target = bound(bps, lo, current + p.maxAddOnStepBps + 50);
        Snap memory s = _pre();
        vm.prank(riskOracle);
        vault.setAddOn(token, uint16(target));
        _post(s, NONE);
    }
}

/// @notice The GUARDIAN role.
contract GuardianHandler is HandlerBase {
    constructor(Env memory e) HandlerBase(e) {}

    function pause() external {
        bool wasPaused = _paused();
        Snap memory s = _pre();
        vm.prank(guardian);
        vault.pause();
        if (wasPaused) ghost.fail(8, "pause extended a running pause");
        ghost.setPauseAt(block.timestamp);
        ghost.bump("pauses", 1);
        _post(s, NONE);
    }

    function unpause() external {
        Snap memory s = _pre();
        vm.prank(guardian);
        vault.unpause();
        _post(s, NONE);
    }
}

/// @notice Prices and time: random walks, crashes towards zero (some below the floor), non-positive answers,
/// recoveries, time warps that keep feeds fresh (heartbeat) or leave them stale, and donations.
contract PriceMoverHandler is HandlerBase {
    int256[3] internal initial = [int256(2000e8), int256(60_000e8), int256(1e8)];

    constructor(Env memory e) HandlerBase(e) {}

    function movePrice(uint256 assetSeed, uint256 seed) external {
        uint256 i = assetSeed % 3;
        MockAggregator f = feeds[i];
        int256 p = f.latestAnswer();
        uint256 mode = seed % 16;
        int256 next;
        if (mode == 0) {
            next = int256(bound(seed >> 8, 1, 1_000)); // crash to near zero; below 100 is out of bounds
            ghost.bump("crashes", 1);
        } else if (mode == 1) {
            next = -int256(bound(seed >> 8, 0, 1)); // 0 or -1: non-positive
        } else if (mode == 2 || p <= 0) {
            next = initial[i]; // recovery
        } else {
            // Walk by -25% .. +15%, biased down so positions become liquidatable (moves beyond 10% trip the
            // circuit breaker).
            uint256 factor = bound(seed >> 8, 7_500, 11_500);
            next = int256(uint256(p) * factor / BPS);
            if (next <= 0) next = 1;
        }
        f.setAnswer(next);
        ghost.bump("priceMoves", 1);
    }

    /// @dev Advances time. 7 in 8 warps are short and a keeper republishes every feed (fresh, and equal rounds
    /// clear the breaker); 1 in 8 jumps past the heartbeat without updates (stale feeds).
    function warp(uint256 seed) external {
        if (seed % 8 == 0) {
            vm.warp(block.timestamp + bound(seed >> 8, 1 hours + 1, 3 hours));
            ghost.bump("staleWarps", 1);
        } else {
            vm.warp(block.timestamp + bound(seed >> 8, 1, 30 minutes));
            for (uint256 i; i < 3; ++i) {
                feeds[i].setAnswer(feeds[i].latestAnswer());
            }
        }
    }

    /// @dev Donations straight to the vault (base or collateral) or to the insurance pool.
    function donate(uint256 seed, uint256 amount) external {
        uint256 mode = seed % 3;
        if (mode == 0) {
            amount = bound(amount, 1, 10_000 * USDC);
            usdc.mint(address(vault), amount);
            ghost.donateBase(amount);
        } else if (mode == 1) {
            amount = bound(amount, 1, 1 ether);
            assets[0].mint(address(vault), amount);
            ghost.donateCollateral(address(assets[0]), amount);
        } else {
            amount = bound(amount, 1, 10_000 * USDC);
            Snap memory s = _pre();
            usdc.mint(address(pool), amount);
            _post(s, NONE);
        }
    }
}
