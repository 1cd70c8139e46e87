// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MarketParams} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {IInsurancePool} from "../../interfaces/IInsurancePool.sol";
import {IMarginLiquidationCallback} from "../../interfaces/IMarginLiquidationCallback.sol";
import {VaultState, AssetState, StoredConfig, Position} from "../VaultTypes.sol";
import {CollateralLib} from "../CollateralLib.sol";
import {HealthLogic} from "./HealthLogic.sol";
import {PerpCore} from "./PerpCore.sol";
import {MarginMath} from "../MarginMath.sol";
import {PerpMath} from "../PerpMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";
import {EventsLib} from "../EventsLib.sol";

/// @title LiquidationLogic
/// @notice Liquidation (docs/protocol.md §7) and bad debt (§8) of a MarginVault: an external library linked
/// into the vault at deployment, run by DELEGATECALL on the vault's storage (the vault accrues and guards
/// reentrancy first). Prices only what health needs: a single-asset account reads one feed, never the
/// circuit breaker (liquidation is allowed while frozen, so the breaker cannot change the outcome).
library LiquidationLogic {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @dev Smallest supply index after socializing bad debt (never zero).

    /// @notice What the vault passes besides its storage: immutables and the freshly accrued borrow index.
    struct Env {
        IOracleRouter oracle;
        address baseAsset;
        uint256 baseDecimals;
        uint256 borrowIndex;
    }

    /// @dev Liquidation working set.
    struct Liq {
        uint256 bIdx;
        uint256 principal;
        uint256 debt;
        uint256 liqCap;
        uint256 healthBefore;
        uint256 healthAfter;
        uint256 price;
        uint256 balance;
        uint256 targetLiq;
        uint256 repaid;
        uint256 seized;
        uint256 fee;
        uint256 delta;
        uint256 badDebt;
        uint256 cover;
        uint256 socialized;
        uint256 addOn;
        uint256 totalDeposits;
        /* the seized asset's config, first slot, read once */
        uint256 decimals;
        uint256 threshold; // liquidationThresholdBps
        uint256 bonus; // liquidationBonusBps
        uint256 tierBreak1;
        address pool;
        uint8 mask;
        uint8 bit;
        uint8 index;
        /* §13.6 / §13.8: accounts with positions or perp cash */
        bool perps;
        uint256 obligation; // D + max(0, −perpEquity): what `repay` may cover, debt first
        int256 perpEquity; // cash + Σ weighted PnL (base units, signed)
        uint256 perpMm; // Σ maintenance requirements of the positions
        uint256 cashPaid; // part of `repaid` paid into the account's perp cash (to the liquidity vault)
    }

    /// @notice Liquidates (owner, subId) with health < 1 against `collateralAsset` (§7), repaying up to
    /// `maxRepay`. With non-empty `data` the caller receives the collateral first and is called back
    /// (`onMarginLiquidation`) before `repaid + fee` is pulled. Realizes bad debt (§8) when no collateral remains.
    /// @return repaid Debt repaid (base units).
    /// @return seized Collateral sent to the liquidator.
    /// @return fee Protocol share of the bonus paid to the insurance pool (base units).
    function liquidate(
        VaultState storage _s,
        Env memory env,
        address owner,
        uint256 subId,
        address collateralAsset,
        uint256 maxRepay,
        bytes calldata data
    ) external returns (uint256 repaid, uint256 seized, uint256 fee) {
        Liq memory lq = _liquidate(_s, env, owner, subId, collateralAsset, maxRepay);
        // Interactions (the insurance cover was drawn with the effects): collateral out, callback, base in.
        if (lq.seized != 0) IERC20(collateralAsset).safeTransfer(msg.sender, lq.seized);
        if (data.length != 0) {
            IMarginLiquidationCallback(msg.sender).onMarginLiquidation(lq.repaid, lq.fee, lq.seized, data);
        }
        uint256 owed = lq.repaid + lq.fee;
        if (owed != 0) IERC20(env.baseAsset).safeTransferFrom(msg.sender, address(this), owed);
        // The part paid into the perp cash belongs with the cash, in the liquidity vault (§13.8).
        if (lq.cashPaid != 0) IERC20(env.baseAsset).safeTransfer(_s.perpLiquidityVault, lq.cashPaid);
        return (lq.repaid, lq.seized, lq.fee);
    }

    /// @dev Checks and effects of a liquidation.
    function _liquidate(
        VaultState storage _s,
        Env memory env,
        address owner,
        uint256 subId,
        address asset,
        uint256 maxRepay
    ) private returns (Liq memory lq) {
        lq.bIdx = env.borrowIndex;
        StoredConfig storage cfg = _s.configs[asset]; // first slot (second only past the first tier break)
        _loadLiquidation(_s, env, lq, cfg, owner, subId, asset);
        {
            MarketParams storage p = _s.params; // reads only its first slot
            (lq.repaid, lq.seized, lq.fee) = MarginMath.liquidationAmounts(
                lq.obligation,
                lq.healthBefore,
                maxRepay,
                p.closeFactorBps,
                p.deepHealthThresholdWad,
                p.dustThreshold,
                lq.bonus,
                p.protocolShareBps,
                lq.balance,
                lq.price,
                lq.decimals,
                env.baseDecimals
            );
        }
        if (lq.repaid == 0 && lq.seized == 0) revert ErrorsLib.NothingToLiquidate();

        // Effects: debt first (§13.8), the collateral repays the spot lenders before any perp loss; then collateral.
        Position storage pos = _s.positions[owner][subId];
        uint256 toDebt = lq.repaid < lq.debt ? lq.repaid : lq.debt;
        lq.cashPaid = lq.repaid - toDebt;
        lq.delta = MarginMath.repayPrincipalFor(toDebt, lq.principal, lq.bIdx);
        uint256 remaining;
        uint256 newBalance;
        unchecked {
            remaining = lq.principal - lq.delta; // delta ≤ principal (MarginMath.repayPrincipalFor)
            newBalance = lq.balance - lq.seized; // seized ≤ balance (MarginMath.liquidationAmounts caps it)
            _s.assetStates[asset].totalDeposits = uint128(lq.totalDeposits - lq.seized); // sum ≥ each balance
        }
        CollateralLib.setBalance(_s, pos, owner, subId, asset, lq.index, lq.balance, newBalance);
        if (newBalance == 0) {
            lq.mask &= ~lq.bit;
            pos.assetMask = lq.mask;
        }
        // The insurance fee joins the reserves, which count as the insurance pool's assets as they accrue and
        // are swept to it (sweepReserves, or with bad debt, where _realizeBadDebt books it: one reserves write).
        uint256 debtAfter;
        if (lq.mask == 0 && remaining != 0) {
            _realizeBadDebt(_s, env, lq, remaining);
            pos.borrowPrincipal = 0;
            lq.healthAfter = type(uint256).max;
            lq.liqCap = 0; // no collateral left
        } else {
            if (lq.fee != 0) _s.reserves = (_s.reserves + lq.fee).toUint128();
            pos.borrowPrincipal = uint128(remaining);
            unchecked {
                _s.totalBorrowPrincipal -= uint128(lq.delta); // delta ≤ principal ≤ total
            }
            uint256 newTargetLiq = newBalance == 0
                ? 0
                : HealthLogic.adjustedAt(
                    cfg, lq.tierBreak1, lq.threshold, lq.addOn,
                    MarginMath.collateralValue(newBalance, lq.price, lq.decimals, env.baseDecimals)
                );
            unchecked {
                lq.liqCap = lq.liqCap - lq.targetLiq + newTargetLiq; // liqCap sums targetLiq with the other assets
            }
            debtAfter = MarginMath.toDebt(remaining, lq.bIdx);
            lq.healthAfter = MarginMath.health(lq.liqCap, debtAfter);
        }
        if (lq.perps) _afterPerps(_s, env, lq, owner, subId, debtAfter);

        emit EventsLib.Liquidate(
            owner, subId, msg.sender, asset, lq.repaid, lq.seized, lq.fee, lq.healthBefore, lq.healthAfter
        );
        if (lq.badDebt != 0) emit EventsLib.BadDebtRealized(owner, subId, lq.badDebt, lq.cover, lq.socialized);
    }

    /// @dev Loads the account, prices it and checks it is liquidatable against `asset`.
    function _loadLiquidation(
        VaultState storage _s,
        Env memory env,
        Liq memory lq,
        StoredConfig storage cfg,
        address owner,
        uint256 subId,
        address asset
    ) private view {
        AssetState memory st = _s.assetStates[asset];
        if (!st.listed) revert ErrorsLib.AssetNotListed(asset);
        Position storage pos = _s.positions[owner][subId];
        lq.principal = pos.borrowPrincipal;
        lq.mask = pos.assetMask;
        lq.index = st.index;
        lq.bit = uint8(1 << st.index);
        lq.totalDeposits = st.totalDeposits;
        lq.addOn = HealthLogic.effectiveAddOn(_s, asset);
        (lq.decimals, lq.threshold, lq.bonus, lq.tierBreak1) =
            (cfg.decimals, cfg.liquidationThresholdBps, cfg.liquidationBonusBps, cfg.tierBreak1);
        lq.debt = MarginMath.toDebt(lq.principal, lq.bIdx);
        lq.balance = CollateralLib.balanceOf(_s, pos, owner, subId, asset, st.index);
        lq.perps = pos.perpMask != 0 || pos.hasPerpCash;
        if (lq.debt != 0 || lq.perps) {
            if (lq.mask == lq.bit) {
                // Single-asset account (every isolated one): no need to walk the asset list.
                // Reuses the add-on already read (HealthLogic.assetValues would read it again). The price read
                // also waits out an L2 sequencer's grace (§9): one router call, not two.
                lq.price = env.oracle.getLiquidationPrice(asset);
                lq.targetLiq = HealthLogic.adjustedAt(
                    cfg,
                    lq.tierBreak1,
                    lq.threshold,
                    lq.addOn,
                    MarginMath.collateralValue(lq.balance, lq.price, lq.decimals, env.baseDecimals)
                );
                lq.liqCap = lq.targetLiq;
            } else {
                _checkSequencer(env.oracle);
                HealthLogic.Totals memory t = HealthLogic.totals(
                    _s, env.oracle, env.baseDecimals, owner, subId, lq.mask, HealthLogic.MODE_LIQUIDATION, asset
                );
                (lq.liqCap, lq.price, lq.targetLiq) = (t.liqCap, t.targetPrice, t.targetLiq);
            }
        }
        if (lq.perps) {
            // §13.6: one health with the positions and the perp cash; §13.8: a negative perp equity is an obligation
            // the liquidator may pay into the cash, after the debt.
            PerpCore.Margin memory mg = PerpCore.marginMode(
                _s,
                PerpCore.Env(env.oracle, env.baseAsset, env.baseDecimals),
                owner,
                subId,
                type(uint256).max,
                0,
                PerpCore.MODE_NO_COLLATERAL
            );
            (lq.perpEquity, lq.perpMm) = (mg.numL, mg.mm);
            lq.healthBefore = PerpMath.accountHealth(int256(lq.liqCap) + mg.numL, lq.debt, mg.mm);
            lq.obligation = lq.debt + (mg.numL < 0 ? uint256(-mg.numL) : 0);
        } else {
            lq.healthBefore = MarginMath.health(lq.liqCap, lq.debt);
            lq.obligation = lq.debt;
        }
        if (lq.healthBefore >= WadMath.WAD) revert ErrorsLib.HealthyAccount(lq.healthBefore);
        if (lq.balance == 0) revert ErrorsLib.InsufficientCollateral(asset, 0, 0);
    }

    /// @dev Accounts with perps: books the cash paid, realizes a perp deficit left with nothing else (§13.8) and
    /// reports the unified health after the call (§13.6).
    function _afterPerps(
        VaultState storage _s,
        Env memory env,
        Liq memory lq,
        address owner,
        uint256 subId,
        uint256 debtAfter
    ) private {
        if (lq.cashPaid != 0) PerpCore.addCash(_s, owner, subId, int256(lq.cashPaid));
        int256 equity = lq.perpEquity + int256(lq.cashPaid);
        Position memory pos = _s.positions[owner][subId];
        if (pos.assetMask == 0 && pos.perpMask == 0 && pos.borrowPrincipal == 0) {
            int256 cash = _s.perpCash[owner][subId];
            if (cash < 0) {
                // No position is left to deleverage against: insurance covers what it can, the liquidity vault
                // (the counterparty of every closed position) takes the rest; spot lenders never do.
                uint256 deficit = uint256(-cash);
                uint256 covered;
                address pool = _s.insurancePool;
                if (pool != address(0)) {
                    covered = _drawCover(env.baseAsset, pool, deficit);
                    if (covered != 0) IERC20(env.baseAsset).safeTransfer(_s.perpLiquidityVault, covered);
                }
                PerpCore.addCash(_s, owner, subId, int256(deficit));
                equity += int256(deficit);
                emit EventsLib.PerpDeficit(owner, subId, type(uint256).max, deficit, covered);
            }
        }
        lq.healthAfter = PerpMath.accountHealth(int256(lq.liqCap) + equity, debtAfter, lq.perpMm);
    }

    /// @dev §8: clears the account's whole principal, draws cover, socializes the rest on the supply index.
    /// The cover is drawn here, before any call to outside code (collateral transfer, liquidator callback), and
    /// only what the vault actually received counts (issue 15, finding 1). The pool is asked for the whole bad
    /// debt and pays min(bad debt, its per-event cap, what is left of its window's cap, its balance) — the cover
    /// §8 defines, computed once, by the pool (docs/protocol.md §8); the split uses what arrived.
    function _realizeBadDebt(VaultState storage _s, Env memory env, Liq memory lq, uint256 remaining) private {
        lq.badDebt = MarginMath.toDebt(remaining, lq.bIdx);
        uint256 received;
        uint256 r = (_s.reserves + lq.fee).toUint128(); // the fee joins the reserves first
        lq.pool = _s.insurancePool;
        // The pool counts the reserves as its assets already (R3) and pays at most its own balance: when that balance
        // is short of the bad debt, the reserves are swept first so that it can pay with them; when it is not, they
        // stay booked here (swept later) and the cover is the same, for the balance bound cannot bind (§8).
        if (lq.pool != address(0) && r != 0 && IERC20(env.baseAsset).balanceOf(lq.pool) < lq.badDebt) {
            _sweep(_s, env.baseAsset, lq.pool, r);
        } else if (lq.fee != 0) {
            _s.reserves = uint128(r);
        }
        if (lq.pool != address(0)) received = _drawCover(env.baseAsset, lq.pool, lq.badDebt);
        uint256 drop;
        (lq.cover, lq.socialized, drop) =
            MarginMath.badDebtSplit(lq.badDebt, received, WadMath.BPS, _s.totalSupplyPrincipal);
        if (drop != 0) _s.supplyIndex = uint128(MarginMath.supplyIndexAfterLoss(_s.supplyIndex, drop));
        unchecked {
            _s.totalBorrowPrincipal -= uint128(lq.principal);
        }
    }

    /// @dev L2: liquidations wait out the sequencer's grace (§9).
    function _checkSequencer(IOracleRouter oracle) private view {
        uint256 seq = oracle.sequencerUntil();
        if (seq != 0) revert ErrorsLib.SequencerDown(seq);
    }

    /// @notice MarginVault.sweepReserves after its checks and accrual: sends min(reserves, cash) to `pool`.
    function sweepReserves(VaultState storage _s, address baseAsset, address pool) external returns (uint256) {
        return _sweep(_s, baseAsset, pool, _s.reserves);
    }

    /// @dev Sends min(r, cash) of the reserves `r` to `pool` and stores the rest as the reserves (sweepReserves, and
    /// before a bad debt's cover without sweepReserves' guard: the vault holds it). The transfer of all of `r` is
    /// tried first; only when it fails is the cash read (one balanceOf fewer when it succeeds, docs/gas.md).
    function _sweep(VaultState storage _s, address baseAsset, address pool, uint256 r)
        private
        returns (uint256 amount)
    {
        IERC20 base = IERC20(baseAsset);
        amount = r;
        _s.reserves = 0;
        if (r != 0 && !base.trySafeTransfer(pool, r)) {
            amount = WadMath.min(r, base.balanceOf(address(this)));
            _s.reserves = uint128(r - amount);
            if (amount != 0) base.safeTransfer(pool, amount);
        }
        emit EventsLib.ReservesSwept(pool, amount);
    }

    /// @dev Asks the pool for `amount` and returns what reached the vault (the smaller of the pool's answer and
    /// the vault's balance change).
    function _drawCover(address baseAsset, address pool, uint256 amount) private returns (uint256) {
        uint256 before = IERC20(baseAsset).balanceOf(address(this));
        uint256 answered = IInsurancePool(pool).cover(amount);
        uint256 delta = IERC20(baseAsset).balanceOf(address(this)) - before;
        return WadMath.min(WadMath.min(answered, delta), amount);
    }
}
