// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {PerpMarketConfig} from "./IMarginVault.sol";
import {PerpMarketState, PerpPosition} from "../libraries/VaultTypes.sol";

/// @title IPerpMarkets
/// @notice The perpetual futures API of a MarginVault (docs/protocol.md §13). To keep the vault under EIP-170,
/// these functions are not separate entry points: a caller ABI-encodes one of them and passes it to
/// `MarginVault.perp(bytes)` (writes) or `MarginVault.perpView(bytes)` (views), which return the ABI-encoded
/// results.
interface IPerpMarkets {
    /* WRITES, through perp(bytes) */

    /// @notice Lists market `marketId == perpMarketCount` or updates one (ADMIN).
    function setPerpMarket(uint256 marketId, PerpMarketConfig calldata cfg) external;
    /// @notice Sets the liquidity vault (once) and the net-exposure cap (ADMIN).
    function setPerpParams(address liquidityVault, uint256 maxNetExposureBps) external;
    /// @notice 1 active / 2 reduce-only (GUARDIAN or ADMIN), 3 delisted at this block's index (ADMIN).
    function setPerpMarketStatus(uint256 marketId, uint8 status) external;
    /// @notice Margin level of `owner` (ADMIN): 0 = default 1.0, else in [0.5e18, 2e18].
    function setMarginLevel(address owner, uint256 levelWad) external;
    /// @notice Perp cash in (amount > 0, from the caller) or out (amount < 0, to `receiver`).
    function transferMargin(address owner, uint256 subId, int256 amount, address receiver) external;
    /// @notice Changes a position by `sizeDelta` at the index, paying at most `maxFee`.
    function modifyPosition(address owner, uint256 subId, uint256 marketId, int256 sizeDelta, uint256 maxFee)
        external
        returns (int256 newSize, uint256 fee);
    /// @notice Liquidates up to `maxCloseSize` of a position of an account below maintenance (§13.7).
    function liquidatePosition(address owner, uint256 subId, uint256 marketId, uint256 maxCloseSize)
        external
        returns (uint256 closed, uint256 penalty);
    /// @notice Auto-deleverages the target while `marketId` has an uncovered deficit (§13.8); `owners`/`subIds`
    /// list every other position on the winning side in strictly increasing keccak256(abi.encode(owner, subId)).
    function deleverage(
        uint256 marketId,
        address targetOwner,
        uint256 targetSubId,
        address[] calldata owners,
        uint256[] calldata subIds
    ) external returns (uint256 haircut);

    /* VIEWS, through perpView(bytes) */

    /// @notice Unified (health, initialHealth) of many accounts (§13.6).
    function perpHealthBatch(address[] calldata owners, uint256[] calldata subIds)
        external
        view
        returns (uint256[] memory healths, uint256[] memory initialHealths);
    /// @notice The unified margin of one account (§13.6).
    function perpMargin(address owner, uint256 subId)
        external
        view
        returns (
            int256 numeratorL,
            int256 numeratorC,
            uint256 debt,
            uint256 maintenance,
            uint256 initial,
            uint256 health,
            uint256 initialHealth
        );
    /// @notice What the liquidity vault owes the accounts (Σ cash + traders' PnL net of funding), base units.
    function perpLiabilities() external view returns (int256);
    /// @notice Configuration and state of a market.
    function perpMarket(uint256 marketId) external view returns (PerpMarketConfig memory, PerpMarketState memory);
    /// @notice Stored position and the account's perp cash.
    function perpPosition(address owner, uint256 subId, uint256 marketId)
        external
        view
        returns (PerpPosition memory position, int256 cash);
    /// @notice Liquidity vault, market count, net-exposure cap, Σ cash, Σ net notional.
    function perpGlobals()
        external
        view
        returns (
            address liquidityVault,
            uint256 marketCount,
            uint256 maxNetExposureBps,
            int256 totalCash,
            uint256 totalNetNotional
        );
    /// @notice Index price (WAD) at which the account's health reaches 1 through this position, all else fixed
    /// (§13.7): long: liquidated at or below it (0: at no positive price); short: at or above it (0: at any price).
    function liquidationPrice(address owner, uint256 subId, uint256 marketId) external view returns (uint256);
    /// @notice Effective margin level of `owner` (WAD).
    function marginLevel(address owner) external view returns (uint256);
}
