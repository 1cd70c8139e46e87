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

/// @title IMarginVault
/// @notice The margin market: lenders supply the base asset, accounts (owner, subId) borrow it against
/// collateral (subId 0 cross, subId ≥ 1 isolated).
interface IMarginVault {
    function supply(uint256 amount, address onBehalf) external;
    function withdraw(uint256 amount, address receiver) external returns (uint256);
    function depositCollateral(address owner, uint256 subId, address asset, uint256 amount) external;
    function withdrawCollateral(address owner, uint256 subId, address asset, uint256 amount, address receiver)
        external;
    function borrow(address owner, uint256 subId, uint256 amount, address receiver) external;
    function repay(address owner, uint256 subId, uint256 amount) external returns (uint256 repaid);
    function liquidate(address owner, uint256 subId, address collateralAsset, uint256 maxRepay, bytes calldata data)
        external
        returns (uint256 repaid, uint256 seized, uint256 fee);
    function accrueInterest() external;
    function sweepReserves() external returns (uint256);
    function setOperator(address operator, bool approved) external;

    function health(address owner, uint256 subId) external view returns (uint256);
    function utilization(address owner, uint256 subId) external view returns (uint256);
    function debtOf(address owner, uint256 subId) external view returns (uint256);
    function collateralOf(address owner, uint256 subId, address asset) external view returns (uint256);
    function supplyBalanceOf(address lender) external view returns (uint256);
    function accountState(address owner, uint256 subId) external view returns (AccountState memory);
    function healthBatch(address[] calldata owners, uint256[] calldata subIds)
        external
        view
        returns (uint256[] memory healths, uint256[] memory debts, uint256[] memory unpricedMasks);
    function totalSupplyAssets() external view returns (uint256);
    function totalBorrowAssets() external view returns (uint256);
    function accruedReserves() external view returns (uint256);
    function reserves() external view returns (uint128);
    function cash() external view returns (uint256);
    function effectiveAddOn(address asset) external view returns (uint256);
    function collateralAssets() external view returns (address[] memory);
    function collateralConfig(address asset) external view returns (CollateralConfig memory);
    function marketParams() external view returns (MarketParams memory);
    function isAuthorized(address owner, address caller) external view returns (bool);
}
