using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>Reorg re-read and the margin-call webhook.</summary>
public sealed class IndexingTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task ReorgWithinDepthIsPickedUpByTheNextIndexingPass()
    {
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.ReorgDepth = 5));
        await keeper.TickAsync(force: true);
        var fork = await Fixture.Chain.SnapshotAsync();
        var (_, orphaned) = await Fixture.OpenAsync("WETH", "1", "0");
        await keeper.IndexAsync(CancellationToken.None);
        Assert.Contains(orphaned, keeper.Store.Accounts());
        var indexedTo = keeper.Store.LastBlock!.Value;

        // Reorg: the blocks holding that deposit are replaced by a chain (same height) holding another one.
        await Fixture.Chain.RevertAsync(fork);
        if (Fixture.DeployerAccount.NonceService is { } nonces) await nonces.ResetNonceAsync();
        var (_, replacement) = await Fixture.OpenAsync("WETH", "1", "0");
        Assert.True(await Fixture.BlockNumberAsync() <= indexedTo, "the new branch is not longer than the indexed one");
        await keeper.IndexAsync(CancellationToken.None);
        Assert.Contains(replacement, keeper.Store.Accounts());
    }

    [Fact]
    public async Task MarginCallsArePostedToTheWebhookOncePerEpisode()
    {
        var port = MarginInsurance.LocalChain.FreeTcpPort.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var bodies = new List<string>();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { return; }
                using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (bodies) bodies.Add(body);
                ctx.Response.StatusCode = 204;
                ctx.Response.Close();
            }
        });

        var (trader, account) = await Fixture.OpenAsync("WETH", "0.5", "780"); // health 1.0897 < 1.10
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.WebhookUrl = $"http://127.0.0.1:{port}/margin"));
        await keeper.TickAsync(force: true);
        await Fixture.Chain.MineAsync(2);
        await keeper.TickAsync();
        await keeper.TickAsync();
        await Fixture.MintAsync(trader.Signer, "WETH", Fixture.ParseAmount("WETH", "1"));
        await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "1"));
        await keeper.TickAsync();
        for (var i = 0; i < 50 && bodies.Count < 2; i++) await Task.Delay(100);
        listener.Stop();
        await serving;

        lock (bodies)
        {
            foreach (var b in bodies) Output.WriteLine(b);
            Assert.Equal(2, bodies.Count);
            Assert.Contains(bodies, b => b.Contains("\"event\":\"margin_call\"", StringComparison.Ordinal) && b.Contains(account.Owner, StringComparison.Ordinal));
            // The margin call carries the account's risk report: its WETH liquidation price and the keeper's own call in the history.
            var call = bodies.Single(b => b.Contains("\"event\":\"margin_call\"", StringComparison.Ordinal));
            using var json = System.Text.Json.JsonDocument.Parse(call);
            var report = json.RootElement.GetProperty("report");
            Assert.Equal("price", report.GetProperty("collateral")[0].GetProperty("liquidationPrice").GetProperty("status").GetString());
            Assert.Contains(report.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "keeperMarginCall");
            Assert.Contains(bodies, b => b.Contains("\"event\":\"margin_call_resolved\"", StringComparison.Ordinal));
        }
    }

}
