// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {PerpMarketConfig} from "../../interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../interfaces/IOracleRouter.sol";
import {
    VaultState,
    Position,
    StoredPerpMarket,
    PerpPosition,
    StoredPerpPosition,
    PERP_DELISTED,
    PERP_NN_WIDE,
    PERP_POSITION_WIDE
} from "../VaultTypes.sol";
import {HealthLogic} from "./HealthLogic.sol";
import {MarginMath} from "../MarginMath.sol";
import {PerpMath} from "../PerpMath.sol";
import {WadMath} from "../WadMath.sol";
import {ErrorsLib} from "../ErrorsLib.sol";
import {EventsLib} from "../EventsLib.sol";

/// @title PerpCore
/// @notice The shared internals of the perp libraries (docs/protocol.md §13): trades, funding, cash and the unified
/// margin of an account. Internal functions, compiled into PerpLogic and PerpLiquidationLogic from this one source.
library PerpCore {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @notice What the vault passes besides its storage.
    struct Env {
        IOracleRouter oracle;
        address baseAsset;
        uint256 baseDecimals;
    }

    /// @dev `marginMode` without the collateral (the caller prices it: spot liquidation, §13.6).
    uint256 internal constant MODE_NO_COLLATERAL = type(uint256).max;

    /// @dev The unified margin of an account (§13.6).
    struct Margin {
        int256 numL;
        int256 numC;
        int256 numW; // §13.6 withdrawal numerator: numerator_C with pnlWeight 0 (losses only)
        uint256 debt;
        uint256 mm;
        uint256 im;
    }

    /// @dev The account being priced.
    struct Acct {
        address owner;
        uint256 subId;
        uint256 level;
        uint256 knownMarket;
        uint256 knownPrice;
    }

    /// @dev One trade's working set.
    struct Trade {
        uint256 price;
        int256 fundingIndex;
        int256 size;
        int256 newSize;
        int256 costBasis;
        int256 newBasis;
        int256 entryFunding;
        int256 funding;
        int256 realized;
        uint256 fee;
        bool wide; // the position was stored in two slots (StoredPerpPosition)
    }

    /// @dev Settles funding and applies `delta` to the position at `t.price`: fills t.funding, t.realized,
    /// t.newSize, t.newBasis; updates the position, its mask bit, the market's open interest, counts, aggregates
    /// and caps (caps only when `increases`).
    function trade(
        VaultState storage s,
        Env memory env,
        StoredPerpMarket storage mk,
        PerpMarketConfig memory cfg,
        StoredPerpPosition storage pp,
        Trade memory t,
        address owner,
        uint256 subId,
        uint256 marketId,
        int256 delta,
        bool increases
    ) internal {
        if (t.size != 0) {
            // a position of size 0 has basis 0 and owes no funding (§13.2, §13.4): nothing to read
            (, t.costBasis, t.entryFunding, t.wide) = loadPosition(pp);
            t.funding = PerpMath.fundingOwed(t.size, t.fundingIndex, t.entryFunding, env.baseDecimals);
        }
        t.newSize = t.size + delta;
        if (t.size == 0 || (t.size > 0) == (delta > 0)) {
            t.newBasis = t.costBasis + PerpMath.costBasisDelta(delta, t.price, env.baseDecimals);
        } else if (abs(delta) <= abs(t.size)) {
            int256 released;
            (t.realized, released) = PerpMath.realizedPnl(t.size, t.costBasis, -delta, t.price, env.baseDecimals);
            t.newBasis = t.costBasis - released;
        } else {
            // flip: close all, open the rest
            (t.realized,) = PerpMath.realizedPnl(t.size, t.costBasis, t.size, t.price, env.baseDecimals);
            t.newBasis = PerpMath.costBasisDelta(t.newSize, t.price, env.baseDecimals);
        }
        // A closed position is deleted (its slots 0, docs/gas.md): its F_e is never read (fundingOwed(0, …) = 0)
        // and clearing it refunds instead of writing the index into the slot.
        storePosition(pp, t.newSize, t.newBasis, t.newSize == 0 ? int256(0) : t.fundingIndex, t.wide);

        Position storage pos = s.positions[owner][subId];
        uint16 bit = uint16(1 << marketId);
        uint16 mask = pos.perpMask;
        if (t.newSize == 0) {
            if (mask & bit != 0) pos.perpMask = mask & ~bit;
        } else if (mask & bit == 0) {
            if (subId != 0 && (mask != 0 || pos.assetMask != 0)) revert ErrorsLib.IsolatedInstrumentMismatch();
            pos.perpMask = mask | bit;
        }
        updateMarket(s, env, mk, cfg, t, marketId, increases);
    }

    /// @dev Open interest, side counts, valuation aggregates, net notional and the caps of §13.8.
    function updateMarket(
        VaultState storage s,
        Env memory env,
        StoredPerpMarket storage mk,
        PerpMarketConfig memory cfg,
        Trade memory t,
        uint256 marketId,
        bool increases
    ) internal {
        uint256 longBefore = mk.longOi;
        uint256 shortBefore = mk.shortOi;
        int256 kBefore = int256(longBefore) - int256(shortBefore);
        (uint256 longOi, uint256 shortOi) = oi(longBefore, shortBefore, t.size, false);
        (longOi, shortOi) = oi(longOi, shortOi, t.newSize, true);
        if (increases) {
            if (longOi > cfg.maxOiSize && longOi > longBefore) {
                revert ErrorsLib.OpenInterestCapExceeded(marketId, longOi, cfg.maxOiSize);
            }
            if (shortOi > cfg.maxOiSize && shortOi > shortBefore) {
                revert ErrorsLib.OpenInterestCapExceeded(marketId, shortOi, cfg.maxOiSize);
            }
        }
        // ≤ maxOiSize ≤ type(int96).max (§13.10) after an increase; a side the trade left unchanged is not rewritten
        if (longOi != longBefore) mk.longOi = longOi.toUint96();
        if (shortOi != shortBefore) mk.shortOi = shortOi.toUint96();
        if ((t.size > 0) != (t.newSize > 0) || t.size == 0 || t.newSize == 0) {
            if (t.size > 0) mk.longCount -= 1;
            else if (t.size < 0) mk.shortCount -= 1;
            if (t.newSize > 0) mk.longCount += 1;
            else if (t.newSize < 0) mk.shortCount += 1;
        }
        mk.sumCostBasis = (mk.sumCostBasis + t.newBasis - t.costBasis).toInt128();
        mk.sumSizeFunding = (
            mk.sumSizeFunding + t.newSize * t.fundingIndex / int256(WadMath.WAD)
                - t.size * t.entryFunding / int256(WadMath.WAD)
        ).toInt128();

        int256 kAfter = int256(longOi) - int256(shortOi);
        uint256 nn = PerpMath.notional(abs(kAfter), t.price, env.baseDecimals);
        uint256 nnBefore = netNotional(mk);
        uint256 total = s.totalNetNotional + nn - nnBefore;
        setNetNotional(mk, nnBefore, nn);
        s.totalNetNotional = total.toUint128();
        if (increases && abs(kAfter) > abs(kBefore)) {
            address lv = s.perpLiquidityVault;
            uint256 capital = IERC20(env.baseAsset).balanceOf(lv);
            int256 cash = s.totalPerpCash;
            if (cash > 0) capital = capital > uint256(cash) ? capital - uint256(cash) : 0;
            uint256 cap = capital * s.maxNetExposureBps / WadMath.BPS;
            if (total > cap) revert ErrorsLib.OpenInterestCapExceeded(marketId, total, cap);
        }
    }

    function oi(uint256 longOi, uint256 shortOi, int256 size, bool add) internal pure returns (uint256, uint256) {
        if (size > 0) {
            longOi = add ? longOi + uint256(size) : longOi - uint256(size);
        } else if (size < 0) {
            shortOi = add ? shortOi + uint256(-size) : shortOi - uint256(-size);
        }
        return (longOi, shortOi);
    }

    /// @dev Index (or settlement) price for a close and the funding index accrued to now.
    function priceForClose(
        Env memory env,
        StoredPerpMarket storage mk,
        PerpMarketConfig memory cfg,
        uint256 marketId,
        Trade memory t
    ) internal {
        if (mk.status == PERP_DELISTED) {
            t.price = mk.settlementPrice;
            t.fundingIndex = mk.fundingIndex;
        } else {
            t.price = env.oracle.getPrice(cfg.asset);
            t.fundingIndex = accrueFunding(mk, cfg, marketId, t.price, skew(mk));
        }
    }

    /// @dev The market's net notional (§13.8): slot 0 while it fits 80 bits, else slot 3 (StoredPerpMarket).
    function netNotional(StoredPerpMarket storage mk) internal view returns (uint256 nn) {
        nn = mk.netNotional;
        if (nn == PERP_NN_WIDE) nn = mk.netNotionalWide;
    }

    /// @dev Stores `nn` (the value before is `nnBefore`, from `netNotional`): in slot 0 if it fits 80 bits, else
    /// slot 3, cleared again when the value fits once more.
    function setNetNotional(StoredPerpMarket storage mk, uint256 nnBefore, uint256 nn) internal {
        if (nn < PERP_NN_WIDE) {
            mk.netNotional = uint80(nn);
            if (nnBefore >= PERP_NN_WIDE) mk.netNotionalWide = 0;
        } else {
            mk.netNotional = PERP_NN_WIDE;
            mk.netNotionalWide = nn.toUint128();
        }
    }

    /// @dev The size of a stored position (slot 0 only).
    function positionSize(StoredPerpPosition storage sp) internal view returns (int256) {
        return int96(uint96(sp.packed));
    }

    /// @dev A stored position's size, cost basis and entry funding index (§13.1), and whether it is wide (two
    /// slots). One SLOAD unless wide.
    function loadPosition(StoredPerpPosition storage sp)
        internal
        view
        returns (int256 size, int256 costBasis, int256 entryFunding, bool wide)
    {
        uint256 word = sp.packed;
        size = int96(uint96(word));
        costBasis = int80(uint80(word >> 96));
        entryFunding = int80(uint80(word >> 176));
        if (costBasis == PERP_POSITION_WIDE) {
            wide = true;
            word = sp.wide;
            (costBasis, entryFunding) = (int128(uint128(word)), int128(uint128(word >> 128)));
        }
    }

    /// @dev The position as the views return it (full width).
    function position(StoredPerpPosition storage sp) internal view returns (PerpPosition memory pp) {
        (int256 size, int256 c, int256 fe,) = loadPosition(sp);
        pp = PerpPosition(int128(size), int128(c), int128(fe));
    }

    /// @dev Writes a position (§13.1 "Storage"): one slot while `c` and `F_e` fit 80 bits (`c` ≠ the wide marker),
    /// else the marker in slot 0 and both at 128 bits in slot 1. `size = 0` writes zeros (deleted). `wasWide`:
    /// slot 1 holds values to clear. |size| ≤ maxOiSize ≤ type(int96).max (§13.10): `toInt96` never reverts.
    function storePosition(
        StoredPerpPosition storage sp,
        int256 size,
        int256 costBasis,
        int256 entryFunding,
        bool wasWide
    ) internal {
        uint256 word;
        uint256 wideWord; // ≠ 0 iff the position is wide: c or F_e is then outside 80 bits, so not 0
        if (size != 0) {
            word = uint96(size.toInt96());
            if (
                costBasis > PERP_POSITION_WIDE && costBasis <= type(int80).max && entryFunding >= type(int80).min
                    && entryFunding <= type(int80).max
            ) {
                word |= uint256(uint80(int80(costBasis))) << 96 | uint256(uint80(int80(entryFunding))) << 176;
            } else {
                word |= uint256(uint80(PERP_POSITION_WIDE)) << 96;
                wideWord = uint128(costBasis.toInt128()) | uint256(uint128(entryFunding.toInt128())) << 128;
            }
        }
        sp.packed = word;
        if (wasWide || wideWord != 0) sp.wide = wideWord;
    }

    /// @dev The market's skew k = long − short open interest (§13.4), size WAD.
    function skew(StoredPerpMarket storage mk) internal view returns (int256) {
        return int256(uint256(mk.longOi)) - int256(uint256(mk.shortOi));
    }

    /// @dev §13.4: accrues the index with the skew `k` before the touch (`skew(mk)`, read once by the caller);
    /// returns the new index.
    function accrueFunding(
        StoredPerpMarket storage mk,
        PerpMarketConfig memory cfg,
        uint256 marketId,
        uint256 p,
        int256 k
    ) internal returns (int256 f) {
        f = mk.fundingIndex;
        uint256 last = mk.lastFundingTime;
        if (block.timestamp <= last) return f; // dt = max(0, now − lastFundingTime) (§13.4)
        int256 rate = PerpMath.fundingRate(k, cfg.skewScale, cfg.maxFundingRatePerSecond);
        if (rate != 0) {
            f += PerpMath.fundingIndexDelta(rate, p, block.timestamp - last);
            mk.fundingIndex = f.toInt128();
            emit EventsLib.FundingAccrued(marketId, rate, f);
        }
        mk.lastFundingTime = uint40(block.timestamp);
    }

    /// @dev The funding index accrued virtually to now (views).
    function virtualFunding(StoredPerpMarket storage mk, PerpMarketConfig memory cfg, uint256 p)
        internal
        view
        returns (int256 f)
    {
        f = mk.fundingIndex;
        uint256 last = mk.lastFundingTime;
        if (mk.status == PERP_DELISTED || block.timestamp <= last) return f;
        int256 rate = PerpMath.fundingRate(
            int256(uint256(mk.longOi)) - int256(uint256(mk.shortOi)), cfg.skewScale, cfg.maxFundingRatePerSecond
        );
        f += PerpMath.fundingIndexDelta(rate, p, block.timestamp - last);
    }

    /// @dev Adds `delta` to the account's cash and the total; keeps the hasPerpCash flag.
    function addCash(VaultState storage s, address owner, uint256 subId, int256 delta) internal {
        if (delta == 0) return;
        int256 cash = s.perpCash[owner][subId] + delta;
        s.perpCash[owner][subId] = cash;
        s.totalPerpCash = (s.totalPerpCash + delta).toInt128();
        Position storage pos = s.positions[owner][subId];
        if (pos.hasPerpCash != (cash != 0)) pos.hasPerpCash = cash != 0;
    }

    /// @dev §13.6 for one account. `knownMarket`/`knownPrice` spare a second oracle read of the touched market.
    function margin(
        VaultState storage s,
        Env memory env,
        address owner,
        uint256 subId,
        uint256 knownMarket,
        uint256 knownPrice
    ) internal view returns (Margin memory) {
        return marginMode(s, env, owner, subId, knownMarket, knownPrice, HealthLogic.MODE_PRICE);
    }

    /// @dev `_margin` with the collateral price mode of HealthLogic.totals.
    function marginMode(
        VaultState storage s,
        Env memory env,
        address owner,
        uint256 subId,
        uint256 knownMarket,
        uint256 knownPrice,
        uint256 collateralMode
    ) internal view returns (Margin memory mg) {
        Position memory pos = s.positions[owner][subId];
        if (pos.borrowPrincipal != 0) {
            mg.debt = MarginMath.toDebt(pos.borrowPrincipal, HealthLogic.borrowIndexNow(s));
        }
        if (pos.assetMask != 0 && collateralMode != MODE_NO_COLLATERAL) {
            HealthLogic.Totals memory tt = HealthLogic.totals(
                s, env.oracle, env.baseDecimals, owner, subId, pos.assetMask, collateralMode, address(0)
            );
            mg.numL = int256(tt.liqCap);
            mg.numC = int256(tt.borrowCap);
            mg.numW = mg.numC;
        }
        if (pos.hasPerpCash) {
            int256 cash = s.perpCash[owner][subId];
            mg.numL += cash;
            mg.numC += cash;
            mg.numW += cash;
        }
        uint256 mask = pos.perpMask;
        if (mask == 0) return mg;
        Acct memory a = Acct(owner, subId, PerpMath.marginLevel(s.marginLevels[owner]), knownMarket, knownPrice);
        for (uint256 m; mask != 0; ++m) {
            if (mask & 1 != 0) addPosition(s, env, a, m, mg);
            mask >>= 1;
        }
    }

    /// @dev Adds one position's weighted PnL (after funding), MM and IM to `mg`.
    function addPosition(VaultState storage s, Env memory env, Acct memory a, uint256 m, Margin memory mg)
        internal
        view
    {
        (, int256 w, uint256 mm, uint256 im) = terms(s, env, a, m, position(s.perpPositions[a.owner][a.subId][m]));
        mg.numL += w;
        mg.numC += w;
        mg.numW += PerpMath.weightedPnl(w, 0); // = weightedPnl(pnl, 0): w and pnl agree when negative
        mg.mm += mm;
        mg.im += im;
    }

    /// @dev The §13.6 terms of position `pp` of market `m` at its index price (or `a.knownPrice` for
    /// `a.knownMarket`): funding owed now, weighted PnL after funding, MM, IM (a tuple: no memory struct on the
    /// hot path).
    function terms(VaultState storage s, Env memory env, Acct memory a, uint256 m, PerpPosition memory pp)
        internal
        view
        returns (int256 funding, int256 w, uint256 mm, uint256 im)
    {
        StoredPerpMarket storage mk = s.perpMarkets[m];
        PerpMarketConfig memory cfg = s.perpConfigs[m];
        uint256 p = m == a.knownMarket ? a.knownPrice : 0;
        if (p == 0) p = mk.status == PERP_DELISTED ? mk.settlementPrice : env.oracle.getPrice(cfg.asset);
        funding = PerpMath.fundingOwed(pp.size, virtualFunding(mk, cfg, p), pp.entryFunding, env.baseDecimals);
        w = PerpMath.weightedPnl(
            PerpMath.unrealizedPnl(pp.size, pp.costBasis, p, env.baseDecimals) - funding, cfg.pnlWeightBps
        );
        uint256 n = PerpMath.notional(abs(pp.size), p, env.baseDecimals);
        uint256 addOn = HealthLogic.effectiveAddOn(s, cfg.asset);
        mm = PerpMath.marginRequirement(
            n, cfg.mmfBps, addOn, cfg.notionalBreak1, cfg.notionalBreak2, cfg.step2Bps, cfg.step3Bps, a.level
        );
        im = PerpMath.marginRequirement(
            n, cfg.imfBps, addOn, cfg.notionalBreak1, cfg.notionalBreak2, cfg.step2Bps, cfg.step3Bps, a.level
        );
    }

    function checkInitial(
        VaultState storage s,
        Env memory env,
        address owner,
        uint256 subId,
        uint256 knownMarket,
        uint256 knownPrice,
        uint256 collateralMode,
        bool withdrawal
    ) internal view {
        Margin memory mg = marginMode(s, env, owner, subId, knownMarket, knownPrice, collateralMode);
        // §13.6: what takes value out (borrow, collateral or cash withdrawal) counts no unrealized profit.
        int256 num = withdrawal ? mg.numW : mg.numC;
        if (PerpMath.accountHealth(num, mg.debt, mg.im) < WadMath.WAD) {
            revert ErrorsLib.InsufficientPerpMargin(num, mg.debt + mg.im);
        }
    }

    function market(VaultState storage s, uint256 marketId) internal view returns (StoredPerpMarket storage mk) {
        mk = s.perpMarkets[marketId];
        if (mk.status == 0) revert ErrorsLib.PerpMarketNotListed(marketId);
    }

    function whenNotPaused(VaultState storage s) internal view {
        uint256 until = s.pausedUntil;
        if (block.timestamp < until) revert ErrorsLib.MarketPaused(until);
    }

    function abs(int256 x) internal pure returns (uint256) {
        return x < 0 ? uint256(-x) : uint256(x);
    }
}
