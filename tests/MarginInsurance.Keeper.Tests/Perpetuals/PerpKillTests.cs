using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.Keeper.Tests.Faults;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Perps;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests.Perpetuals;

/// <summary>
/// The real keeper process SIGKILLed during a perp crash (the spot kill loop's pattern, 400 ms blocks): by the test at
/// random moments and by itself between storing a signed position liquidation and broadcasting it. Every restart reuses
/// the key and the state file; the chain then shows 0 missed, 0 double, 0 keeper reverts.
/// </summary>
public sealed class PerpKillTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private const int Restarts = 6;
    private static readonly decimal[] PriceSteps = [1_940m, 1_880m, 1_820m, 1_760m];

    [Fact]
    public async Task KeeperKilledDuringAPerpCrashIncludingBetweenSigningAndBroadcastMissesNothingAndSendsNothingTwice()
    {
        var desk = new PerpDesk(Fixture);
        await desk.FundLiquidityVaultAsync(1_000_000m);
        // isolated longs 6x..17x on 1,000 USDC: each price step (3 %) pushes new ones under 1; two cross shorts stay healthy
        var accounts = new List<AccountId>();
        for (var i = 0; i < 12; i++) accounts.Add(await desk.OpenAsync("ETH-PERP", 3m + i * 0.5m, 1_000m));
        for (var i = 0; i < 2; i++) accounts.Add(await desk.OpenAsync("ETH-PERP", -2m, 1_000m, subId: 0, collateral: ("WETH", "1")));
        // 5.5x and 6.5x longs survive the crash to 1,760 and go under at the last step, 1,650 (with the 6x one)
        foreach (var size in new[] { 2.75m, 3.25m }) accounts.Add(await desk.OpenAsync("ETH-PERP", size, 1_000m));
        var key = await Fixture.KeeperKeyAsync();
        var from = await Fixture.BlockNumberAsync();
        var loop = new KillLoop(Fixture, key, "keeper-perp-kill-", 20_260_101);
        var step = 0;
        var priceTxs = new List<string>();
        string? runningPriceTx = null;
        var passed = false;

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.Chain.SetIntervalMiningAsync(400);
        try
        {
            await loop.RunAsync(Restarts, minLifetimeMs: 300, async _ =>
            {
                if (step < PriceSteps.Length) priceTxs.Add(await Fixture.PostPriceAsync("WETH", PriceSteps[step++]));
            });

            while (step < PriceSteps.Length) priceTxs.Add(await Fixture.PostPriceAsync("WETH", PriceSteps[step++]));

            // a last, undisturbed run finishes the work: nothing in flight and no position below 1
            using (var last = loop.Start(Restarts, killAfterSigningPercent: 0))
            {
                await last.WaitReadyAsync(CancellationToken.None);
                Assert.True(await KillLoop.SettleAsync(last, async s => s is { InFlight: 0 } && s.LastScannedBlock > 0 && await AllAboveOneAsync(accounts)),
                    $"the keeper did not settle; log {last.LogPath}");

                // one more step while this keeper runs undisturbed: the 6x..8x longs go under (latency of a running keeper)
                runningPriceTx = await Fixture.PostPriceAsync("WETH", 1_650m);
                Assert.True(await KillLoop.SettleAsync(last, async s => s is { InFlight: 0 } && await AllAboveOneAsync(accounts)),
                    $"the keeper did not settle after the last step; log {last.LogPath}");
                last.Stop();
            }

            var drills = loop.LogLines("FAULT DRILL: SIGKILL after signing liquidate");
            Output.WriteLine($"METRIC perp kill loop: {Restarts + 1} starts, {loop.KilledByTest} SIGKILLs by the test, {loop.KilledItself} self-kills between signing and broadcast ({drills} drill lines)");
            Assert.True(loop.KilledByTest >= 2, "too few SIGKILLs by the test to prove anything");
            Assert.True(drills >= 1, "no kill between signing and broadcast happened");

            await Fixture.Chain.SetIntervalMiningAsync(0);
            var audit = await PerpAuditReport.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, accounts, [key.Address], from);
            Output.WriteLine($"AUDIT {audit.Summary}");
            audit.AssertClean();
            Assert.True(audit.Liquidations.Count >= 8, $"only {audit.Liquidations.Count} position liquidations: the crash did not push enough under");
            Assert.All(audit.Liquidations, l => Assert.Equal(key.Address, l.Event.Liquidator, StringComparer.OrdinalIgnoreCase));
            var priceBlocks = new List<System.Numerics.BigInteger>();
            foreach (var h in priceTxs) priceBlocks.Add(await Fixture.BlockOfAsync(h));
            var delays = audit.Liquidations.Select(l => (int)(l.Block - priceBlocks.Where(p => p < l.Block).DefaultIfEmpty(from).Max())).OrderBy(d => d).ToList();
            Output.WriteLine($"METRIC blocks from price update to position liquidation across SIGKILLs and restarts (400 ms blocks, process start included): median {delays[delays.Count / 2]}, max {delays.Max()} ({string.Join(", ", delays)})");
            var runningBlock = await Fixture.BlockOfAsync(runningPriceTx!);
            var running = audit.Liquidations.Where(l => l.Block > runningBlock).Select(l => (int)(l.Block - runningBlock)).ToList();
            Output.WriteLine($"METRIC blocks from price update to position liquidation, keeper process running (400 ms blocks): {string.Join(", ", running)}");
            Assert.True(running.Count >= 3, "the last step liquidated fewer than 3 positions");
            passed = true;
        }
        finally
        {
            await loop.FinishAsync(passed, Output);
        }
    }

    private async Task<bool> AllAboveOneAsync(IReadOnlyList<AccountId> accounts)
    {
        var healths = (await PerpCall.QueryAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(new MarginVaultService(Fixture.Admin.Web3, Fixture.Deployment.MarginVault),
            new PerpHealthBatchFunction { Owners = accounts.Select(a => a.Owner).ToList(), SubIds = accounts.Select(a => a.SubId).ToList() })).Healths;
        return healths.All(h => h >= WadMath.WAD);
    }
}
