using MarginInsurance.Keeper.State;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests.Perpetuals;

/// <summary>Two keeper instances on one PostgreSQL share the perp book: each liquidates its shard, deleveraging ranks the whole side.</summary>
public sealed class PerpScaleOutTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact(Timeout = 240_000)]
    public async Task TwoInstancesLiquidateTheirShardsAndDeleverageWithNoDoubleAndNoRevert()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        await postgres.CreateDatabaseAsync("keepers");
        KeeperOptions Pg(string id) => Options(o =>
        {
            o.State.Provider = KeeperStateOptions.Postgres;
            o.State.ConnectionString = postgres.ConnectionString("keepers");
            o.InstanceId = id;
            o.Coordination.LeaseMilliseconds = 10_000;
        });

        var desk = new PerpDesk(Fixture);
        await desk.FundLiquidityVaultAsync(500_000m);
        await desk.ExhaustInsuranceAsync();
        var accounts = new List<AccountId>();
        for (var i = 0; i < 8; i++) accounts.Add(await desk.OpenAsync("ETH-PERP", 6m + i * 0.5m, 1_000m)); // 12x..19x longs: bankrupt at 1,750
        var shorts = new List<AccountId>();
        for (var i = 0; i < 4; i++) shorts.Add(await desk.OpenAsync("ETH-PERP", -10m, 5_000m + 1_000m * i));
        accounts.AddRange(shorts);

        var keyA = await Fixture.KeeperKeyAsync();
        var keyB = await Fixture.KeeperKeyAsync();
        var a = await StartKeeperAsync(keyA, Pg("keeper-a"));
        var b = await StartKeeperAsync(keyB, Pg("keeper-b"));
        var from = await Fixture.BlockNumberAsync();
        await a.TickAsync(force: true);
        await b.TickAsync(force: true);
        Assert.Equal(["keeper-a", "keeper-b"], b.Coordinator.LiveInstances);
        var shardA = a.Coordinator.ShardOf(accounts).Count;
        Assert.InRange(shardA, 1, accounts.Count - 1); // both instances own some

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1_750m);
        await Fixture.Chain.MineAsync();
        for (var i = 0; i < 12; i++)
        {
            await a.TickAsync(force: true);
            await b.TickAsync(force: true);
            await Fixture.Chain.MineAsync();
        }

        await a.TickAsync(force: true);
        var audit = await PerpAuditReport.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, accounts, [keyA.Address, keyB.Address], from);
        Output.WriteLine($"AUDIT {audit.Summary}");
        audit.AssertClean();
        Assert.Equal(8, audit.Liquidations.Select(l => (l.Event.Owner.ToLowerInvariant(), l.Event.SubId)).Distinct().Count());
        Assert.True(audit.Deleveragings.Count >= 2, $"{audit.Deleveragings.Count} deleveragings");
        var byA = audit.Liquidations.Count(l => l.Event.Liquidator.Equals(keyA.Address, StringComparison.OrdinalIgnoreCase));
        Output.WriteLine($"METRIC perp scale-out: {shardA} of {accounts.Count} accounts in keeper-a's shard; liquidations keeper-a {byA}, keeper-b {audit.Liquidations.Count - byA}; {audit.Deleveragings.Count} deleveragings");
        Assert.Equal(0, a.Metrics.Perps.HealthMismatches.Value + b.Metrics.Perps.HealthMismatches.Value);
    }
}
