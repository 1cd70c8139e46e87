// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {MarketParams, PerpMarketConfig} from "../interfaces/IMarginVault.sol";
import {IRateModel} from "../interfaces/IRateModel.sol";

/// @dev Maximum listed collateral assets (bitmask of 8 bits).
uint256 constant MAX_COLLATERAL_ASSETS = 8;

/// @dev Per-asset state, one slot. The add-on (§6) lives in the asset's config slot (`StoredConfig`).
struct AssetState {
    uint8 index;
    bool listed;
    uint40 lastAddOnUpdate;
    uint128 totalDeposits;
}

/// @dev A collateral's configuration as stored: `CollateralConfig`'s fields, plus the add-on state, laid out so that
/// valuing a held asset reads one slot (docs/gas.md): the first slot holds everything a valuation below the first
/// tier break needs (decimals, factors, add-on, first break and cut), the second slot only what a deposit's cap check
/// or a value past the first break needs. Also set for a perp market's underlying that is not listed as collateral
/// (add-on fields only). A pending update (`pendingConfigs`) uses the same type, add-on fields unused.
struct StoredConfig {
    /* slot 0: a valuation (and a liquidation's bonus) below tierBreak1; the cross flag */
    uint8 decimals;
    uint16 borrowFactorBps;
    uint16 liquidationThresholdBps;
    uint16 liquidationBonusBps;
    bool crossAllowed;
    uint16 addOnBps; // add-on in force (§6)
    uint16 pendingAddOnBps; // announced increase
    uint32 pendingEffectiveAt; // when the increase applies (unix seconds)
    uint112 tierBreak1;
    uint16 tierCut2Bps;
    /* slot 1: the supply cap, the upper tiers */
    uint128 supplyCap;
    uint112 tierBreak2;
    uint16 tierCut3Bps;
}

/// @dev One slot per account: borrow principal, held-asset bitmask, perp flags, and the balance of one held asset
/// kept inline (docs/protocol.md, "Storage"): a one-asset account (every isolated one) reads and writes its
/// collateral in this slot, as Morpho Blue packs collateral with borrow shares. A balance is either inline or in
/// `VaultState.collateral`, never both; `CollateralLib` is the only reader and writer of balances.
struct Position {
    uint128 borrowPrincipal;
    uint8 assetMask;
    /// @dev Perp markets with an open position (bit m), docs/protocol.md §13; same slot, so spot paths read it free.
    uint16 perpMask;
    /// @dev The account's perp cash is non-zero (§13.1).
    bool hasPerpCash;
    /// @dev (1 + index of the asset) << 88 | its balance (collateral units, < 2^88); 0: the place is free.
    uint96 inlineCollateral;
}

/// @dev Maximum perp markets (bitmask of 16 bits).
uint256 constant MAX_PERP_MARKETS = 16;

/// @dev Perp market status (§13.9).
uint8 constant PERP_ACTIVE = 1;
uint8 constant PERP_REDUCE_ONLY = 2;
uint8 constant PERP_DELISTED = 3;

/// @dev A market as the `perpMarket` view returns it (§13.1, §13.8): every field at its full width. Stored as
/// `StoredPerpMarket`.
struct PerpMarketState {
    int128 fundingIndex; // F_m, WAD base value per whole unit
    uint40 lastFundingTime;
    uint8 status; // 0 = not listed
    uint32 longCount; // open long positions
    uint32 shortCount; // open short positions
    uint128 longOi; // size WAD
    uint128 shortOi; // size WAD
    int128 sumCostBasis; // Σ c, base units
    int128 sumSizeFunding; // Σ ⌊s × F_e / WAD⌋, WAD base value
    uint128 netNotional; // notional(|k|, p) at the last touch, base units
    uint128 adlDeficit; // uncovered negative equity, base units
    uint128 settlementPrice; // WAD, set at delisting
    bool deficitLong; // side of the bankrupt positions behind adlDeficit
}

/// @dev `netNotional` of a `StoredPerpMarket` that does not fit its 80 bits: the value is in `netNotionalWide`.
uint80 constant PERP_NN_WIDE = type(uint80).max;

/// @dev A market as stored (docs/protocol.md §13.1 "Storage", docs/gas.md): a trade reads and writes slots 0-2 only.
/// Open interest fits 96 bits (each side ≤ maxOiSize ≤ type(int96).max, §13.10); the net notional is kept in slot 0
/// while it fits 80 bits and in slot 3 otherwise (`PerpCore.netNotional`, `PerpCore.setNetNotional`).
struct StoredPerpMarket {
    /* slot 0: every touch */
    int128 fundingIndex; // F_m, WAD base value per whole unit
    uint40 lastFundingTime;
    uint8 status; // 0 = not listed
    uint80 netNotional; // base units while < PERP_NN_WIDE; PERP_NN_WIDE: see netNotionalWide
    /* slot 1: every trade */
    uint96 longOi; // size WAD
    uint96 shortOi; // size WAD
    uint32 longCount; // open long positions
    uint32 shortCount; // open short positions
    /* slot 2: aggregates for the liquidity vault's valuation */
    int128 sumCostBasis; // Σ c, base units
    int128 sumSizeFunding; // Σ ⌊s × F_e / WAD⌋, WAD base value
    /* slot 3: rare */
    uint128 netNotionalWide; // the net notional when netNotional == PERP_NN_WIDE, else 0
    uint128 adlDeficit; // uncovered negative equity, base units
    /* slot 4 */
    uint128 settlementPrice; // WAD, set at delisting
    bool deficitLong; // side of the bankrupt positions behind adlDeficit
}

/// @dev One position as the views return it (§13.1), full width. Stored as `StoredPerpPosition`.
struct PerpPosition {
    int128 size; // WAD of the underlying
    int128 costBasis; // base units
    int128 entryFunding; // F_e
}

/// @dev `costBasis` of a `StoredPerpPosition` whose basis or entry funding index does not fit 80 bits: both are in
/// slot 1 (`wideCostBasis`, `wideEntryFunding`).
int80 constant PERP_POSITION_WIDE = type(int80).min;

/// @dev A position as stored (§13.1 "Storage", docs/gas.md): one slot while `c` and `F_e` fit 80 bits each (every
/// position in practice), two otherwise; `PerpCore.loadPosition` / `storePosition` are the only reader and writer.
/// `|s| ≤ maxOiSize ≤ type(int96).max` (§13.10). A closed position is all zeros (both slots).
struct StoredPerpPosition {
    /// @dev Bits 0-95: `s` (int96, WAD of the underlying); 96-175: `c` (int80, base units), PERP_POSITION_WIDE: `c`
    /// and `F_e` are in `wide`; 176-255: `F_e` (int80; 0 when wide).
    uint256 packed;
    /// @dev Only for a wide position, else 0: bits 0-127 `c`, 128-255 `F_e` (int128 each).
    uint256 wide;
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
    /// @dev Copy of `params.reserveFactorBps` packed beside `rateModel` (same slot, later slots unmoved), so that
    /// accrual reads one slot fewer (docs/gas.md). Written only with `params`, by ConfigLogic.setMarketParams.
    uint16 reserveFactorBps;
    address insurancePool;
    MarketParams params;
    /* COLLATERAL */
    address[MAX_COLLATERAL_ASSETS] assetList;
    uint8 assetCount;
    mapping(address => StoredConfig) configs;
    mapping(address => AssetState) assetStates;
    /* ACCOUNTS */
    mapping(address => uint256) supplyPrincipal;
    mapping(address => mapping(uint256 => Position)) positions;
    mapping(address => mapping(uint256 => mapping(address => uint256))) collateral;
    mapping(address => mapping(address => bool)) isOperator;
    /* PERPETUALS (docs/protocol.md §13), appended */
    address perpLiquidityVault;
    uint8 perpMarketCount;
    uint16 maxNetExposureBps;
    int128 totalPerpCash; // Σ cash, base units
    uint128 totalNetNotional; // Σ netNotional_m, base units
    mapping(uint256 => PerpMarketConfig) perpConfigs;
    mapping(uint256 => StoredPerpMarket) perpMarkets;
    mapping(address => mapping(uint256 => mapping(uint256 => StoredPerpPosition))) perpPositions;
    mapping(address => mapping(uint256 => int256)) perpCash;
    mapping(address => uint256) marginLevels;
    mapping(address => bool) isPerpUnderlying;
    /* PENDING RISK-INCREASING COLLATERAL UPDATES (issue 15; appended) */
    mapping(address => StoredConfig) pendingConfigs;
    mapping(address => uint256) pendingConfigAt;
}
