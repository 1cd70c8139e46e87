using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Tests.State;

/// <summary>The behaviour every <see cref="IKeeperStore"/> must have; run against SQLite and PostgreSQL by the subclasses.</summary>
public abstract class KeeperStoreContract : IAsyncLifetime
{
    private const string Keeper = "0x00000000000000000000000000000000000000AA";
    private readonly List<IKeeperStore> _open = [];
    protected static readonly AccountId Alice = new("0x1111111111111111111111111111111111111111", 0);
    private static readonly AccountId Bob = new("0x2222222222222222222222222222222222222222", 7);

    /// <summary>Opens the store under test (the same database on every call, so reopening tests persistence).</summary>
    protected abstract IKeeperStore OpenStore();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var s in _open) s.Dispose();
        return Task.CompletedTask;
    }

    private IKeeperStore Open()
    {
        var s = OpenStore();
        _open.Add(s);
        return s;
    }

    private static SentTx Tx(long nonce, string hash, TxKind kind = TxKind.Liquidate, AccountId? account = null) =>
        new(0, Keeper, nonce, hash, "0x02", kind, account?.Owner, account?.SubId.ToString(), account is null ? null : "0x00000000000000000000000000000000000000C0",
            TxStatus.Signed, 100 + nonce, "2000000000", "1000000000", 300_000, "test");

    [Fact]
    public void MigrationsApplyOnceAndSurviveReopening()
    {
        var store = Open();
        Assert.Equal(4, store.SchemaVersion);
        store.SetLastBlock(5);
        var again = Open();
        Assert.Equal(4, again.SchemaVersion);
        Assert.Equal(new BigInteger(5), again.LastBlock);
    }

    [Fact]
    public void PerpPositionsAreIndexedIdempotentlyAndSurviveReopening()
    {
        var store = Open();
        store.SetPerpPosition(Alice, 0, BigInteger.Parse("5000000000000000000"), 10);
        store.SetPerpPosition(Bob, 2, -3, 11);
        store.SetPerpPosition(Alice, 0, BigInteger.Parse("5000000000000000000"), 10); // the same event re-read (reorg window)
        store.SetPerpPosition(Alice, 1, null, 12); // touched by a liquidation: size unknown until read
        var again = Open();
        Assert.Equal(
            [new StoredPerpPosition(Alice, 0, BigInteger.Parse("5000000000000000000")), new StoredPerpPosition(Bob, 2, -3), new StoredPerpPosition(Alice, 1, null)],
            again.PerpPositions());
        again.SetPerpPosition(Bob, 2, 0, 13);
        Assert.Equal([new StoredPerpPosition(Alice, 0, BigInteger.Parse("5000000000000000000")), new StoredPerpPosition(Alice, 1, null)], again.PerpPositions());
        Assert.Equal(3, again.PerpPositions(openOnly: false).Count);
    }

    [Fact]
    public async Task BlockProgressRoundTripsThroughNethereumsRepository()
    {
        var store = Open();
        Assert.Null(store.LastBlock);
        var progress = new KeeperBlockProgressRepository(store, reorgDepth: 3);
        Assert.Null(await progress.GetLastBlockNumberProcessedAsync());
        await progress.UpsertProgressAsync(42);
        Assert.Equal(new BigInteger(42), store.LastBlock);
        Assert.Equal(new BigInteger(39), await progress.GetLastBlockNumberProcessedAsync());
        await progress.UpsertProgressAsync(1);
        Assert.Equal(BigInteger.MinusOne, await progress.GetLastBlockNumberProcessedAsync());
    }

    [Fact]
    public void AccountsAreAddedOnceAndListedInOrderOfDiscovery()
    {
        var store = Open();
        Assert.True(store.AddAccount(Bob, 10));
        Assert.True(store.AddAccount(Alice, 11));
        Assert.False(store.AddAccount(new AccountId(Bob.Owner.ToUpperInvariant().Replace("0X", "0x"), 7), 12));
        Assert.True(store.AddAccount(new AccountId(Bob.Owner, 8), 10));
        var accounts = store.Accounts();
        Assert.Equal(3, accounts.Count);
        Assert.Equal(Bob.Owner, accounts[0].Owner, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(7, (int)accounts[0].SubId);
        Assert.Equal(8, (int)accounts[1].SubId);
        Assert.Equal(Alice.Owner, accounts[2].Owner, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void SignedTransactionsAdvanceTheNonceAndTrackTheirStatus()
    {
        var store = Open();
        Assert.Null(store.NextNonce(Keeper));
        store.SetNextNonce(Keeper, 3);
        Assert.Equal(3, store.NextNonce(Keeper.ToLowerInvariant()));
        var id = store.RecordSigned(Tx(3, "0xA3", account: Alice), 4);
        Assert.True(id > 0);
        Assert.Equal(4, store.NextNonce(Keeper));
        store.RecordSigned(Tx(3, "0xb3", kind: TxKind.Cancel), 4);
        store.RecordSigned(Tx(2, "0xb2", kind: TxKind.Approve), 3); // never moves the nonce backwards
        Assert.Equal(4, store.NextNonce(Keeper));
        Assert.True(store.HasOpenLiquidation(Alice));
        Assert.False(store.HasOpenLiquidation(Bob));

        Assert.Equal([2L, 3L, 3L], store.OpenTxs(Keeper).Select(t => t.Nonce));
        Assert.Equal(["0xa3", "0xb3"], store.Attempts(Keeper, 3).Select(t => t.Hash));
        store.SetStatus("0xA3", TxStatus.Sent);
        store.SetStatus("0xa3", TxStatus.Won, "mined");
        store.SetStatus("0xb3", TxStatus.Dropped);
        Assert.False(store.HasOpenLiquidation(Alice));
        var a3 = store.Attempts(Keeper, 3)[0];
        Assert.Equal(TxStatus.Won, a3.Status);
        Assert.Equal("mined", a3.Detail);
        Assert.Equal(Alice.Owner.ToLowerInvariant(), a3.Owner);
        Assert.Equal(300_000, a3.GasLimit);
        Assert.Single(store.OpenTxs(Keeper));
        Assert.Equal(["0xb2", "0xb3", "0xa3"], store.RecentTxs().Select(t => t.Hash));
        Assert.Equal(2, store.RecentTxs(2).Count);
        var counts = store.TxCounts();
        Assert.Equal(1, counts["liquidate:won"]);
        Assert.Equal(1, counts["cancel:dropped"]);
        Assert.Equal(1, counts["approve:signed"]);
        Assert.Throws<InvalidOperationException>(() => store.RecordSigned(Tx(5, "0xa3"), 6)); // mined: a real duplicate

        // The same bytes signed again after the node dropped them: one row, revived, not a UNIQUE(hash) failure.
        var b3 = store.Attempts(Keeper, 3).Single(t => t.Hash == "0xb3");
        Assert.Equal(TxStatus.Dropped, b3.Status);
        var revived = store.RecordSigned(Tx(3, "0xb3", kind: TxKind.Cancel), 4);
        Assert.Equal(TxStatus.Signed, store.Attempts(Keeper, 3).Single(t => t.Hash == "0xb3").Status);
        Assert.Equal(2, store.Attempts(Keeper, 3).Count);
        Assert.Equal(store.RecentTxs().Single(t => t.Hash == "0xb3").Id, revived);
        Assert.Throws<InvalidOperationException>(() => store.RecordSigned(Tx(3, "0xb3", kind: TxKind.Cancel), 4)); // open now
    }

    [Fact]
    public void MarginCallsAreRaisedOncePerEpisode()
    {
        var store = Open();
        Assert.Null(store.OpenMarginCall(Alice));
        Assert.True(store.RaiseMarginCall(Alice, "liquidatable", "0.95", 10));
        Assert.False(store.RaiseMarginCall(Alice, "liquidatable", "0.90", 11));
        Assert.True(store.RaiseMarginCall(Bob, "below warning level", "1.05", 11));
        Assert.Equal("0.95", store.OpenMarginCall(Alice)!.Health);
        Assert.True(store.ResolveMarginCall(Alice, 12));
        Assert.False(store.ResolveMarginCall(Alice, 13));
        Assert.True(store.RaiseMarginCall(Alice, "liquidatable", "0.80", 14));
        var all = store.MarginCalls();
        Assert.Equal(3, all.Count);
        Assert.Null(all[0].ResolvedBlock);
        Assert.Equal(12, all[^1].ResolvedBlock);
        Assert.Equal(2, store.MarginCalls(openOnly: true).Count);
    }

    [Fact]
    public void ABatchOfRecordsIsReadableInsideAndAfterIt()
    {
        var store = Open();
        store.InBatch(() =>
        {
            for (var n = 0; n < 5; n++) store.RecordSigned(Tx(n, $"0xc{n}", account: n == 2 ? Bob : null), n + 1);
            Assert.True(store.HasOpenLiquidation(Bob)); // the batch reads its own writes
            store.SetStatus("0xc0", TxStatus.Sent);
            store.AddCounter("expected_profit:0xc0", 7);
        });
        Assert.Equal(5, Open().NextNonce(Keeper));
        Assert.Equal([TxStatus.Sent, TxStatus.Signed, TxStatus.Signed, TxStatus.Signed, TxStatus.Signed], Open().OpenTxs(Keeper).Select(t => t.Status));
        Assert.Equal(7, Open().Counter("expected_profit:0xc0"));
    }

    [Fact]
    public void CountersAddBigValuesAndSurviveReopening()
    {
        var store = Open();
        Assert.Equal(BigInteger.Zero, store.Counter("won"));
        Assert.Equal(BigInteger.One, store.AddCounter("won", 1));
        var big = BigInteger.Pow(10, 40);
        store.AddCounter("profit", big);
        Assert.Equal(big - 5, store.AddCounter("profit", -5));
        Assert.Equal(big - 5, Open().Counter("profit"));
    }
}

/// <summary>The contract on SQLite (the embedded default).</summary>
public sealed class SqliteKeeperStoreTests : KeeperStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"keeper-store-{Guid.NewGuid():N}.db");

    protected override IKeeperStore OpenStore() => new SqliteKeeperStore(_path);

    [Fact]
    public void ABatchIsAllOrNothing()
    {
        using var store = OpenStore();
        store.RecordSigned(new SentTx(0, "0xAA", 0, "0xd0", "0x02", TxKind.Liquidate, null, null, null, TxStatus.Signed, 1, "1", "1", 300_000, null), 1);
        Assert.Throws<InvalidOperationException>(() => store.InBatch(() =>
        {
            store.SetStatus("0xd0", TxStatus.Won);
            store.AddCounter("won", 1);
            throw new InvalidOperationException("crash inside the batch");
        }));
        Assert.Equal(TxStatus.Signed, store.Attempts("0xAA", 0).Single().Status);
        Assert.Equal(0, store.Counter("won"));
    }

    [Fact]
    public void KindsAndStatusesReadFromTheTextEarlierKeepersStored()
    {
        // a state file written before TxKind/TxStatus were enums: the same text, read back as enums
        using (var store = OpenStore()) store.SetNextNonce("0xaa", 0);
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = """
                INSERT INTO txs (sender, nonce, hash, raw, kind, owner, sub_id, asset, status, sent_block, max_fee, priority_fee, gas_limit, detail, created_at, updated_at) VALUES
                ('0xaa', 0, '0xe0', '0x02', 'approve', NULL, NULL, NULL, 'won', 1, '1', '1', 80000, NULL, 'then', 'then'),
                ('0xaa', 1, '0xe1', '0x02', 'liquidate', '0x1111111111111111111111111111111111111111', '0', '0xc0', 'sent', 2, '1', '1', 300000, NULL, 'then', 'then'),
                ('0xaa', 2, '0xe2', '0x02', 'setAddOn', NULL, NULL, '0xc0', 'replaced', 3, '1', '1', 150000, NULL, 'then', 'then'),
                ('0xaa', 2, '0xe3', '0x02', 'cancel', NULL, NULL, NULL, 'dropped', 3, '1', '1', 21000, NULL, 'then', 'then')
                """;
            cmd.ExecuteNonQuery();
        }

        using var reopened = OpenStore();
        Assert.Equal([(TxKind.Cancel, TxStatus.Dropped), (TxKind.SetAddOn, TxStatus.Replaced), (TxKind.Liquidate, TxStatus.Sent), (TxKind.Approve, TxStatus.Won)],
            reopened.RecentTxs().Select(t => (t.Kind, t.Status)));
        Assert.True(reopened.HasOpenLiquidation(Alice));
        reopened.SetStatus("0xe1", TxStatus.Lost);
        Assert.Equal(1, reopened.TxCounts()["liquidate:lost"]);
        Assert.Equal(["liquidate", "approve", "cancel", "setAddOn"], new[] { TxKind.Liquidate, TxKind.Approve, TxKind.Cancel, TxKind.SetAddOn }.Select(k => k.Stored()));
        Assert.Throws<InvalidDataException>(() => TxStoredNames.ParseStatus("mined"));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            try { File.Delete(f); } catch (IOException) { }
        }
    }
}

/// <summary>The contract on PostgreSQL (a throw-away cluster, one database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresKeeperStoreTests(PostgresFixture postgres) : KeeperStoreContract
{
    private string _connection = string.Empty;

    public override async Task InitializeAsync() => _connection = await postgres.NewDatabaseAsync();

    protected override IKeeperStore OpenStore() => new PostgresKeeperStore(_connection, "instance-a");

}
