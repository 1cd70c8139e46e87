using System.Numerics;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using MarginInsurance.Keeper.Tests.State;
using MarginInsurance.Sdk.Accounts;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarginInsurance.Keeper.Tests.Coordination;

/// <summary>Leases, shards and claims of several instances on one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CoordinationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private string _connection = string.Empty;

    public async Task InitializeAsync() => _connection = await postgres.NewDatabaseAsync();

    public Task DisposeAsync()
    {
        foreach (var d in Enumerable.Reverse(_owned)) d.Dispose();
        return Task.CompletedTask;
    }

    private (PostgresKeeperStore Store, PostgresCoordinator Coordinator) Instance(string id, int leaseMs = 1000, int claimBlocks = 2)
    {
        var store = new PostgresKeeperStore(_connection, id);
        var coordinator = new PostgresCoordinator(store, $"0x{id.GetHashCode():x40}"[..42], new CoordinationOptions { LeaseMilliseconds = leaseMs, ClaimBlocks = claimBlocks }, NullLogger.Instance);
        _owned.Add(store);
        _owned.Add(coordinator);
        return (store, coordinator);
    }

    private static IReadOnlyList<AccountId> Accounts(int n) => Enumerable.Range(1, n).Select(i => new AccountId($"0x{i:x40}", 0)).ToList();

    private static SentTx Liquidation(string sender, long nonce, AccountId account) =>
        new(0, sender, nonce, $"0x{Guid.NewGuid():N}", "0x02", TxKind.Liquidate, account.Owner, "0", "0x00000000000000000000000000000000000000C0",
            TxStatus.Signed, 10, "1", "1", 300_000, null);

    [Fact]
    public async Task InstancesJoinAndLeaveAndEveryAccountIsOwnedByExactlyOneLiveInstance()
    {
        var accounts = Accounts(90);
        // Only b's lease must run out during the test; the others' outlive a loaded machine's pauses between refreshes.
        var a = Instance("keeper-a", leaseMs: 10_000);
        var b = Instance("keeper-b");
        var c = Instance("keeper-c", leaseMs: 10_000);
        var all = new[] { a.Coordinator, b.Coordinator, c.Coordinator };
        foreach (var x in all) x.Refresh();
        Assert.All(all, x => Assert.Equal(["keeper-a", "keeper-b", "keeper-c"], x.LiveInstances));
        AssertPartition(accounts, all);
        var before = b.Coordinator.ShardOf(accounts);
        Assert.NotEmpty(before);

        b.Coordinator.Abandon(); // killed: the heartbeat stops, the lease stays until it expires
        var survivors = new[] { a.Coordinator, c.Coordinator };
        await Task.Delay(1300);
        foreach (var x in survivors) x.Refresh();
        Assert.All(survivors, x => Assert.Equal(["keeper-a", "keeper-c"], x.LiveInstances));
        AssertPartition(accounts, survivors);

        var d = Instance("keeper-d", leaseMs: 10_000); // joins
        foreach (var x in new[] { a.Coordinator, c.Coordinator, d.Coordinator }) x.Refresh();
        AssertPartition(accounts, [a.Coordinator, c.Coordinator, d.Coordinator]);
        Assert.NotEmpty(d.Coordinator.ShardOf(accounts));

        c.Coordinator.Dispose(); // graceful stop: gives the lease up at once
        foreach (var x in new[] { a.Coordinator, d.Coordinator }) x.Refresh();
        AssertPartition(accounts, [a.Coordinator, d.Coordinator]);
    }

    private static void AssertPartition(IReadOnlyList<AccountId> accounts, IReadOnlyList<IKeeperCoordinator> live)
    {
        var shards = live.Select(x => x.ShardOf(accounts)).ToList();
        Assert.Equal(accounts.Count, shards.Sum(s => s.Count));
        Assert.Equal(accounts.Count, shards.SelectMany(s => s).Distinct().Count());
    }

    [Fact]
    public async Task TwoInstancesRacingForTheSameAccountsHaveExactlyOneWinnerEach()
    {
        var accounts = Accounts(40);
        var a = Instance("keeper-a", leaseMs: 5000);
        var b = Instance("keeper-b", leaseMs: 5000);
        var wins = await Task.WhenAll(accounts.Select(acc => Task.WhenAll(
            Task.Run(() => a.Coordinator.TryClaim(acc, 100)),
            Task.Run(() => b.Coordinator.TryClaim(acc, 100)))));
        Assert.All(wins, w => Assert.Equal(1, w.Count(x => x)));
    }

    [Fact]
    public void ALiquidationInFlightBlocksEveryoneAndAFreshClaimBlocksTheOthersForClaimBlocks()
    {
        var account = Accounts(1)[0];
        var a = Instance("keeper-a", leaseMs: 5000, claimBlocks: 2);
        var b = Instance("keeper-b", leaseMs: 5000, claimBlocks: 2);
        Assert.True(a.Coordinator.TryClaim(account, 100));
        Assert.False(b.Coordinator.TryClaim(account, 100)); // claimed by a just now
        Assert.False(b.Coordinator.TryClaim(account, 101));
        Assert.True(a.Coordinator.TryClaim(account, 101)); // a's own claim does not block a

        var tx = Liquidation("0x00000000000000000000000000000000000000aa", 0, account);
        a.Store.RecordSigned(tx, 1);
        Assert.False(a.Coordinator.TryClaim(account, 101)); // in flight: nobody, not even a
        Assert.False(b.Coordinator.TryClaim(account, 500));
        a.Store.SetStatus(tx.Hash, TxStatus.Won);
        Assert.False(b.Coordinator.TryClaim(account, 102)); // claim window: 101 > 102 - 2
        Assert.True(b.Coordinator.TryClaim(account, 103));
    }

    [Fact]
    public async Task LiquidationsInFlightOfAnInstanceWhoseLeaseExpiredAreOrphans()
    {
        var account = Accounts(1)[0];
        var a = Instance("keeper-a", leaseMs: 800);
        var b = Instance("keeper-b", leaseMs: 800);
        var tx = Liquidation("0x00000000000000000000000000000000000000aa", 0, account);
        a.Store.RecordSigned(tx, 1);
        Assert.Empty(b.Coordinator.OrphanedLiquidations()); // a is alive

        a.Coordinator.Abandon();
        await Task.Delay(1100);
        var orphan = Assert.Single(b.Coordinator.OrphanedLiquidations());
        Assert.Equal("keeper-a", orphan.InstanceId);
        Assert.Equal(tx.Hash, orphan.Tx.Hash);
        Assert.False(b.Coordinator.TryClaim(account, 1000)); // still blocks until settled from the chain
        b.Store.SetStatus(tx.Hash, TxStatus.Dropped, "settled");
        Assert.Empty(b.Coordinator.OrphanedLiquidations());
        Assert.True(b.Coordinator.TryClaim(account, 1000));
    }

    [Fact]
    public void SqliteIsTheDefaultAndOneInstanceOwnsEverything()
    {
        var path = Path.Combine(Path.GetTempPath(), $"keeper-default-{Guid.NewGuid():N}.db");
        var options = new KeeperOptions { StatePath = path };
        Assert.True(new KeeperOptionsValidator().Validate(null, options).Succeeded);
        using (var store = KeeperStores.Open(options, "0xAbC"))
        using (var coordinator = KeeperStores.Coordinator(store, options, "0xAbC", NullLogger.Instance))
        {
            Assert.IsType<SqliteKeeperStore>(store);
            Assert.Equal("0xabc", coordinator.InstanceId);
            var accounts = Accounts(5);
            Assert.Equal(accounts, coordinator.ShardOf(accounts));
            Assert.True(coordinator.TryClaim(accounts[0], 1));
            Assert.True(coordinator.TryClaim(accounts[0], 1));
        }

        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
    }

    [Theory]
    [InlineData("mysql", null, null, 10000, "Keeper:State:Provider 'mysql'")]
    [InlineData("postgres", null, null, 10000, "Keeper:State:ConnectionString is empty")]
    [InlineData("postgres", "Host=x;Bogus Key=1", null, 10000, "Keeper:State:ConnectionString is not a valid")]
    [InlineData("postgres", "Host=x", "bad id!", 10000, "Keeper:InstanceId 'bad id!'")]
    [InlineData("postgres", "Host=x", null, 100, "Keeper:Coordination:LeaseMilliseconds 100")]
    [InlineData("postgres", "Host=x", null, 1500, "at least twice Keeper:PollIntervalMilliseconds")]
    public void InvalidStateSettingsAreNamedWithTheirFix(string provider, string? connection, string? instance, int leaseMs, string expected)
    {
        var o = new KeeperOptions { InstanceId = instance, State = { Provider = provider, ConnectionString = connection }, Coordination = { LeaseMilliseconds = leaseMs } };
        var result = new KeeperOptionsValidator().Validate(null, o);
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
    }
}
