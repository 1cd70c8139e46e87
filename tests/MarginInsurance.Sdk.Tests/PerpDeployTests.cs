using System.Text.Json.Nodes;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.PerpLiquidityVault;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// ProtocolDeployer's perps (issue 19): the liquidity vault wired both ways and ETH-PERP, BTC-PERP, LINK-PERP listed from
/// deploy/local.json with the tiers it gives; bad perps settings fail before any transaction, naming the setting.
/// </summary>
public sealed class PerpDeployTests(ChainFixture fixture) : ChainTest(fixture)
{
    private static string LocalJson => Path.Combine(MarginInsurance.RepositoryRoot.Find(), "deploy", "local.json");

    [Fact]
    public async Task DeployerListsTheConfiguredMarketsAndWiresTheLiquidityVault()
    {
        var d = Deployment;
        Assert.Equal(["ETH-PERP", "BTC-PERP", "LINK-PERP"], d.PerpMarkets.Select(m => m.Symbol));
        Assert.Equal(["WETH", "WBTC", "LINK"], d.PerpMarkets.Select(m => m.Underlying));
        Assert.Equal([0, 1, 2], d.PerpMarkets.Select(m => m.MarketId));
        Assert.NotNull(d.PerpLiquidityVault);

        var admin = Fixture.Admin;
        var globals = await PerpCall.QueryAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(admin.Vault, new PerpGlobalsFunction());
        Assert.Equal(d.PerpLiquidityVault, globals.LiquidityVault, ignoreCase: true);
        Assert.Equal(3, (int)globals.MarketCount);
        Assert.Equal(5000, (int)globals.MaxNetExposureBps);
        Assert.Equal(d.MarginVault, await new PerpLiquidityVaultService(admin.Web3, d.PerpLiquidityVault!).VaultQueryAsync(), ignoreCase: true);

        var (config, _) = DeployConfig.Load(LocalJson);
        foreach (var market in d.PerpMarkets)
        {
            var onChain = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(admin.Vault, new PerpMarketFunction { MarketId = market.MarketId });
            var entry = config.Perps!.Markets[market.MarketId];
            Assert.Equal(d.Collateral(entry.Underlying).Token, onChain.ReturnValue1.Asset, ignoreCase: true);
            Assert.Equal(entry.ImfBps, onChain.ReturnValue1.ImfBps);
            Assert.Equal(entry.MmfBps, onChain.ReturnValue1.MmfBps);
            Assert.Equal(Fixture.ParseAmount("USDC", entry.NotionalBreak1), onChain.ReturnValue1.NotionalBreak1);
            Assert.Equal(1, onChain.ReturnValue2.Status); // active
        }

        // ETH-PERP: 20x large-cap tier; skew scale 1,000,000 ETH; funding cap 1e11 WAD/s.
        var eth = (await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(admin.Vault, new PerpMarketFunction { MarketId = 0 })).ReturnValue1;
        Assert.Equal(System.Numerics.BigInteger.Parse("1000000000000000000000000"), eth.SkewScale);
        Assert.Equal(100_000_000_000UL, eth.MaxFundingRatePerSecond);
        Assert.Equal(d.PerpMarket("ETH-PERP"), d.PerpMarket("WETH"));
        Assert.Equal("BTC-PERP", d.PerpMarket("1").Symbol);
        var unknown = Assert.Throws<UnknownPerpMarketException>(() => d.PerpMarket("DOGE-PERP"));
        Assert.Contains("ETH-PERP, BTC-PERP, LINK-PERP", unknown.Message, StringComparison.Ordinal);

        // The deployments file keeps them.
        var path = Path.Combine(Path.GetTempPath(), $"perp-deploy-{Guid.NewGuid():N}.json");
        try
        {
            d.Save(path);
            var loaded = DeploymentFile.Load(path);
            Assert.Equal(d.PerpMarkets, loaded.PerpMarkets);
            Assert.Equal(d.PerpLiquidityVault, loaded.PerpLiquidityVault);

            // A perp market whose asset is not its underlying's token, or markets without the liquidity vault, name the field.
            var text = File.ReadAllText(path);
            File.WriteAllText(path, text.Replace($"\"asset\": \"{d.PerpMarkets[1].Asset}\"", $"\"asset\": \"{d.Collateral("WETH").Token}\"", StringComparison.Ordinal));
            Assert.Contains("perpMarkets[1].asset", Assert.Throws<DeploymentFileException>(() => DeploymentFile.Load(path)).Message, StringComparison.Ordinal);
            (d with { PerpLiquidityVault = null }).Save(path);
            Assert.Contains("perpLiquidityVault is missing", Assert.Throws<DeploymentFileException>(() => DeploymentFile.Load(path)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, string, string> BadSettings => new()
    {
        // (field to set, JSON value, text the error must contain)
        { "markets[0].liquidationPenaltyBps", "200", "perps.markets[0].liquidationPenaltyBps" },
        { "markets[1].underlying", "\"DOGE\"", "perps.markets[1].underlying" },
        { "markets[2].mmfBps", "1000", "perps.markets[2].mmfBps" },
        { "markets[0].notionalBreak1", "\"9000000\"", "perps.markets[0].notionalBreak2" },
        { "markets[0].step3Bps", "100", "perps.markets[0].step3Bps" },
        { "markets[1].takerFeeBps", "101", "perps.markets[1].takerFeeBps" },
        { "markets[1].skewScale", "\"0\"", "perps.markets[1].skewScale" },
        { "markets[2].maxOiSize", "\"lots\"", "perps.markets[2].maxOiSize" },
        { "markets[2].maxFundingRatePerSecond", "\"0.001\"", "perps.markets[2].maxFundingRatePerSecond" },
        { "markets[2].symbol", "\"ETH-PERP\"", "perps.markets[2].symbol" },
        { "maxNetExposureBps", "10001", "perps.maxNetExposureBps" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void BadPerpSettingsNameTheSettingAndTheFix(string field, string value, string expected)
    {
        var root = JsonNode.Parse(File.ReadAllText(LocalJson), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var node = root["perps"]!;
        var parts = field.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        node[parts[^1]] = JsonNode.Parse(value);
        var path = Path.Combine(Path.GetTempPath(), $"perp-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, root.ToJsonString());
        try
        {
            var ex = Assert.Throws<DeployConfigException>(() => DeployConfig.Load(path));
            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
