using System.Numerics;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Uniswap;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// A testnet-style config (<c>"deploy": false</c>) takes existing Uniswap addresses: the deployer checks each pool trades
/// its collateral against the base asset, deploys only the periphery contracts, and a wrong pool is a config error.
/// Tokens, feeds and the market of the fixture's local deployment stand in for a testnet's.
/// </summary>
[Collection(ChainCollection.Name)]
public sealed class UniswapTestnetConfigTests(ChainFixture fixture) : ChainTest(fixture)
{
    private async Task<(DeployConfig Config, Web3 Web3)> TestnetStyleAsync(Func<string, string> poolFor)
    {
        var (existing, web3, _) = await ExistingContractsConfig.CreateAsync(Fixture, "testnet-style");
        var uni = Deployment.Uniswap!;
        var config = existing with
        {
            Uniswap = new UniswapConfig
            {
                Deploy = false, Factory = uni.Factory, SwapRouter = uni.SwapRouter, QuoterV2 = uni.QuoterV2,
                Pools = uni.Pools.Select(p => new UniswapPoolConfig { Collateral = p.Collateral, Fee = p.Fee, Address = poolFor(p.Collateral) }).ToArray(),
            },
        };
        return (config, web3);
    }

    [Fact]
    public async Task ExistingPoolsAndRouterAreTakenAndChecked()
    {
        var uni = Deployment.Uniswap!;
        var (config, web3) = await TestnetStyleAsync(symbol => uni.PoolFor(symbol)!.Address);
        var deployed = await new ProtocolDeployer(web3).DeployAsync(config, "test");
        Assert.NotNull(deployed.Uniswap);
        Assert.Equal(uni.Factory, deployed.Uniswap!.Factory, ignoreCase: true);
        Assert.Equal(uni.QuoterV2, deployed.Uniswap.QuoterV2, ignoreCase: true);
        Assert.Null(deployed.Uniswap.PositionManager);
        Assert.Equal(uni.Pools.Select(p => p.Address.ToLowerInvariant()), deployed.Uniswap.Pools.Select(p => p.Address.ToLowerInvariant()));
        Assert.NotEqual(uni.SwapLiquidator, deployed.Uniswap.SwapLiquidator); // the periphery is the new vault's own
        var quote = await new UniswapMarket(web3, deployed).QuoteSellAsync("WETH", BigInteger.Pow(10, 18));
        Assert.True(quote.AmountOut > 0);

        var wrong = await TestnetStyleAsync(symbol => uni.PoolFor(symbol == "WBTC" ? "WETH" : symbol)!.Address);
        var ex = await Assert.ThrowsAsync<DeployConfigException>(() => new ProtocolDeployer(wrong.Web3).DeployAsync(wrong.Config, "test"));
        Assert.Contains("uniswap.pools[WBTC].address", ex.Message, StringComparison.Ordinal);
    }
}
