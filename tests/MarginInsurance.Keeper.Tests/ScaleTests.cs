using System.Diagnostics;
using MarginInsurance.Sdk.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>RPC cost of the per-block scan over several Multicall3 pages of accounts.</summary>
public sealed class ScaleTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact(Timeout = 120_000)]
    public async Task ScanCostIsTwoPlusTwoPerPageAndLiquidatesTheUnderWaterOnesInOneBlock()
    {
        const int n = 16;
        var trader = await Fixture.CreateActorAsync();
        var risky = new List<AccountId>();
        for (var i = 1; i <= n; i++)
        {
            var (_, account) = await Fixture.OpenAsync("WETH", "1", i % 4 == 0 ? "1500" : "1000", subId: i, trader: trader);
            if (i % 4 == 0) risky.Add(account);
        }

        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.ScanPageSize = 10));
        var first = await keeper.TickAsync(force: true);
        Assert.Equal(n, first!.Accounts);

        await Fixture.Chain.SetAutomineAsync(false);
        var priceTx = await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var priceBlock = await Fixture.BlockOfAsync(priceTx);
        var sw = Stopwatch.StartNew();
        var scan = await keeper.TickAsync();
        var elapsed = sw.Elapsed;
        Assert.Equal(risky.Count, scan!.Sent);
        await Fixture.Chain.MineAsync();
        await keeper.TickAsync();

        var events = await Fixture.LiquidationsAsync();
        Assert.Equal(risky.Count, events.Count);
        Assert.All(events, e => Assert.Equal(0, (int)(e.Event.SubId % 4)));
        Assert.All(events, e => Assert.Equal(1, (int)(e.Block - priceBlock)));

        // At 10 sub-calls per request: 1 header + 3 market pages (21 sub-calls) + 2 position pages + 2 balance pages; no
        // healthBatch: a liquidating keeper confirms each candidate on chain by simulating its liquidation (dry run: healthBatch).
        Assert.Equal(8, scan.ScanRpcCalls);
        Output.WriteLine($"METRIC RPC calls for the per-block scan of {n} accounts at ScanPageSize 10: {scan.ScanRpcCalls} " +
                         $"(at the default page of 1000: 2 + 2·⌈N/1000⌉; + ⌈candidates/500⌉ healthBatch in dry run); whole tick with {scan.Sent} simulations+sends: {scan.RpcCalls} calls, {elapsed.TotalMilliseconds:F0} ms");
    }
}
