// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title ErrorsLib
/// @notice Every custom error of the MarginInsurance contracts.
library ErrorsLib {
    /* GENERIC */

    /// @notice A required address argument is zero.
    error ZeroAddress();
    /// @notice A required amount is zero (or rounds to zero principal).
    error ZeroAmount();
    /// @notice `caller` may not act for `owner` (not the owner nor an approved operator).
    error Unauthorized(address owner, address caller);
    /// @notice A parameter is outside its bounds [min, max].
    error ParameterOutOfBounds(uint256 value, uint256 min, uint256 max);
    /// @notice A one-time setting was already made.
    error AlreadySet();
    /// @notice Batch arrays have different lengths.
    error ArrayLengthMismatch();

    /* COLLATERAL CONFIGURATION */

    /// @notice The asset is not a listed collateral.
    error AssetNotListed(address asset);
    /// @notice The asset is already listed (or is the base asset).
    error AssetAlreadyListed(address asset);
    /// @notice The maximum number of collateral assets is reached.
    error TooManyCollateralAssets();
    /// @notice Token decimals above the supported maximum.
    error InvalidDecimals(uint256 decimals);
    /// @notice Borrow factor must be below the liquidation threshold, which must not exceed its maximum.
    error InvalidMarginFactors(uint256 borrowFactorBps, uint256 liquidationThresholdBps);
    /// @notice Liquidation bonus above its maximum.
    error InvalidLiquidationBonus(uint256 bonusBps);
    /// @notice LT × (1 + bonus) must stay below the deep-health threshold (spec §7).
    error LiquidationMarginTooThin(uint256 ltTimesBonusWad, uint256 deepHealthThresholdWad);
    /// @notice Tier breaks or cuts are not ordered (B1 ≤ B2, cut2 ≤ cut3 ≤ LT).
    error InvalidTiers();
    /// @notice A supply cap of zero.
    error InvalidSupplyCap();

    /* ACCOUNTS */

    /// @notice The asset may not be used in a cross-margin (subId 0) account.
    error CrossNotAllowed(address asset);
    /// @notice An isolated account already holds `held`; it cannot take `asset`.
    error IsolatedAssetMismatch(address held, address asset);
    /// @notice A deposit would take the asset's total above its supply cap.
    error SupplyCapExceeded(address asset, uint256 newTotal, uint256 cap);
    /// @notice The token did not transfer exactly the amount (fee-on-transfer or rebasing).
    error UnsupportedToken(address asset);
    /// @notice After the operation debt would exceed borrow capacity (initial margin, §4).
    error InsufficientMargin(uint256 debt, uint256 borrowCapacity);
    /// @notice The account holds less of `asset` than requested.
    error InsufficientCollateral(address asset, uint256 balance, uint256 requested);
    /// @notice The lender's supply balance is below the requested amount.
    error InsufficientBalance(uint256 balance, uint256 requested);
    /// @notice The vault's cash is below the requested amount.
    error InsufficientLiquidity(uint256 cash, uint256 requested);

    /* LIQUIDATION */

    /// @notice The account is not liquidatable (health ≥ WAD).
    error HealthyAccount(uint256 health);
    /// @notice The liquidation would repay nothing and seize nothing.
    error NothingToLiquidate();

    /* PAUSE AND ADD-ON */

    /// @notice New risk is paused until `until`.
    error MarketPaused(uint256 until);
    /// @notice A new pause is allowed only from `availableAt`.
    error PauseCooldownActive(uint256 availableAt);
    /// @notice unpause() while not paused.
    error NotPaused();
    /// @notice Add-on above the market's maximum.
    error AddOnTooHigh(uint256 addOnBps, uint256 maxAddOnBps);
    /// @notice Add-on change larger than the maximum step.
    error AddOnStepTooLarge(uint256 stepBps, uint256 maxStepBps);
    /// @notice Add-on updated too soon; next update allowed at `nextAllowedAt`.
    error AddOnTooSoon(uint256 nextAllowedAt);
    /// @notice No risk-increasing collateral update of `asset` is due: none is pending (effectiveAt 0) or its
    /// grace runs until `effectiveAt`.
    error CollateralUpdateNotDue(address asset, uint256 effectiveAt);

    /* ORACLE */

    /// @notice No feed configured for the asset.
    error FeedNotSet(address asset);
    /// @notice The feed answer is not positive.
    error InvalidPrice(address asset, int256 answer);
    /// @notice The feed's last update is older than its heartbeat.
    error StalePrice(address asset, uint256 updatedAt);
    /// @notice The price is outside the configured [minPrice, maxPrice].
    error PriceOutOfBounds(address asset, uint256 priceWad);
    /// @notice The asset's circuit breaker is tripped until `until`.
    error PriceFrozen(address asset, uint256 until);
    /// @notice The price read of `asset` failed without a reason (out of gas); retry with more gas.
    error PriceUnavailable(address asset);
    /// @notice The L2 sequencer is down, or came back less than the grace period ago: borrowing is refused and
    /// liquidations wait until `until` (type(uint256).max while it is down).
    error SequencerDown(uint256 until);

    /* INSURANCE POOL */

    /// @notice Only the MarginVault may call.
    error OnlyVault();
    /// @notice Requested more shares than held.
    error RequestExceedsBalance(uint256 shares, uint256 balance);
    /// @notice Withdrawals are allowed only within [opensAt, closesAt) after a request.
    error WithdrawWindowClosed(uint256 opensAt, uint256 closesAt);

    /* PERPETUALS (docs/protocol.md §13) */

    /// @notice A position change whose close size is zero, of the wrong sign or larger than the position.
    error InvalidPositionChange();
    /// @notice No perp market with this id.
    error PerpMarketNotListed(uint256 marketId);
    /// @notice The maximum number of perp markets (16) is reached.
    error TooManyPerpMarkets();
    /// @notice The market only accepts reductions (GUARDIAN).
    error MarketReduceOnly(uint256 marketId);
    /// @notice The market is delisted: positions can only be closed at the settlement price.
    error MarketDelisted(uint256 marketId);
    /// @notice An open-interest cap would be exceeded.
    error OpenInterestCapExceeded(uint256 marketId, uint256 value, uint256 cap);
    /// @notice Initial margin not met after the change (numerator of §13.6 vs debt + Σ IM).
    error InsufficientPerpMargin(int256 numerator, uint256 requirement);
    /// @notice An isolated account holds one instrument only (one collateral asset or one perp market).
    error IsolatedInstrumentMismatch();
    /// @notice A listed position ranks above the deleveraged target.
    error AdlRankingViolated(uint256 score, uint256 otherScore);
    /// @notice The market has no uncovered deficit to deleverage.
    error NoDeficit(uint256 marketId);
    /// @notice The trade fee exceeds the caller's limit.
    error SlippageExceeded(uint256 fee, uint256 maxFee);
    /// @notice `perp`/`perpView` received a selector that is not an IPerpMarkets function of that kind.
    error UnknownPerpCall(bytes4 selector);
}
