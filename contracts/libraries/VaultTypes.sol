// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {CollateralConfig, MarketParams} from "../interfaces/IMarginVault.sol";
import {IRateModel} from "../interfaces/IRateModel.sol";

/// @dev Maximum listed collateral assets (bitmask of 8 bits).
uint256 constant MAX_COLLATERAL_ASSETS = 8;

/// @dev Per-asset state, one slot.
struct AssetState {
    uint8 index;
    bool listed;
    uint16 addOnBps;
    uint16 pendingAddOnBps;
    uint40 pendingEffectiveAt;
    uint40 lastAddOnUpdate;
    uint128 totalDeposits;
}

/// @dev One slot per account: borrow principal and held-asset bitmask.
struct Position {
    uint128 borrowPrincipal;
    uint8 assetMask;
}

/// @title VaultState
/// @notice Every storage variable of MarginVault in one struct (docs/protocol.md, "Architecture"): the vault
/// holds it and passes it by storage reference to the linked logic libraries, so there is one storage, at
/// one address, and no proxy. Field order is the storage order of the single-contract vault it replaced.
// solhint-disable-next-line gas-struct-packing
struct VaultState {
    /* MARKET (packed) */
    uint128 totalSupplyPrincipal;
    uint128 totalBorrowPrincipal;
    uint128 supplyIndex;
    uint128 borrowIndex;
    uint128 reserves;
    uint64 lastAccrual;
    uint64 pausedUntil;
    IRateModel rateModel;
    address insurancePool;
    MarketParams params;
    /* COLLATERAL */
    address[MAX_COLLATERAL_ASSETS] assetList;
    uint8 assetCount;
    mapping(address => CollateralConfig) configs;
    mapping(address => AssetState) assetStates;
    /* ACCOUNTS */
    mapping(address => uint256) supplyPrincipal;
    mapping(address => mapping(uint256 => Position)) positions;
    mapping(address => mapping(uint256 => mapping(address => uint256))) collateral;
    mapping(address => mapping(address => bool)) isOperator;
    /* PENDING RISK-INCREASING COLLATERAL UPDATES (issue 15; appended) */
    mapping(address => CollateralConfig) pendingConfigs;
    mapping(address => uint256) pendingConfigAt;
}
