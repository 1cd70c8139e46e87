using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using MarginInsurance.LocalChain;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>Hand-over of a dead instance's liquidation in flight, with two engines on one PostgreSQL and a real node.</summary>
public sealed class HandOverTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact(Timeout = 120_000)]
    public async Task ALiquidationSignedByAnInstanceThatDiedBeforeBroadcastingIsBroadcastBySurvivorAndNeverSentTwice()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        await postgres.CreateDatabaseAsync("keepers");
        KeeperOptions Pg(string id) => Options(o =>
        {
            o.State.Provider = KeeperStateOptions.Postgres;
            o.State.ConnectionString = postgres.ConnectionString("keepers");
            o.InstanceId = id;
            o.PollIntervalMilliseconds = 250;
            o.Coordination.LeaseMilliseconds = 1000;
            o.MinProfit = "0";
        });

        var (_, account) = await Fixture.OpenAsync("WETH", "10", "15000");
        var a = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Pg("keeper-a"));
        var b = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Pg("keeper-b"));
        try
        {
            await a.TickAsync(force: true);
            await b.TickAsync(force: true);
            Assert.Equal(["keeper-a", "keeper-b"], b.Coordinator.LiveInstances);

            await Fixture.Chain.SetAutomineAsync(false);
            await Fixture.PostPriceAsync("WETH", 1700m);
            await Fixture.Chain.MineAsync();

            // The account's owner among the two signs, records and
            // "dies" before its broadcast: the bytes are only in the shared database.
            var shardOfA = a.Coordinator.ShardOf([account]).Count == 1;
            var owner = shardOfA ? a : b;
            var other = shardOfA ? b : a;
            owner.Transactions.AfterRecord = _ => throw new IOException("power lost between signing and broadcasting");
            await Assert.ThrowsAsync<IOException>(() => owner.TickAsync(force: true));
            ((PostgresCoordinator)owner.Coordinator).Abandon();
            var orphan = Assert.Single(owner.Store.OpenTxs(owner.Address));
            Assert.Equal(TxStatus.Signed, orphan.Status);

            // While the dead instance's lease is fresh its liquidation blocks the account; the survivor sends nothing.
            other.Transactions.AfterRecord = null;
            var blocked = await other.TickAsync(force: true);
            Assert.Equal(0, blocked!.Sent);

            await Task.Delay(1300); // lease expired
            var takeover = await other.TickAsync(force: true);
            Assert.Equal([other.Coordinator.InstanceId], other.Coordinator.LiveInstances);
            Assert.Equal(1, takeover!.Accounts); // the survivor now owns the account …
            Assert.Equal(0, takeover.Sent);      // … but the orphan was rebroadcast from its stored bytes instead of a second send
            Assert.Equal(TxStatus.Sent, other.Store.Attempts(owner.Address, orphan.Nonce).Single().Status);

            await Fixture.Chain.MineAsync();
            await other.TickAsync(force: true);
            var settled = other.Store.Attempts(owner.Address, orphan.Nonce).Single();
            Assert.Equal(TxStatus.Won, settled.Status);
            Assert.Contains($"settled by {other.Coordinator.InstanceId}", settled.Detail);
            var events = (await Fixture.LiquidationsAsync()).Where(e => e.Event.Owner.Equals(account.Owner, StringComparison.OrdinalIgnoreCase)).ToList();
            var only = Assert.Single(events);
            Assert.Equal(owner.Address, only.Event.Liquidator, StringComparer.OrdinalIgnoreCase);
            Output.WriteLine($"dead {owner.Coordinator.InstanceId}'s signed liquidation {orphan.Hash} broadcast and settled by {other.Coordinator.InstanceId}; one liquidation on chain");
        }
        finally
        {
            Stop(a); // before the database goes away
            Stop(b);
        }
    }
}
