// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {CollateralConfig, MarketParams, PerpMarketConfig} from "../interfaces/IMarginVault.sol";

/// @title EventsLib
/// @notice Every event of the MarginInsurance contracts.
library EventsLib {
    /* MARGIN VAULT: LENDERS */

    /// @notice `amount` base supplied by `caller` for `onBehalf`, credited `principal`.
    event Supply(address indexed caller, address indexed onBehalf, uint256 amount, uint256 principal);
    /// @notice `amount` base withdrawn by `owner` to `receiver`, debiting `principal`.
    event Withdraw(address indexed owner, address indexed receiver, uint256 amount, uint256 principal);

    /* MARGIN VAULT: ACCOUNTS */

    /// @notice Collateral deposited into (owner, subId).
    event DepositCollateral(
        address indexed caller, address indexed owner, uint256 indexed subId, address asset, uint256 amount
    );
    /// @notice Collateral withdrawn from (owner, subId) to `receiver`.
    event WithdrawCollateral(
        address caller,
        address indexed owner,
        uint256 indexed subId,
        address indexed asset,
        uint256 amount,
        address receiver
    );
    /// @notice `amount` base borrowed by (owner, subId), adding `principal`.
    event Borrow(
        address caller,
        address indexed owner,
        uint256 indexed subId,
        uint256 amount,
        uint256 principal,
        address receiver
    );
    /// @notice `amount` base repaid for (owner, subId), removing `principal`.
    event Repay(
        address indexed caller, address indexed owner, uint256 indexed subId, uint256 amount, uint256 principal
    );
    /// @notice `operator` approval by `owner`.
    event OperatorSet(address indexed owner, address indexed operator, bool approved);

    /* MARGIN VAULT: LIQUIDATION */

    /// @notice A liquidation: `repaid` debt, `seized` collateral, `fee` to the insurance pool.
    event Liquidate(
        address indexed owner,
        uint256 subId,
        address indexed liquidator,
        address indexed asset,
        uint256 repaid,
        uint256 seized,
        uint256 fee,
        uint256 healthBefore,
        uint256 healthAfter
    );
    /// @notice Bad debt of (owner, subId): `covered` by the insurance pool, `socialized` to lenders.
    event BadDebtRealized(
        address indexed owner, uint256 indexed subId, uint256 badDebt, uint256 covered, uint256 socialized
    );

    /* MARGIN VAULT: MARKET */

    /// @notice Interest accrued: new indices and reserve cut.
    event InterestAccrued(uint256 ratePerSecond, uint256 supplyIndex, uint256 borrowIndex, uint256 reserveCut);
    /// @notice Reserves sent to the insurance pool.
    event ReservesSwept(address indexed pool, uint256 amount);
    /// @notice A collateral asset listed at bitmask index `index` (followed by CollateralUpdated).
    event CollateralListed(address indexed asset, uint256 index);
    /// @notice A collateral configuration set (at listing and on every update).
    event CollateralUpdated(address indexed asset, CollateralConfig config);
    /// @notice Market parameters updated.
    event MarketParamsUpdated(MarketParams params);
    /// @notice Rate model replaced.
    event RateModelUpdated(address indexed oldModel, address indexed newModel);
    /// @notice Insurance pool set (once).
    event InsurancePoolSet(address indexed pool);
    /// @notice An add-on increase announced: `addOnBps` applies from `effectiveAt` (§6).
    event MarginCall(address indexed asset, uint256 addOnBps, uint256 effectiveAt);
    /// @notice A risk-increasing collateral update of `asset` announced: anyone may apply it from `effectiveAt`
    /// (`applyCollateralUpdate`); accounts have until then to add margin.
    event CollateralUpdateScheduled(address indexed asset, CollateralConfig config, uint256 effectiveAt);
    /// @notice An add-on decrease (or equal), effective immediately.
    event AddOnUpdated(address indexed asset, uint256 addOnBps);
    /// @notice New risk paused until `until`.
    event Paused(address indexed guardian, uint256 until);
    /// @notice Pause lifted early.
    event Unpaused(address indexed caller);

    /* ORACLE ROUTER */

    /// @notice Feed configuration set for `asset`.
    event FeedSet(
        address indexed asset,
        address indexed feed,
        uint256 heartbeat,
        uint256 minPrice,
        uint256 maxPrice,
        uint256 maxDeviationBps,
        uint256 coolOff
    );

    /* INSURANCE POOL */

    /// @notice The pool's vault set (once).
    event VaultSet(address indexed vault);
    /// @notice Withdrawal of `shares` requested; allowed within [opensAt, closesAt).
    event WithdrawRequested(address indexed owner, uint256 shares, uint256 opensAt, uint256 closesAt);
    /// @notice Cover paid to the vault: `requested`, `covered`.
    event CoverPaid(uint256 requested, uint256 covered);
    /// @notice Pool parameters updated.
    event PoolParamsUpdated(uint256 cooldown, uint256 window, uint256 coverCapBps);

    /* PERPETUALS (docs/protocol.md §13) */

    /// @notice Perp market `marketId` listed, priced by the OracleRouter index of `asset`.
    event PerpMarketListed(uint256 indexed marketId, address indexed asset);
    /// @notice Perp market configuration set (listing or update).
    event PerpMarketUpdated(uint256 indexed marketId, PerpMarketConfig config);
    /// @notice Market status changed (1 active, 2 reduce-only, 3 delisted at `settlementPrice`).
    event PerpMarketStatusSet(uint256 indexed marketId, uint8 status, uint256 settlementPrice);
    /// @notice Liquidity vault and net-exposure cap set.
    event PerpParamsSet(address liquidityVault, uint256 maxNetExposureBps);
    /// @notice Margin level of `owner` set (WAD, 0 = default 1.0).
    event MarginLevelSet(address indexed owner, uint256 levelWad);
    /// @notice Funding index of `marketId` accrued at `rate` (WAD/s) to `fundingIndex`.
    event FundingAccrued(uint256 indexed marketId, int256 rate, int256 fundingIndex);
    /// @notice Perp cash moved in (> 0, from `caller`) or out (< 0, to the caller's receiver).
    event MarginTransferred(address caller, address indexed owner, uint256 indexed subId, int256 amount);
    /// @notice A position changed by `sizeDelta` at `priceWad`.
    event PositionModified(
        address caller,
        address indexed owner,
        uint256 indexed subId,
        uint256 indexed marketId,
        int256 sizeDelta,
        int256 newSize,
        uint256 priceWad,
        uint256 fee,
        int256 realizedPnl,
        int256 fundingPaid
    );
    /// @notice A position was liquidated (closed against the liquidity vault at the index).
    event PositionLiquidated(
        address liquidator,
        address indexed owner,
        uint256 indexed subId,
        uint256 indexed marketId,
        int256 closedSize,
        uint256 priceWad,
        uint256 penalty,
        uint256 toInsurance,
        uint256 healthBefore,
        uint256 healthAfter
    );
    /// @notice Negative equity `deficit` realized; `covered` came from the insurance pool, the rest awaits ADL.
    event PerpDeficit(
        address indexed owner, uint256 indexed subId, uint256 indexed marketId, uint256 deficit, uint256 covered
    );
    /// @notice A position was auto-deleveraged: closed in full, its profit cut by `haircut`.
    event Deleveraged(
        address indexed owner, uint256 indexed subId, uint256 indexed marketId, int256 size, uint256 haircut
    );
    /// @notice Cover cap per crash updated: at most `capBps` of the pool's assets within `length` seconds.
    event CoverWindowUpdated(uint256 length, uint256 capBps);
    /// @notice L2 sequencer-uptime feed set (zero address: none) with its grace period after a restart.
    event SequencerFeedSet(address indexed feed, uint256 gracePeriod);
}
