// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @notice Per-collateral configuration (docs/protocol.md §3, §7). Packed into two storage slots.
struct CollateralConfig {
    uint8 decimals; // read from the token at listing (input ignored)
    uint16 borrowFactorBps; // BF: initial margin factor
    uint16 liquidationThresholdBps; // LT: maintenance margin factor
    uint16 liquidationBonusBps; // bonus paid to liquidators on the repaid value
    bool crossAllowed; // may be used in cross-margin (subId 0) accounts
    uint128 supplyCap; // max total deposits, collateral units
    uint112 tierBreak1; // B1, base units
    uint112 tierBreak2; // B2, base units
    uint16 tierCut2Bps; // factor reduction in [B1, B2)
    uint16 tierCut3Bps; // factor reduction in [B2, ∞)
}

/// @notice Market-wide parameters. Packed into two storage slots.
struct MarketParams {
    uint16 closeFactorBps; // share of debt repayable above the deep threshold
    uint64 deepHealthThresholdWad; // below it the whole debt may be repaid
    uint128 dustThreshold; // base units; a remainder below it is closed in full
    uint16 protocolShareBps; // share of the liquidation bonus paid to the insurance pool
    uint16 reserveFactorBps; // share of interest kept as reserves
    uint16 maxAddOnBps; // volatility add-on ceiling
    uint16 maxAddOnStepBps; // max add-on change per update
    uint32 addOnMinInterval; // seconds between add-on updates of one asset
    uint32 addOnGrace; // seconds before an add-on increase applies
    uint32 maxPauseDuration; // seconds
    uint32 pauseCooldown; // seconds between the end of a pause and the next
}

/// @notice One collateral holding of an account, as seen by `accountState`.
struct AssetPosition {
    address asset;
    uint256 balance; // collateral units
    uint256 priceWad;
    uint256 value; // base units, §2
    uint256 liquidationValue; // adjusted by LT, §3
    uint256 borrowValue; // adjusted by BF, §3
}

/// @notice Full margin state of an account (virtually accrued to block.timestamp).
struct AccountState {
    uint256 debt;
    uint256 liquidationCapacity;
    uint256 borrowCapacity;
    uint256 health;
    uint256 utilization;
    AssetPosition[] assets;
}

/// @notice Configuration of one perpetual futures market (docs/protocol.md §13.10). Three storage slots.
struct PerpMarketConfig {
    address asset; // OracleRouter asset of the index price, fixed at listing
    uint16 imfBps; // initial margin fraction
    uint16 mmfBps; // maintenance margin fraction
    uint16 takerFeeBps; // flat trade fee
    uint16 pnlWeightBps; // weight of positive unrealized PnL in health
    uint16 liquidationPenaltyBps; // on the closed notional
    uint112 notionalBreak1; // N1, base units
    uint112 notionalBreak2; // N2, base units
    uint16 step2Bps; // fraction step in [N1, N2)
    uint16 step3Bps; // fraction step in [N2, ∞)
    uint96 skewScale; // WAD of the underlying
    uint96 maxOiSize; // per side, WAD of the underlying
    uint64 maxFundingRatePerSecond; // WAD per second
}

/// @notice One perp position as seen by `perpAccountState` (virtually settled to block.timestamp).
struct PerpPositionView {
    uint256 marketId;
    int256 size; // WAD of the underlying
    int256 costBasis; // base units
    uint256 priceWad; // index (or settlement) price
    uint256 notional; // base units
    int256 unrealizedPnl; // base units
    int256 fundingOwed; // base units, > 0 is owed by the account
    uint256 maintenance; // MM, base units
    uint256 initial; // IM, base units
}

/// @notice The unified margin of an account (§13.6), virtually accrued.
struct PerpAccountState {
    int256 cash;
    uint256 debt;
    int256 numeratorL; // L + cash + Σ weighted PnL
    int256 numeratorC; // C + cash + Σ weighted PnL
    uint256 maintenance; // Σ MM
    uint256 initial; // Σ IM
    uint256 health; // unifiedHealth(numeratorL, debt, Σ MM)
    uint256 initialHealth; // unifiedHealth(numeratorC, debt, Σ IM)
    PerpPositionView[] positions;
}

/// @title IMarginVault
/// @notice The margin market: lenders supply the base asset, accounts (owner, subId) borrow it against
/// collateral (subId 0 cross, subId ≥ 1 isolated).
interface IMarginVault {
    /// @notice Supplies `amount` of base asset for `onBehalf`, pulled from the caller (never paused).
    /// @param amount Base asset to supply (base units).
    /// @param onBehalf Lender credited with the supply.
    function supply(uint256 amount, address onBehalf) external;

    /// @notice Withdraws `amount` of the caller's supplied base asset to `receiver`.
    /// @param amount Base units to withdraw; type(uint256).max withdraws the whole balance.
    /// @param receiver Address that receives the base asset.
    /// @return The amount withdrawn (base units).
    function withdraw(uint256 amount, address receiver) external returns (uint256);

    /// @notice Deposits `amount` of `asset` into account (owner, subId). The caller must be authorized by `owner`
    /// (no griefing of isolated accounts). Never paused; rejects fee-on-transfer and rebasing tokens.
    /// @param owner Owner of the account.
    /// @param subId Account number: 0 is the cross-margin account, ≥ 1 an isolated one.
    /// @param asset Listed collateral asset.
    /// @param amount Collateral to deposit (collateral units), pulled from the caller.
    function depositCollateral(address owner, uint256 subId, address asset, uint256 amount) external;

    /// @notice Withdraws `amount` of `asset` from account (owner, subId) to `receiver`. Paused with new risk; reverts
    /// PriceFrozen if any held asset is frozen, InsufficientMargin if the debt would exceed the borrow capacity. An
    /// account with no debt may withdraw while the market is paused.
    /// @param owner Owner of the account; the caller must be authorized by it.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @param asset Collateral asset to withdraw.
    /// @param amount Collateral units to withdraw.
    /// @param receiver Address that receives the collateral.
    function withdrawCollateral(address owner, uint256 subId, address asset, uint256 amount, address receiver)
        external;

    /// @notice Borrows `amount` of base asset for account (owner, subId) to `receiver`. Paused with new risk; reverts
    /// PriceFrozen, InsufficientMargin or InsufficientLiquidity.
    /// @param owner Owner of the account; the caller must be authorized by it.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @param amount Base units to borrow.
    /// @param receiver Address that receives the borrowed base asset.
    function borrow(address owner, uint256 subId, uint256 amount, address receiver) external;

    /// @notice Repays up to `amount` of account (owner, subId)'s debt from the caller; anyone may repay.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @param amount Base units to repay at most; type(uint256).max repays the whole debt.
    /// @return repaid The amount taken from the caller (base units).
    function repay(address owner, uint256 subId, uint256 amount) external returns (uint256 repaid);

    /// @notice Liquidates account (owner, subId) with health < 1 against `collateralAsset` (docs/protocol.md §7),
    /// repaying up to `maxRepay`. With non-empty `data` the caller receives the collateral first and is called back
    /// (`onMarginLiquidation`) before `repaid + fee` is pulled. Realizes bad debt (§8) when no collateral remains.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @param collateralAsset Collateral to seize.
    /// @param maxRepay Base units the liquidator repays at most (capped by the close factor).
    /// @param data Empty for a plain liquidation; otherwise passed to the caller's `onMarginLiquidation`.
    /// @return repaid Debt repaid (base units).
    /// @return seized Collateral sent to the liquidator (collateral units).
    /// @return fee Protocol share of the bonus paid to the insurance pool (base units).
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay, bytes calldata data)
        external
        returns (uint256 repaid, uint256 seized, uint256 fee);

    /// @notice Accrues interest to block.timestamp.
    function accrueInterest() external;

    /// @notice Sends min(reserves, cash) to the insurance pool.
    /// @return The amount swept (base units).
    function sweepReserves() external returns (uint256);

    /// @notice Approves or revokes `operator` to manage every account of the caller.
    /// @param operator Address acting for the caller.
    /// @param approved True to approve, false to revoke.
    function setOperator(address operator, bool approved) external;

    /// @notice Health factor of account (owner, subId): liquidation capacity / debt (WAD, virtually accrued);
    /// below 1e18 the account is liquidatable.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @return Health (WAD); type(uint256).max when the account has no debt.
    function health(address owner, uint256 subId) external view returns (uint256);

    /// @notice Margin utilization of account (owner, subId): debt / borrow capacity, rounded up.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @return Utilization (WAD); 0 with no debt, type(uint256).max with debt and no borrow capacity.
    function utilization(address owner, uint256 subId) external view returns (uint256);

    /// @notice Debt of account (owner, subId), virtually accrued to block.timestamp.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @return Debt (base units).
    function debtOf(address owner, uint256 subId) external view returns (uint256);

    /// @notice Collateral balance of `asset` in account (owner, subId).
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @param asset Collateral asset.
    /// @return Balance (collateral units).
    function collateralOf(address owner, uint256 subId, address asset) external view returns (uint256);

    /// @notice Supplied base asset of `lender`, interest included (virtually accrued).
    /// @param lender The lender.
    /// @return Balance (base units).
    function supplyBalanceOf(address lender) external view returns (uint256);

    /// @notice Full margin state of account (owner, subId), virtually accrued to block.timestamp.
    /// @param owner Owner of the account.
    /// @param subId Account number (0 cross, ≥ 1 isolated).
    /// @return Debt, capacities, health, utilization and one entry per held collateral asset.
    function accountState(address owner, uint256 subId) external view returns (AccountState memory);

    /// @notice Health and debt of many accounts in one call (keepers); never reverts for one account: an asset
    /// whose price cannot be read counts 0 and is flagged (docs/protocol.md R2). Reverts ArrayLengthMismatch when
    /// the arrays differ in length.
    /// @param owners Owners of the accounts.
    /// @param subIds Account numbers, one per owner.
    /// @return healths Health of each account (WAD; type(uint256).max with no debt).
    /// @return debts Debt of each account (base units).
    /// @return unpricedMasks Per account, the bitmask (asset index) of held assets valued 0 for want of a price.
    function healthBatch(address[] calldata owners, uint256[] calldata subIds)
        external
        view
        returns (uint256[] memory healths, uint256[] memory debts, uint256[] memory unpricedMasks);

    /// @notice Total supplied base asset, interest included (virtually accrued).
    /// @return Total supply (base units).
    function totalSupplyAssets() external view returns (uint256);

    /// @notice Total borrowed base asset, interest included (virtually accrued).
    /// @return Total debt (base units).
    function totalBorrowAssets() external view returns (uint256);

    /// @notice Reserves accrued to block.timestamp (stored reserves plus the reserve share of interest not yet
    /// accrued); the insurance pool counts them in its assets (docs/protocol.md R3).
    /// @return Reserves (base units).
    function accruedReserves() external view returns (uint256);

    /// @notice Reserves stored at the last accrual, not yet swept to the insurance pool.
    /// @return Reserves (base units).
    function reserves() external view returns (uint128);

    /// @notice Base asset held by the vault and available to borrow or withdraw.
    /// @return Cash (base units).
    function cash() external view returns (uint256);

    /// @notice Volatility add-on of `asset` in force at block.timestamp (docs/protocol.md §6).
    /// @param asset Collateral asset.
    /// @return Add-on (bps).
    function effectiveAddOn(address asset) external view returns (uint256);

    /// @notice Listed collateral assets, in listing order.
    /// @return The asset addresses.
    function collateralAssets() external view returns (address[] memory);

    /// @notice Configuration of a listed collateral asset.
    /// @param asset Collateral asset.
    /// @return The asset's factors, bonus, cap and tiers.
    function collateralConfig(address asset) external view returns (CollateralConfig memory);

    /// @notice Market-wide parameters.
    /// @return Close factor, thresholds, shares, add-on bounds and pause limits.
    function marketParams() external view returns (MarketParams memory);

    /// @notice Whether `caller` may act for `owner`: the owner itself or an approved operator.
    /// @param owner Owner of the accounts.
    /// @param caller Address to check.
    /// @return True when authorized.
    function isAuthorized(address owner, address caller) external view returns (bool);
}
