using System.Numerics;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// Where the tokens of the liquidity ranges <see cref="UniswapDeployer"/> mints come from. The SDK's own source,
/// <see cref="DeployerHoldings"/>, spends what the deployer already holds; local chains whose tokens are mocks pass a
/// source that mints them (MarginInsurance.LocalMocks), so no mock binding is called from the SDK.
/// </summary>
public interface IPoolLiquiditySource
{
    /// <summary>Makes <paramref name="amount"/> raw units of <paramref name="token"/> available to <paramref name="holder"/>.</summary>
    /// <param name="token">ERC-20 token of the pool.</param>
    /// <param name="holder">The deployer, who mints the positions.</param>
    /// <param name="amount">Raw units needed.</param>
    /// <param name="where">Config path of the pool, for error messages (e.g. <c>uniswap.pools[WETH]</c>).</param>
    Task ProvideAsync(string token, string holder, BigInteger amount, string where);
}
