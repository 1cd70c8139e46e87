using System.Numerics;
using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Event readers name a perp market through <see cref="DeploymentFile.PerpMarketName"/>.</summary>
public class PerpMarketNameTests
{
    private static readonly DeploymentFile Deployment = new()
    {
        Network = "test", ChainId = 31337, DeploymentBlock = 1, ConfigHash = "0x", MarginVault = "0x1", InsurancePool = "0x2",
        OracleRouter = "0x3", RateModel = "0x4", Multicall3 = "0x5", BaseAsset = "0x6", BaseSymbol = "USDC", BaseDecimals = 6,
        Collaterals = [],
        PerpMarkets = [new DeployedPerpMarket(0, "ETH-PERP", "WETH", "0x7"), new DeployedPerpMarket(1, "BTC-PERP", "WBTC", "0x8")],
    };

    [Fact]
    public void ListedIdsReadAsTheirSymbol() => Assert.Equal("BTC-PERP", Deployment.PerpMarketName(1));

    [Fact]
    public void UnlistedIdReadsAsItsNumber() => Assert.Equal("market 7", Deployment.PerpMarketName(7));

    [Fact]
    public void TheDeficitOfAnExhaustedAccountNamesNoMarketInsteadOfOverflowing()
    {
        // PerpDeficit with market id 2^256 − 1 (docs/protocol.md §13.8): the full demo crashed casting it to int
        var noMarket = BigInteger.Pow(2, 256) - 1;
        Assert.Equal("no market (account's collateral exhausted)", Deployment.PerpMarketName(noMarket));
    }
}
