using System.Net;
using System.Numerics;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Contracts.MockAggregator.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

public sealed class RiskAndHostTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task RiskLoopPostsABoundedAddOnAndAMarginCallFollowsForAccountsItWouldPushUnder()
    {
        // 10 WETH, debt 15900 at 2000. After the history ends at 1950: health 0.85 × 19500 / 15900 = 1.042;
        // with +500 bps pending: 0.80 × 19500 / 15900 = 0.981 → the pending add-on pushes it under 1.
        var (_, risky) = await Fixture.OpenAsync("WETH", "10", "15900");
        var (_, safe) = await Fixture.OpenAsync("WETH", "10", "5000");

        // 60 days of very volatile daily rounds (2400 ↔ 1700) ending at 1950 now.
        var feed = new MockAggregatorService(Fixture.Admin.Web3, Fixture.Deployment.Collateral("WETH").Feed);
        var now = (long)(await Fixture.Admin.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest())).Timestamp.Value;
        for (var i = 2; i <= 61; i++)
        {
            var price = i == 61 ? 1950m : i % 2 == 0 ? 2400m : 1700m;
            await feed.SetRoundRequestAndWaitForReceiptAsync(new SetRoundFunction { RoundId = i, Answer = new BigInteger(price * 100_000_000m), UpdatedAt = now - (61 - i) * 86_400L });
        }

        var options = Options(o =>
        {
            o.WarningHealth = 1.03m;
            o.Risk = new RiskLoopOptions { Enabled = true, DryRun = true, HistoryDays = 90, MinReturns = 20, ThresholdBps = 50 };
        });
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), options);
        await keeper.TickAsync(force: true);
        Assert.Empty(keeper.Store.MarginCalls());

        var dry = await new RiskLoop(keeper, options, Fixture.DeployerAccount, Logger).RunOnceAsync(CancellationToken.None);
        Assert.Equal("would-post", dry.Single(d => d.Symbol == "WETH").Action);
        Assert.Contains("= EWMA realized as of", dry.Single(d => d.Symbol == "WETH").Detail, StringComparison.Ordinal); // the σ used, said aloud

        // the engine's one σ rule with an implied source: a constant 900%/yr dominates and raises the raw add-on
        options.Risk.ImpliedVolatility["WETH"] = "900";
        var implied = (await new RiskLoop(keeper, options, Fixture.DeployerAccount, Logger).RunOnceAsync(CancellationToken.None)).Single(d => d.Symbol == "WETH");
        Assert.Contains("max(EWMA", implied.Detail, StringComparison.Ordinal);
        Assert.Contains("constant implied 900%/yr", implied.Detail, StringComparison.Ordinal);
        Assert.True(implied.RawBps > dry.Single(d => d.Symbol == "WETH").RawBps, $"{implied.RawBps} vs {dry.Single(d => d.Symbol == "WETH").RawBps}");
        options.Risk.ImpliedVolatility.Clear();

        // A testnet with no pools: the liquidation slippage comes from the Keeper:Risk:DepthCurves file, read at the
        // liquidation-sized sale closeFactor × tierBreak1 = 50 % × 1,000,000 = 500,000 USDC: 10 + 90 × 400k/900k = 50 bps;
        // depth −80 %: 2,500,000 is beyond the last point, 100 × 2.5M/1M = 250 bps.
        var depthFile = Path.GetTempFileName();
        var noPoolsState = Path.GetTempFileName();
        try
        {
            File.WriteAllText(depthFile, "asset,sale_value,impact_bps\nWETH,100000,10\nWETH,1000000,100\n");
            var testnet = Options(o =>
            {
                o.DryRun = true;
                o.StatePath = noPoolsState;
                o.Risk = new RiskLoopOptions { Enabled = true, DryRun = true, HistoryDays = 90, MinReturns = 20, ThresholdBps = 50, DepthCurves = depthFile };
            });
            using var noPools = await KeeperEngine.StartAsync(testnet, Fixture.Deployment with { Uniswap = null }, await Fixture.KeeperKeyAsync(), Logger);
            var fromFile = (await new RiskLoop(noPools, testnet, Fixture.DeployerAccount, Logger).RunOnceAsync(CancellationToken.None)).Single(d => d.Symbol == "WETH");
            Assert.Contains($"slippage 50 bps selling 500,000 USDC, from the WETH curve of Keeper:Risk:DepthCurves ({Path.GetFileName(depthFile)})", fromFile.Detail, StringComparison.Ordinal);
            Assert.Contains("depth −80 %: slippage 250 bps", fromFile.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(depthFile);
            File.Delete(noPoolsState);
        }
        Assert.Equal(BigInteger.Zero, (await Fixture.Admin.Vault.AddOnStateQueryAsync(Fixture.Deployment.Collateral("WETH").Token)).EffectiveAt);

        options.Risk.DryRun = false;
        var decisions = await new RiskLoop(keeper, options, Fixture.DeployerAccount, Logger).RunOnceAsync(CancellationToken.None);
        foreach (var d in decisions) Output.WriteLine($"risk: {d}");
        var weth = decisions.Single(d => d.Symbol == "WETH");
        Assert.Equal("posted", weth.Action);
        Assert.True(weth.RawBps > weth.RecommendedBps, "the raw recommendation is above the per-update step");
        Assert.Equal(500, weth.RecommendedBps); // maxAddOnStepBps bound
        Assert.All(decisions.Where(d => d.Symbol != "WETH"), d => Assert.Equal("skip", d.Action)); // one round of history only
        if (Fixture.DeployerAccount.NonceService is { } nonces) await nonces.ResetNonceAsync();
        var state = await Fixture.Admin.Vault.AddOnStateQueryAsync(Fixture.Deployment.Collateral("WETH").Token);
        Assert.Equal(new BigInteger(500), state.Pending);
        Assert.True(state.EffectiveAt > 0);

        await keeper.TickAsync(force: true);
        var call = keeper.Store.OpenMarginCall(risky);
        Assert.NotNull(call);
        Assert.StartsWith("pending add-on pushes health to 0.98", call.Reason, StringComparison.Ordinal);
        Assert.Null(keeper.Store.OpenMarginCall(safe));
        Assert.Empty(await Fixture.LiquidationsAsync());

        // Once the grace period passes the add-on is in force and the account is liquidated.
        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1);
        await feed.SetAnswerRequestAndWaitForReceiptAsync(new BigInteger(1950m * 100_000_000m));
        await keeper.TickAsync();
        await keeper.TickAsync(force: true);
        Assert.Contains(await Fixture.LiquidationsAsync(), e => e.Event.Owner.Equals(risky.Owner, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task KeeperRunServesMetricsHealthAndStatusAndLiquidatesThenShutsDownGracefully()
    {
        var (_, risky) = await Fixture.OpenAsync("WETH", "10", "15000");
        var key = await Fixture.KeeperKeyAsync();
        var keyVariable = $"KEEPER_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(keyVariable, key.PrivateKey);
        var deploymentPath = Path.Combine(Path.GetTempPath(), $"keeper-test-deployment-{Guid.NewGuid():N}.json");
        Fixture.Deployment.Save(deploymentPath);
        var port = MarginInsurance.LocalChain.FreeTcpPort.Next();
        var url = $"http://127.0.0.1:{port}";
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var run = Task.Run(() => KeeperCli.RunAsync(
        [
            "run", $"--Keeper:RpcUrl={Fixture.RpcUrl}", $"--Keeper:DeploymentPath={deploymentPath}", $"--Keeper:StatePath={StatePath}",
            $"--Keeper:PrivateKeyVariable={keyVariable}", $"--Keeper:HttpUrl={url}", "--Keeper:PollIntervalMilliseconds=100", "--Keeper:MaxFeePerGasGwei=500",
        ], cts.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await HostProbe.Until(async () => (await HostProbe.TryGet(http, url + "/health")).Status == HttpStatusCode.OK, run);
            await Fixture.SetPriceAsync("WETH", 1700m);
            await HostProbe.Until(async () => (await HostProbe.TryGet(http, url + "/metrics")).Body.Contains("keeper_liquidations_won_total 1", StringComparison.Ordinal), run);
            var metrics = (await HostProbe.TryGet(http, url + "/metrics")).Body;
            Assert.Contains("keeper_accounts_watched 1", metrics, StringComparison.Ordinal);
            Assert.Contains("keeper_rpc_calls_total{method=\"eth_call\"}", metrics, StringComparison.Ordinal);
            var status = (await HostProbe.TryGet(http, url + "/status")).Body;
            Output.WriteLine(status);
            Assert.Contains("\"won\": \"1\"", status, StringComparison.Ordinal);
            Assert.Contains(await Fixture.LiquidationsAsync(), e => e.Event.Owner.Equals(risky.Owner, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(key.PrivateKey.Replace("0x", string.Empty, StringComparison.Ordinal), status, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await cts.CancelAsync();
            var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, exit);
            Environment.SetEnvironmentVariable(keyVariable, null);
            File.Delete(deploymentPath);
        }
    }

    [Fact]
    public void ConfigurationErrorsNameTheSettingAndTheFix()
    {
        var bad = new KeeperOptions { RpcUrl = "localhost:8545", FeeBumpPercent = 5, MinProfit = "lots", WarningHealth = 0.9m };
        var result = new KeeperOptionsValidator().Validate(null, bad);
        Assert.True(result.Failed);
        var text = string.Join("\n", result.Failures!);
        Assert.Contains("Keeper:RpcUrl", text, StringComparison.Ordinal);
        Assert.Contains("--Keeper:RpcUrl=http://127.0.0.1:8545", text, StringComparison.Ordinal);
        Assert.Contains("Keeper:FeeBumpPercent", text, StringComparison.Ordinal);
        Assert.Contains("Keeper:MinProfit", text, StringComparison.Ordinal);
        Assert.Contains("Keeper:WarningHealth", text, StringComparison.Ordinal);
    }
}
