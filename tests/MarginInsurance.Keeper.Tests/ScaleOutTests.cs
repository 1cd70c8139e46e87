using System.Diagnostics;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// Scale-out on PostgreSQL: three real keeper processes (own keys, one throw-away PostgreSQL) share the accounts of a crash
/// replayed as price steps on a node that mines a block every second; two are SIGKILLed in turn while accounts remain to be
/// liquidated, and the chain is audited for missed and double liquidations.
/// </summary>
public sealed class ScaleOutTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private const int Accounts = 30;
    private const int Traders = 6;
    private const int BlockMs = 1000;
    private const int LeaseMs = 2000;
    private static readonly string[] Ids = ["keeper-1", "keeper-2", "keeper-3"];

    [Fact(Timeout = 180_000)]
    public async Task ThreeInstancesShareTheWorkAndTheSurvivorsTakeOverWhenTwoAreKilledWithNoMissedAndNoDoubleLiquidation()
    {
        var clock = Stopwatch.StartNew();
        var root = RepositoryRoot.Find();
        var dll = KeeperProcess.FindDll(root);
        await using var postgres = await LocalPostgres.StartAsync();
        await postgres.CreateDatabaseAsync("keepers");
        var work = Directory.CreateTempSubdirectory("keeper-scaleout-");
        var deploymentPath = Path.Combine(work.FullName, "deployment.json");
        Fixture.Deployment.Save(deploymentPath);

        var keys = new List<Nethereum.Web3.Accounts.Account>();
        foreach (var _ in Ids) keys.Add(await Fixture.KeeperKeyAsync());
        var keepers = new List<KeeperProcess>();
        try
        {
            // Positions: 10 WETH each at 2000, borrows spread so that each price step pushes two or three under water for
            // the first time, in an order that rotates over the three instances' shards (known from the instance ids).
            var traders = new List<MarginInsurance.Sdk.MarginClient>();
            for (var t = 0; t < Traders; t++) traders.Add(await Fixture.CreateActorAsync());
            var bySubId = traders.SelectMany(t => Enumerable.Range(1, Accounts / Traders).Select(i => new AccountId(t.Signer, i))).ToList();
            var groups = Ids.Select(id => new Queue<AccountId>(bySubId.Where(a => Rendezvous.Owner(a, Ids) == id))).ToList();
            var ranked = new List<AccountId>();
            while (ranked.Count < Accounts)
            {
                foreach (var g in groups.Where(g => g.Count > 0)) ranked.Add(g.Dequeue());
            }

            var borrows = new Dictionary<AccountId, decimal>();
            for (var r = 0; r < ranked.Count; r++) borrows[ranked[r]] = 14_900m - r * 160m + 7m;
            foreach (var t in traders) await Fixture.MintAsync(t.Signer, "WETH", Fixture.ParseAmount("WETH", (10 * Accounts / Traders).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await Task.WhenAll(traders.Select(async t =>
            {
                // one trader's positions in order (its own nonces), the traders side by side
                foreach (var a in ranked.Where(a => a.Owner == t.Signer))
                {
                    await t.DepositCollateralAsync(a, "WETH", t.Collateral("WETH", "10"));
                    await t.BorrowAsync(a, t.Base(borrows[a].ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }));

            var opened = clock.Elapsed;
            // The keepers start once the positions are open (each scans every account on every block, which would slow the
            // single-threaded node while 60 set-up transactions are mined one block each).
            for (var i = 0; i < Ids.Length; i++)
            {
                var dir = Directory.CreateDirectory(Path.Combine(work.FullName, Ids[i])).FullName;
                keepers.Add(KeeperProcess.Start(dll, root, Fixture.RpcUrl, deploymentPath, dir, keys[i].PrivateKey,
                [
                    "--Keeper:State:Provider=postgres",
                    $"--Keeper:State:ConnectionString={postgres.ConnectionString("keepers")}",
                    $"--Keeper:InstanceId={Ids[i]}",
                    $"--Keeper:Coordination:LeaseMilliseconds={LeaseMs}",
                    "--Keeper:Coordination:ClaimBlocks=2",
                    "--Keeper:MaxFeePerGasGwei=500",
                    "--Keeper:Dashboard=false",
                    "--Logging:LogLevel:Default=Information",
                    "--Logging:Console:FormatterName=simple", "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff ", "--Logging:Console:FormatterOptions:SingleLine=true",
                ]));
            }

            foreach (var k in keepers) await k.WaitReadyAsync(CancellationToken.None);
            var head = (long)await Fixture.BlockNumberAsync();
            foreach (var k in keepers)
            {
                while ((await k.PollAsync(CancellationToken.None))?.LastScannedBlock < head || k.Status is null) await Task.Delay(100);
            }

            Output.WriteLine($"{Accounts} positions open after {opened.TotalSeconds:F1} s, 3 keepers ready after {clock.Elapsed.TotalSeconds:F1} s; shards {string.Join(", ", Ids.Select(id => $"{id}: {bySubId.Count(a => Rendezvous.Owner(a, Ids) == id)}"))}");

            await Fixture.Chain.SetAutomineAsync(false);
            await Fixture.Chain.SetIntervalMiningAsync(BlockMs);
            var fromBlock = await Fixture.BlockNumberAsync() + 1;
            decimal[] steps = [1740, 1690, 1640, 1590, 1540, 1490, 1440, 1390, 1340, 1290, 1240, 1200];
            var previous = 2000m;
            var alive = Ids.ToList();
            var kills = new List<Kill>();
            foreach (var price in steps)
            {
                // First-time crossings at this step, and whose shard they are in among the live instances.
                var crossing = ranked.Where(a => borrows[a] / 8.5m > price && borrows[a] / 8.5m <= previous).ToList();
                var victim = kills.Count < 2 && price <= 1640 ? alive.FirstOrDefault(id => crossing.Any(a => Rendezvous.Owner(a, alive) == id)) : null;
                if (victim is not null && kills.Count == 1 && price > 1440) victim = null; // the second kill comes a few steps after the first
                var priceTx = await Fixture.PostPriceAsync("WETH", price);
                if (victim is not null)
                {
                    var index = Array.IndexOf(Ids, victim);
                    var before = await LiquidatorsAsync();
                    Assert.True(before.ContainsKey(keys[index].Address.ToLowerInvariant()), $"{victim} liquidated nothing before it was killed: work was not shared");
                    var inFlight = 0;
                    if (kills.Count == 1)
                    {
                        // The second kill lands while the victim has liquidations signed and broadcast but not mined yet:
                        // the survivors must neither send them again nor lose them.
                        await ReceiptBlockAsync(priceTx);
                        var until = DateTime.UtcNow.AddMilliseconds(BlockMs * 2);
                        while (DateTime.UtcNow < until && (inFlight = (await keepers[index].PollAsync(CancellationToken.None))?.InFlight ?? 0) == 0) await Task.Delay(20);
                    }

                    keepers[index].Kill(); // SIGKILL: the first right after the price update, before the victim saw it
                    var killedAt = await Fixture.BlockNumberAsync();
                    kills.Add(new Kill(victim, keys[index].Address, killedAt, crossing.Where(a => Rendezvous.Owner(a, alive) == victim).ToList(), alive.ToList(), inFlight));
                    alive.Remove(victim);
                    Output.WriteLine($"SIGKILL {victim} at block {killedAt}, price {price}; its accounts crossing now: {kills[^1].Crossing.Count}; its liquidations in flight: {inFlight}");
                }

                var priceBlock = await ReceiptBlockAsync(priceTx);
                await WaitBlocksAsync(priceBlock + 2);
                previous = price;
                foreach (var id in alive) keepers[Array.IndexOf(Ids, id)].ThrowIfExited();
            }

            Assert.Equal(2, kills.Count);
            var survivor = keepers[Array.IndexOf(Ids, alive.Single())];
            var settled = await WaitUntilNoneLiquidatableAsync(bySubId, TimeSpan.FromSeconds(30));
            await WaitBlocksAsync(await Fixture.BlockNumberAsync() + 2);
            var report = await LiquidationAudit.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, bySubId, keys.Select(k => k.Address).ToList(), fromBlock);
            Output.WriteLine(report.Summary);
            var byKeeper = report.Liquidations.GroupBy(l => l.Liquidator.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList());
            for (var i = 0; i < Ids.Length; i++)
            {
                var mine = byKeeper.GetValueOrDefault(keys[i].Address.ToLowerInvariant()) ?? [];
                var kill = kills.FirstOrDefault(k => k.Id == Ids[i]);
                Output.WriteLine($"{Ids[i]}: {mine.Count} liquidations{(kill is null ? " (survivor)" : $", killed at block {kill.Block}")}");
                Assert.True(mine.Count > 0, $"{Ids[i]} liquidated nothing");
            }

            foreach (var kill in kills)
            {
                // After the kill, the survivors liquidate the victim's former shard; the first such liquidation is the take-over.
                var byOthers = report.Liquidations.Where(l => l.Block > kill.Block && Rendezvous.Owner(l.Account, kill.LiveBefore) == kill.Id
                                                              && !l.Liquidator.Equals(kill.Address, StringComparison.OrdinalIgnoreCase)).ToList();
                Assert.True(byOthers.Count > 0, $"nobody liquidated {kill.Id}'s accounts after it was killed");
                var crossing = byOthers.Where(l => kill.Crossing.Contains(l.Account)).Select(l => l.Block).DefaultIfEmpty(BigInteger.MinusOne).Min();
                Output.WriteLine($"METRIC takeover delay after SIGKILL of {kill.Id} ({kill.InFlight} of its liquidations in flight): first liquidation of its former shard by a survivor " +
                                 $"{byOthers.Min(l => l.Block) - kill.Block} blocks after the kill" +
                                 (crossing >= 0 ? $", of an account that crossed at the kill {crossing - kill.Block} blocks after" : string.Empty) +
                                 $" (lease {LeaseMs} ms, a block every {BlockMs} ms; {byOthers.Count} liquidations of its former shard by the survivors)");
            }

            Assert.Contains(kills, k => k.InFlight == 0);
            Output.WriteLine($"all settled {settled.TotalSeconds:F1} s after the last step; whole test {clock.Elapsed.TotalSeconds:F1} s; survivor log {survivor.LogPath}");
            report.AssertClean();
        }
        finally
        {
            foreach (var k in keepers) k.Dispose();
            await Fixture.Chain.SetIntervalMiningAsync(0);
            await Fixture.Chain.SetAutomineAsync(true);
            if (Environment.GetEnvironmentVariable("KEEP_SCALEOUT") is null) { try { work.Delete(recursive: true); } catch (IOException) { } }
        }
    }

    private sealed record Kill(string Id, string Address, BigInteger Block, IReadOnlyList<AccountId> Crossing, IReadOnlyList<string> LiveBefore, int InFlight);

    private async Task<Dictionary<string, int>> LiquidatorsAsync() =>
        (await Fixture.LiquidationsAsync()).GroupBy(e => e.Event.Liquidator.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());

    private async Task<BigInteger> ReceiptBlockAsync(string hash)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await Fixture.Admin.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash) is { } r) return r.BlockNumber.Value;
            await Task.Delay(100);
        }

        throw new TimeoutException($"price update {hash} not mined within 10 s");
    }

    private async Task WaitBlocksAsync(BigInteger block)
    {
        while (await Fixture.BlockNumberAsync() < block) await Task.Delay(100);
    }

    private async Task<TimeSpan> WaitUntilNoneLiquidatableAsync(IReadOnlyList<AccountId> accounts, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        var vault = new MarginVaultService(Fixture.Admin.Web3, Fixture.Deployment.MarginVault);
        while (sw.Elapsed < timeout)
        {
            var batch = await vault.HealthBatchQueryAsync(new HealthBatchFunction { Owners = accounts.Select(a => a.Owner).ToList(), SubIds = accounts.Select(a => a.SubId).ToList() },
                BlockParameter.CreateLatest());
            if (!Enumerable.Range(0, accounts.Count).Any(i => !batch.Debts[i].IsZero && batch.Healths[i] < WadMath.WAD)) return sw.Elapsed;
            await Task.Delay(250);
        }

        return sw.Elapsed;
    }
}
