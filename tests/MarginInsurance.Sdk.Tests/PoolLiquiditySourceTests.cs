using System.Numerics;
using MarginInsurance.Sdk.Deploy;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// The SDK's deployer never mints: the tokens of the Uniswap liquidity ranges come from the deployer's own holdings
/// (<see cref="DeployerHoldings"/>), and a shortfall is a config error naming the pool. The fixture's tokens stand in for
/// real ones (<c>deployMock: false</c>); a one-range WETH pool keeps the deployment small.
/// </summary>
[Collection(ChainCollection.Name)]
public sealed class PoolLiquiditySourceTests(ChainFixture fixture) : ChainTest(fixture)
{
    private async Task<(DeployConfig Config, Web3 Web3, string Deployer)> ExistingTokensConfigAsync()
    {
        var (config, web3, deployer) = await ExistingContractsConfig.CreateAsync(Fixture, "existing-tokens");
        var onePool = config.Uniswap! with
        {
            Pools = [new UniswapPoolConfig { Collateral = "WETH", Fee = 500, Ranges = [new LiquidityRange("0.10", "100000")] }],
        };
        return (config with { Uniswap = onePool }, web3, deployer);
    }

    [Fact]
    public async Task RangesSpendTheDeployersHoldingsAndAShortfallNamesThePool()
    {
        var (config, web3, deployer) = await ExistingTokensConfigAsync();
        var ex = await Assert.ThrowsAsync<DeployConfigException>(() => new ProtocolDeployer(web3).DeployAsync(config, "test"));
        Assert.Contains("uniswap.pools[WETH].ranges", ex.Message, StringComparison.Ordinal);
        Assert.Contains("holds 0 raw units", ex.Message, StringComparison.Ordinal);

        // Held tokens (100,000 USDC of value at ±10 % needs far less than 1,000 WETH and 1,000,000 USDC): the same config deploys.
        await Fixture.MintAsync(deployer, "WETH", Fixture.ParseAmount("WETH", "1000"));
        await Fixture.MintAsync(deployer, "USDC", Fixture.ParseAmount("USDC", "1000000"));
        var deployed = await new ProtocolDeployer(web3).DeployAsync(config, "test");
        Assert.NotNull(deployed.Uniswap!.PoolFor("WETH"));
        var usdcLeft = await web3.Eth.ERC20.GetContractService(Deployment.BaseAsset).BalanceOfQueryAsync(deployer);
        var wethLeft = await web3.Eth.ERC20.GetContractService(Deployment.Collateral("WETH").Token).BalanceOfQueryAsync(deployer);
        // A ±10 % range around the current price holds both tokens: both came out of the deployer's holdings.
        Assert.True(usdcLeft < Fixture.ParseAmount("USDC", "1000000"), $"USDC left {usdcLeft}: the range took none");
        Assert.True(wethLeft < Fixture.ParseAmount("WETH", "1000"), $"WETH left {wethLeft}: the range took none");
    }

    [Fact]
    public async Task MockContractsAreRefusedUnlessADeployerOfMocksIsGiven()
    {
        // deploy/local.json asks for mock tokens and feeds; the SDK holds no mock binding, so without MockContracts the
        // first mock (the base asset) is a config error naming the field.
        var (local, _) = DeployConfig.Load(Path.Combine(MarginInsurance.RepositoryRoot.Find(), "deploy", "local.json"));
        var (_, web3, _) = await ExistingTokensConfigAsync();
        var ex = await Assert.ThrowsAsync<DeployConfigException>(() => new ProtocolDeployer(web3).DeployAsync(local, "test"));
        Assert.StartsWith("base.deployMock: this deployer was given no mock contracts", ex.Message, StringComparison.Ordinal);
    }
}
