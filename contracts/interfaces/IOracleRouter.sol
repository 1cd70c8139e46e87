// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title IOracleRouter
/// @notice Guarded Chainlink prices (docs/protocol.md §9). Prices are WAD: base-asset value of one whole token.
interface IOracleRouter {
    /// @notice Validated price of `asset`; reverts FeedNotSet / InvalidPrice / StalePrice / PriceOutOfBounds.
    /// @param asset Collateral asset with a configured feed.
    /// @return priceWad Base-asset value of one whole token (WAD).
    function getPrice(address asset) external view returns (uint256 priceWad);
    /// @notice getPrice for a liquidation: also reverts SequencerDown while the L2 sequencer is down or in its grace
    /// period (liquidations wait, docs/protocol.md §9), in one call.
    /// @param asset Collateral asset with a configured feed.
    /// @return priceWad Base-asset value of one whole token (WAD), validated as by getPrice.
    function getLiquidationPrice(address asset) external view returns (uint256 priceWad);
    /// @notice End of the asset's circuit-breaker freeze, or 0 if not frozen.
    /// @param asset Collateral asset with a configured feed.
    /// @return Unix time at which the freeze ends; 0 when the asset is not frozen.
    function frozenUntil(address asset) external view returns (uint256);
    /// @notice getPrice and frozenUntil in one call (one feed read).
    /// @param asset Collateral asset with a configured feed.
    /// @return priceWad Base-asset value of one whole token (WAD), validated as by getPrice.
    /// @return frozenUntil_ Unix time at which the freeze ends; 0 when the asset is not frozen.
    function getPriceAndFrozen(address asset) external view returns (uint256 priceWad, uint256 frozenUntil_);
    /// @notice 0 when the L2 sequencer is up past its grace period (or there is none); else the end of the grace
    /// (type(uint256).max while down). Borrowing is refused and liquidations wait until then.
    function sequencerUntil() external view returns (uint256);
}
