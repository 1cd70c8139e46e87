using System.Diagnostics;
using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.Keeper.Tests.Faults;
using MarginInsurance.Sdk.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// RPC faults through <see cref="FaultProxy"/> in front of the Hardhat node: the in-process keeper must still liquidate
/// every account a price crash pushed under 1, exactly once, with no reverted liquidation — read from the chain's events
/// by <see cref="LiquidationAudit"/> — and its retry / failover counters must show it worked for it.
/// </summary>
public sealed class RpcFaultTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private const int Seed = 9;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task MixedFaultsAreRetriedAndEveryLiquidationCompletesOnce()
    {
        var (risky, healthy) = await OpenPositionsAsync();
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, Seed);
        // ~25% of requests fail (drops before/after the node saw them, 502/503, truncated JSON), 15% more are slowed.
        proxy.Profile = new FaultProfile(Drop: 0.09, ServerError: 0.08, Malformed: 0.08, Latency: 0.15);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), FaultOptions(proxy.Url));

        var run = await CrashAndDriveAsync(keeper, risky);

        await AssertCleanAsync(keeper, run, risky, healthy);
        var stats = keeper.RpcClient.Stats;
        Report(proxy, keeper, run);
        Assert.True(proxy.Count(InjectedFault.DropBeforeForward) + proxy.Count(InjectedFault.DropAfterForward) > 0, proxy.Summary);
        Assert.True(proxy.Count(InjectedFault.ServerError) > 0, proxy.Summary);
        Assert.True(proxy.Count(InjectedFault.Malformed) > 0, proxy.Summary);
        Assert.True(stats.Faults.GetValueOrDefault("dropped") > 0 && stats.Faults.GetValueOrDefault("http") > 0 && stats.Faults.GetValueOrDefault("malformed") > 0, stats.ToString());
        Assert.True(stats.Retries >= proxy.HardFaults, $"every injected fault is retried: {stats} vs {proxy.Summary}");
        Assert.True(keeper.Metrics.RpcRetries.WithLabels("eth_blockNumber").Value + keeper.Metrics.RpcRetries.WithLabels("eth_call").Value > 0);
        Assert.Equal(0, stats.Failovers);
        Assert.Equal(0, run.FailedTicks);
    }

    [Fact]
    public async Task HangsPastTheTimeoutAreRetried()
    {
        var (risky, healthy) = await OpenPositionsAsync();
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, Seed + 1);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), FaultOptions(proxy.Url, timeoutSeconds: 0.8));
        // the node sees every request, but 8% of the answers never come back
        proxy.Profile = new FaultProfile(Hang: 0.08, Latency: 0.1);

        var run = await CrashAndDriveAsync(keeper, risky);

        await AssertCleanAsync(keeper, run, risky, healthy);
        var stats = keeper.RpcClient.Stats;
        Report(proxy, keeper, run);
        Assert.True(proxy.Count(InjectedFault.Hang) > 0, proxy.Summary);
        Assert.True(stats.Faults.GetValueOrDefault("timeout") >= proxy.Count(InjectedFault.Hang), stats.ToString());
        Assert.True(stats.Retries > 0, stats.ToString());
        Assert.Equal(0, run.FailedTicks);
    }

    [Fact]
    public async Task DeadPrimaryFailsOverToTheFallbackUrl()
    {
        var (risky, healthy) = await OpenPositionsAsync();
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, Seed + 2);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), FaultOptions(proxy.Url, fallback: Fixture.RpcUrl));
        await keeper.TickAsync(force: true);
        Assert.Equal(0, keeper.RpcClient.Active.Index);
        proxy.Dead = true;

        var run = await CrashAndDriveAsync(keeper, risky);

        await AssertCleanAsync(keeper, run, risky, healthy);
        var stats = keeper.RpcClient.Stats;
        Report(proxy, keeper, run);
        Assert.True(proxy.Count(InjectedFault.Dead) > 0, proxy.Summary);
        Assert.True(stats.Failovers >= 1, stats.ToString());
        Assert.Equal(1, keeper.RpcClient.Active.Index);
        Assert.Equal(1, keeper.Metrics.RpcActiveEndpoint.Value);
        Assert.True(keeper.Metrics.RpcFailovers.WithLabels("faults").Value >= 1);
        Assert.Equal(0, run.FailedTicks);
    }

    [Fact]
    public async Task StalledPrimaryIsDetectedAndFailedOver()
    {
        var (risky, healthy) = await OpenPositionsAsync();
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, Seed + 3);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), FaultOptions(proxy.Url, fallback: Fixture.RpcUrl));
        await keeper.TickAsync(force: true);
        var frozen = await proxy.StallAsync();

        var run = await CrashAndDriveAsync(keeper, risky);

        await AssertCleanAsync(keeper, run, risky, healthy);
        var stats = keeper.RpcClient.Stats;
        Report(proxy, keeper, run);
        Output.WriteLine($"METRIC stall: primary frozen at block {frozen}; detected and failed over in {run.Elapsed.TotalSeconds:0.0} s of driving");
        Assert.True(proxy.Count(InjectedFault.Stall) > 0, proxy.Summary);
        Assert.Equal(1, stats.Faults.GetValueOrDefault("stall"));
        Assert.True(keeper.Metrics.RpcFailovers.WithLabels("stall").Value >= 1);
        Assert.Equal(1, keeper.RpcClient.Active.Index);
        Assert.True(keeper.RpcClient.Endpoints[0].StalledUntil > DateTimeOffset.UtcNow);
    }

    /// <summary>Control: the same stall with no fallback to compare against goes unnoticed, and the audit reports every account as missed.</summary>
    [Fact]
    public async Task ControlStalledPrimaryWithoutFallbackLeavesTheAccountsMissed()
    {
        var (risky, healthy) = await OpenPositionsAsync();
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, Seed + 4);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), FaultOptions(proxy.Url));
        await keeper.TickAsync(force: true);
        await proxy.StallAsync();

        var run = await CrashAndDriveAsync(keeper, risky, TimeSpan.FromSeconds(3));

        var audit = await LiquidationAudit.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, [.. risky, .. healthy], [keeper.Address], run.FromBlock);
        Output.WriteLine($"AUDIT (control) {audit.Summary}; {run.Ticks} ticks in {run.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(risky.Count, audit.Missed.Count);
        Assert.Equal(0, keeper.RpcClient.Stats.Failovers);
    }

    [Fact]
    public void RpcFaultSettingsAreValidatedNamingTheFieldAndTheFix()
    {
        var o = new KeeperOptions
        {
            RpcUrl = "http://127.0.0.1:8545", FallbackRpcUrls = ["ws://node:8546", "http://127.0.0.1:8545/"], RpcTimeoutSeconds = 0,
            RpcRetries = -1, RpcRetryDelayMilliseconds = 0, RpcFailoverAfterFailures = 0, RpcCircuitBreakSeconds = 0, StallSeconds = -5,
        };
        var result = new KeeperOptionsValidator().Validate(null, o);
        Assert.True(result.Failed);
        foreach (var field in new[] { "FallbackRpcUrls:0 'ws://node:8546' is not an http(s) URL", "FallbackRpcUrls:1 'http://127.0.0.1:8545/' repeats", "RpcTimeoutSeconds 0",
                     "RpcRetries -1", "RpcRetryDelayMilliseconds 0", "RpcFailoverAfterFailures 0", "RpcCircuitBreakSeconds 0", "StallSeconds -5" })
            Assert.Contains("Keeper:" + field, result.FailureMessage);
        Assert.True(new KeeperOptionsValidator().Validate(null, new KeeperOptions { FallbackRpcUrls = ["https://rpc.example/key"] }).Succeeded);
    }

    private sealed record DriveResult(BigInteger FromBlock, int Ticks, int FailedTicks, TimeSpan Elapsed);

    private KeeperOptions FaultOptions(string rpcUrl, string? fallback = null, double timeoutSeconds = 2) => Options(o =>
    {
        o.RpcUrl = rpcUrl;
        o.FallbackRpcUrls = fallback is null ? [] : [fallback];
        o.RpcTimeoutSeconds = timeoutSeconds;
        o.RpcRetries = 8;
        o.RpcRetryDelayMilliseconds = 20;
        o.RpcFailoverAfterFailures = 2;
        o.RpcCircuitBreakSeconds = 5;
        o.StallSeconds = 1;
    });

    /// <summary>4 accounts at health 1.13–1.15 (below 1 at WETH 1700) and 2 at 1.7 (stay above).</summary>
    private async Task<(List<AccountId> Risky, List<AccountId> Healthy)> OpenPositionsAsync()
    {
        var risky = new List<AccountId>();
        var healthy = new List<AccountId>();
        for (var i = 0; i < 4; i++) risky.Add((await Fixture.OpenAsync("WETH", "10", i % 2 == 0 ? "15000" : "14800")).Account);
        for (var i = 0; i < 2; i++) healthy.Add((await Fixture.OpenAsync("WETH", "10", "10000")).Account);
        return (risky, healthy);
    }

    /// <summary>Crashes WETH to 1700 on the node, then ticks the keeper until every risky account is liquidated and nothing is in flight (bounded).</summary>
    private async Task<DriveResult> CrashAndDriveAsync(KeeperEngine keeper, IReadOnlyList<AccountId> risky, TimeSpan? budget = null)
    {
        var fromBlock = await Fixture.BlockNumberAsync();
        await Fixture.SetPriceAsync("WETH", 1700m);
        var sw = Stopwatch.StartNew();
        var ticks = 0;
        var failed = 0;
        while (sw.Elapsed < (budget ?? Budget))
        {
            ticks++;
            try
            {
                await keeper.TickAsync();
            }
            catch (Exception ex)
            {
                failed++;
                Output.WriteLine($"tick {ticks} failed: {ex.GetType().Name}: {ex.Message}");
            }

            var done = (await Fixture.LiquidationsAsync()).Where(l => l.Block > fromBlock).Select(l => (l.Event.Owner.ToLowerInvariant(), l.Event.SubId)).ToHashSet();
            if (risky.All(a => done.Contains((a.Owner.ToLowerInvariant(), a.SubId))) && keeper.Store.OpenTxs(keeper.Address).Count == 0) break;
            await Task.Delay(100);
        }

        return new DriveResult(fromBlock, ticks, failed, sw.Elapsed);
    }

    /// <summary>0 missed, 0 double, 0 reverted keeper liquidations (from the chain), each risky account liquidated once by the keeper, and the keeper's books agree.</summary>
    private async Task AssertCleanAsync(KeeperEngine keeper, DriveResult run, IReadOnlyList<AccountId> risky, IReadOnlyList<AccountId> healthy)
    {
        var audit = await LiquidationAudit.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, [.. risky, .. healthy], [keeper.Address], run.FromBlock);
        Output.WriteLine($"AUDIT {audit.Summary}; {run.Ticks} ticks ({run.FailedTicks} failed) in {run.Elapsed.TotalSeconds:0.0} s");
        audit.AssertClean();
        foreach (var a in risky)
        {
            var mine = audit.Of(a);
            Assert.Single(mine);
            Assert.Equal(keeper.Address, mine[0].Liquidator, StringComparer.OrdinalIgnoreCase);
        }

        foreach (var h in healthy) Assert.Empty(audit.Of(h));
        // A retried send answered "nonce too low" / "already known" must still be booked as the keeper's won liquidation.
        Assert.Equal(risky.Count, keeper.Store.TxCounts().GetValueOrDefault("liquidate:won"));
        Assert.Empty(keeper.Store.OpenTxs(keeper.Address));
    }

    private void Report(FaultProxy proxy, KeeperEngine keeper, DriveResult run) =>
        Output.WriteLine($"METRIC proxy: {proxy.Summary} | keeper: {keeper.RpcClient.Stats} | {keeper.Rpc.Count} RPC calls, {run.Ticks} ticks");
}
