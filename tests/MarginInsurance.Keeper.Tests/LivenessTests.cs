using System.Diagnostics;
using System.Net;
using MarginInsurance.Keeper.Tests.Faults;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// Idle cost and liveness, counted at the <see cref="FaultProxy"/> in front of the node: on a chain that makes no blocks a
/// keeper tick costs one eth_blockNumber and nothing else; when the node dies, /health turns unhealthy and
/// keeper_block_lag leaves 0 within a few poll intervals (the RPC retries of one tick included).
/// </summary>
public sealed class LivenessTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task AnIdleChainCostsOneHeadReadPerPoll()
    {
        await Fixture.OpenAsync("WETH", "10", "5000");
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, seed: 1);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.RpcUrl = proxy.Url)); // ReorgDepth 5, approval sent
        await keeper.TickAsync();
        await keeper.TickAsync();
        double Calls(string method) => keeper.Metrics.RpcCalls.WithLabels(method).Value;
        var (logs, nonces, heads, requests) = (Calls("eth_getLogs"), Calls("eth_getTransactionCount"), Calls("eth_blockNumber"), proxy.Requests);

        const int idleTicks = 20;
        for (var i = 0; i < idleTicks; i++) Assert.Null(await keeper.TickAsync());

        Output.WriteLine($"{idleTicks} idle ticks: {proxy.Requests - requests} requests, eth_getLogs +{Calls("eth_getLogs") - logs}, eth_getTransactionCount +{Calls("eth_getTransactionCount") - nonces}");
        Assert.Equal(0, Calls("eth_getLogs") - logs);
        Assert.Equal(0, Calls("eth_getTransactionCount") - nonces);
        Assert.Equal(idleTicks, Calls("eth_blockNumber") - heads);
        Assert.Equal(idleTicks, proxy.Requests - requests);

        // A new block is read in full again: events indexed, transactions tracked, accounts scanned.
        await Fixture.Chain.MineAsync();
        Assert.NotNull(await keeper.TickAsync());
        Assert.True(Calls("eth_getLogs") > logs);
        Assert.True(Calls("eth_getTransactionCount") > nonces);
    }

    [Fact]
    public async Task WhenTheNodeDiesHealthAndBlockLagSayItWithinAFewPolls()
    {
        await using var proxy = await FaultProxy.StartAsync(Fixture.RpcUrl, seed: 2);
        var key = await Fixture.KeeperKeyAsync();
        var keyVariable = $"KEEPER_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(keyVariable, key.PrivateKey);
        var deploymentPath = Path.Combine(Path.GetTempPath(), $"keeper-test-deployment-{Guid.NewGuid():N}.json");
        Fixture.Deployment.Save(deploymentPath);
        var url = $"http://127.0.0.1:{MarginInsurance.LocalChain.FreeTcpPort.Next()}";
        const int pollMs = 250;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var run = Task.Run(() => KeeperCli.RunAsync(
        [
            "run", $"--Keeper:RpcUrl={proxy.Url}", $"--Keeper:DeploymentPath={deploymentPath}", $"--Keeper:StatePath={StatePath}",
            $"--Keeper:PrivateKeyVariable={keyVariable}", $"--Keeper:HttpUrl={url}", $"--Keeper:PollIntervalMilliseconds={pollMs}",
            "--Keeper:MaxFeePerGasGwei=500", "--Keeper:Dashboard=false",
        ], cts.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await HostProbe.Until(async () => (await HostProbe.TryGet(http, url + "/health")).Status == HttpStatusCode.OK, run);
            Assert.Equal(0, HostProbe.Metric((await HostProbe.TryGet(http, url + "/metrics")).Body, "keeper_block_lag"));

            proxy.Dead = true;
            var clock = Stopwatch.StartNew();
            await HostProbe.Until(async () => (await HostProbe.TryGet(http, url + "/health")).Status == HttpStatusCode.ServiceUnavailable, run, seconds: 30);
            var unhealthyAfter = clock.Elapsed;
            await HostProbe.Until(async () => HostProbe.Metric((await HostProbe.TryGet(http, url + "/metrics")).Body, "keeper_block_lag") >= 1, run, seconds: 30);
            var lagAfter = clock.Elapsed;
            var health = (await HostProbe.TryGet(http, url + "/health")).Body;
            var metrics = (await HostProbe.TryGet(http, url + "/metrics")).Body;
            Output.WriteLine($"node dead: /health 503 after {unhealthyAfter.TotalSeconds:F1} s, keeper_block_lag >= 1 after {lagAfter.TotalSeconds:F1} s; {health}");
            Assert.Contains("unhealthy", health, StringComparison.Ordinal);
            Assert.True(HostProbe.Metric(metrics, "keeper_head_age_seconds") > 0, metrics);
            // One tick's retries (4, doubling from 200 ms: ~3 s) plus a few polls; it used to take 60 s and the lag stayed 0.
            Assert.True(lagAfter < TimeSpan.FromSeconds(10), $"{lagAfter.TotalSeconds:F1} s");

            proxy.Dead = false;
            await HostProbe.Until(async () => (await HostProbe.TryGet(http, url + "/health")).Status == HttpStatusCode.OK, run, seconds: 30);
            Assert.Equal(0, HostProbe.Metric((await HostProbe.TryGet(http, url + "/metrics")).Body, "keeper_block_lag"));
        }
        finally
        {
            await cts.CancelAsync();
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
            Environment.SetEnvironmentVariable(keyVariable, null);
            File.Delete(deploymentPath);
        }
    }
}
