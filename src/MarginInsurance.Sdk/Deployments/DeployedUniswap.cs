namespace MarginInsurance.Sdk.Deployments;

/// <summary>The Uniswap v3 market beside the vault and the protocol's periphery contracts that trade on it.</summary>
/// <param name="Factory">UniswapV3Factory.</param>
/// <param name="SwapRouter">SwapRouter.</param>
/// <param name="QuoterV2">QuoterV2 (quotes by <c>eth_call</c>).</param>
/// <param name="PositionManager">NonfungiblePositionManager (null on a chain where the deployer made no pools).</param>
/// <param name="SwapLiquidator">The protocol's capital-free liquidator.</param>
/// <param name="LeverageRouter">The protocol's one-transaction leverage router.</param>
/// <param name="Pools">One pool per collateral against the base asset.</param>
public sealed record DeployedUniswap(
    string Factory, string SwapRouter, string QuoterV2, string? PositionManager, string SwapLiquidator, string LeverageRouter,
    IReadOnlyList<DeployedPool> Pools)
{
    /// <summary>The pool of <paramref name="collateralSymbol"/>, or null when none is deployed.</summary>
    public DeployedPool? PoolFor(string collateralSymbol) =>
        Pools.FirstOrDefault(p => string.Equals(p.Collateral, collateralSymbol, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A collateral/base pool.</summary>
/// <param name="Collateral">Collateral symbol.</param>
/// <param name="Address">Pool address.</param>
/// <param name="Fee">Fee tier (hundredths of a basis point).</param>
public sealed record DeployedPool(string Collateral, string Address, uint Fee);
