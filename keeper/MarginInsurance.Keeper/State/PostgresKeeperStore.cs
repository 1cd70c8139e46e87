using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using Npgsql;
using static MarginInsurance.Keeper.State.KeeperStoreRows;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The keeper's state in PostgreSQL, shared by several keeper instances: accounts, nonces (per sender), transactions
/// (tagged with the instance that signed them), margin calls, leases and claims are shared; block progress and counters
/// are per <see cref="InstanceId"/>. Own migrations table (<c>keeper_schema_migrations</c>), applied under an advisory
/// lock so instances starting together migrate once. Every call takes a pooled connection: thread-safe.
/// </summary>
public sealed class PostgresKeeperStore : IKeeperStore
{
    private const long MigrationLockKey = 0x6b65657065726d69; // "keepermi"

    private static readonly string[] Migrations =
    [
        // 1: initial schema (same as SQLite's, plus instance ids)
        """
        CREATE TABLE keeper_progress (instance_id TEXT PRIMARY KEY, block BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
        CREATE TABLE keeper_accounts (owner TEXT NOT NULL, sub_id TEXT NOT NULL, first_block BIGINT NOT NULL, PRIMARY KEY (owner, sub_id));
        CREATE TABLE keeper_nonces (sender TEXT PRIMARY KEY, next_nonce BIGINT NOT NULL);
        CREATE TABLE keeper_txs (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, instance_id TEXT NOT NULL, sender TEXT NOT NULL, nonce BIGINT NOT NULL,
            hash TEXT NOT NULL UNIQUE, raw TEXT NOT NULL, kind TEXT NOT NULL, owner TEXT, sub_id TEXT, asset TEXT, status TEXT NOT NULL,
            sent_block BIGINT NOT NULL, max_fee TEXT NOT NULL, priority_fee TEXT NOT NULL, gas_limit BIGINT NOT NULL, detail TEXT,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
        CREATE INDEX keeper_txs_open ON keeper_txs (status);
        CREATE INDEX keeper_txs_account ON keeper_txs (owner, sub_id);
        CREATE INDEX keeper_txs_sender ON keeper_txs (sender, nonce);
        CREATE TABLE keeper_margin_calls (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner TEXT NOT NULL, sub_id TEXT NOT NULL, reason TEXT NOT NULL, health TEXT NOT NULL,
            raised_block BIGINT NOT NULL, resolved_block BIGINT, raised_at TIMESTAMPTZ NOT NULL DEFAULT now(), resolved_at TIMESTAMPTZ);
        CREATE UNIQUE INDEX keeper_margin_calls_open ON keeper_margin_calls (owner, sub_id) WHERE resolved_block IS NULL;
        CREATE TABLE keeper_counters (instance_id TEXT NOT NULL, name TEXT NOT NULL, value NUMERIC NOT NULL, PRIMARY KEY (instance_id, name));
        """,
        // 2: coordination of several instances: leases (heartbeats) and per-account liquidation claims
        """
        CREATE TABLE keeper_leases (
            instance_id TEXT PRIMARY KEY, address TEXT NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            renewed_at TIMESTAMPTZ NOT NULL DEFAULT now(), expires_at TIMESTAMPTZ NOT NULL);
        CREATE TABLE keeper_claims (
            owner TEXT NOT NULL, sub_id TEXT NOT NULL, instance_id TEXT NOT NULL, claimed_block BIGINT NOT NULL,
            claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (owner, sub_id));
        """,
    ];

    /// <summary>Opens the database at <paramref name="connectionString"/> for <paramref name="instanceId"/>, applying missing migrations.</summary>
    public PostgresKeeperStore(string connectionString, string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        InstanceId = instanceId;
        DataSource = NpgsqlDataSource.Create(connectionString);
        Migrate();
    }

    /// <summary>This instance's id (block progress, counters and signed transactions are tagged with it).</summary>
    public string InstanceId { get; }

    /// <summary>The pooled data source (shared with the coordinator).</summary>
    internal NpgsqlDataSource DataSource { get; }

    /// <inheritdoc />
    public string Provider => "postgres";

    /// <inheritdoc />
    public int SchemaVersion => (int)(long)Scalar("SELECT COALESCE(MAX(version), 0)::bigint FROM keeper_schema_migrations")!;

    private void Migrate()
    {
        using var c = DataSource.OpenConnection();
        Exec(c, null, "SELECT pg_advisory_lock(@k)", ("k", MigrationLockKey));
        try
        {
            Exec(c, null, "CREATE TABLE IF NOT EXISTS keeper_schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            var applied = (int)(long)Scalar(c, null, "SELECT COALESCE(MAX(version), 0)::bigint FROM keeper_schema_migrations")!;
            for (var v = applied + 1; v <= Migrations.Length; v++)
            {
                using var tx = c.BeginTransaction();
                Exec(c, tx, Migrations[v - 1]);
                Exec(c, tx, "INSERT INTO keeper_schema_migrations (version) VALUES (@v)", ("v", v));
                tx.Commit();
            }
        }
        finally
        {
            Exec(c, null, "SELECT pg_advisory_unlock(@k)", ("k", MigrationLockKey));
        }
    }

    /* block progress (per instance) */

    /// <inheritdoc />
    public BigInteger? LastBlock => Scalar("SELECT block FROM keeper_progress WHERE instance_id = @i", ("i", InstanceId)) is long b ? b : null;

    /// <inheritdoc />
    public void SetLastBlock(BigInteger block) =>
        Exec("INSERT INTO keeper_progress (instance_id, block) VALUES (@i, @b) ON CONFLICT (instance_id) DO UPDATE SET block = @b, updated_at = now()",
            ("i", InstanceId), ("b", (long)block));

    /* accounts (shared) */

    /// <inheritdoc />
    public bool AddAccount(AccountId account, BigInteger block) =>
        Exec("INSERT INTO keeper_accounts (owner, sub_id, first_block) VALUES (@o, @s, @b) ON CONFLICT DO NOTHING",
            ("o", Owner(account)), ("s", Sub(account)), ("b", (long)block)) > 0;

    /// <inheritdoc />
    public IReadOnlyList<AccountId> Accounts() =>
        Query("SELECT owner, sub_id FROM keeper_accounts ORDER BY first_block, owner COLLATE \"C\", sub_id COLLATE \"C\"",
            ReadAccount);

    /* nonces and transactions */

    /// <inheritdoc />
    public long? NextNonce(string sender) => Scalar("SELECT next_nonce FROM keeper_nonces WHERE sender = @s", ("s", sender.ToLowerInvariant())) is long n ? n : null;

    /// <inheritdoc />
    public void SetNextNonce(string sender, long next) =>
        Exec("INSERT INTO keeper_nonces (sender, next_nonce) VALUES (@s, @n) ON CONFLICT (sender) DO UPDATE SET next_nonce = @n",
            ("s", sender.ToLowerInvariant()), ("n", next));

    /// <inheritdoc />
    public long RecordSigned(SentTx tx, long nextNonce)
    {
        using var c = DataSource.OpenConnection();
        using var t = c.BeginTransaction();
        var id = (long)Scalar(c, t, """
            INSERT INTO keeper_txs (instance_id, sender, nonce, hash, raw, kind, owner, sub_id, asset, status, sent_block, max_fee, priority_fee, gas_limit, detail)
            VALUES (@i, @sender, @nonce, @hash, @raw, @kind, @owner, @sub, @asset, @status, @block, @maxFee, @prio, @gas, @detail) RETURNING id
            """,
            ("i", InstanceId), ("sender", tx.Sender.ToLowerInvariant()), ("nonce", tx.Nonce), ("hash", tx.Hash.ToLowerInvariant()), ("raw", tx.Raw),
            ("kind", tx.Kind.Stored()), ("owner", tx.Owner?.ToLowerInvariant()), ("sub", tx.SubId), ("asset", tx.Asset), ("status", tx.Status.Stored()),
            ("block", tx.SentBlock), ("maxFee", tx.MaxFeePerGas), ("prio", tx.MaxPriorityFeePerGas), ("gas", tx.GasLimit), ("detail", tx.Detail))!;
        Exec(c, t, "INSERT INTO keeper_nonces (sender, next_nonce) VALUES (@s, @n) ON CONFLICT (sender) DO UPDATE SET next_nonce = GREATEST(keeper_nonces.next_nonce, @n)",
            ("s", tx.Sender.ToLowerInvariant()), ("n", nextNonce));
        t.Commit();
        return id;
    }

    /// <inheritdoc />
    public void SetStatus(string hash, TxStatus status, string? detail = null) =>
        Exec("UPDATE keeper_txs SET status = @st, detail = COALESCE(@d, detail), updated_at = now() WHERE hash = @h",
            ("st", status.Stored()), ("d", detail), ("h", hash.ToLowerInvariant()));

    /// <inheritdoc />
    public IReadOnlyList<SentTx> OpenTxs(string sender) =>
        QueryTxs("WHERE sender = @s AND status IN ('signed', 'sent') ORDER BY nonce, id", ("s", sender.ToLowerInvariant()));

    /// <inheritdoc />
    public IReadOnlyList<SentTx> Attempts(string sender, long nonce) =>
        QueryTxs("WHERE sender = @s AND nonce = @n ORDER BY id", ("s", sender.ToLowerInvariant()), ("n", nonce));

    /// <inheritdoc />
    public bool HasOpenLiquidation(AccountId account) =>
        (long)Scalar("SELECT COUNT(*) FROM keeper_txs WHERE kind = 'liquidate' AND owner = @o AND sub_id = @s AND status IN ('signed', 'sent')",
            ("o", Owner(account)), ("s", Sub(account)))! > 0;

    /// <inheritdoc />
    public IReadOnlyList<SentTx> RecentTxs(int limit = 50) => QueryTxs("ORDER BY id DESC LIMIT @l", ("l", limit));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> TxCounts() =>
        Query("SELECT kind || ':' || status, COUNT(*) FROM keeper_txs GROUP BY kind, status", r => (r.GetString(0), r.GetInt64(1)))
            .ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>Open liquidations signed by instances whose lease has expired (or that never held one): the survivors settle them from the chain.</summary>
    internal IReadOnlyList<(string InstanceId, SentTx Tx)> OrphanedLiquidations() =>
        Query($"""
            SELECT t.instance_id, {string.Join(", ", TxColumns.Split(", ").Select(c => "t." + c))} FROM keeper_txs t
            WHERE t.kind = 'liquidate' AND t.status IN ('signed', 'sent') AND t.instance_id <> @me
              AND NOT EXISTS (SELECT 1 FROM keeper_leases l WHERE l.instance_id = t.instance_id AND l.expires_at > now())
            ORDER BY t.id
            """, r => (r.GetString(0), ReadTx(r, 1)), ("me", InstanceId));

    private IReadOnlyList<SentTx> QueryTxs(string where, params (string, object?)[] args) =>
        Query($"SELECT {TxColumns} FROM keeper_txs " + where, r => ReadTx(r, 0), args);

    /* margin calls (shared) */

    /// <inheritdoc />
    public MarginCallRecord? OpenMarginCall(AccountId account) =>
        QueryCalls("WHERE owner = @o AND sub_id = @s AND resolved_block IS NULL", ("o", Owner(account)), ("s", Sub(account))).FirstOrDefault();

    /// <inheritdoc />
    public bool RaiseMarginCall(AccountId account, string reason, string health, BigInteger block) =>
        Exec("""
            INSERT INTO keeper_margin_calls (owner, sub_id, reason, health, raised_block) VALUES (@o, @s, @r, @h, @b)
            ON CONFLICT (owner, sub_id) WHERE resolved_block IS NULL DO NOTHING
            """, ("o", Owner(account)), ("s", Sub(account)), ("r", reason), ("h", health), ("b", (long)block)) > 0;

    /// <inheritdoc />
    public bool ResolveMarginCall(AccountId account, BigInteger block) =>
        Exec("UPDATE keeper_margin_calls SET resolved_block = @b, resolved_at = now() WHERE owner = @o AND sub_id = @s AND resolved_block IS NULL",
            ("b", (long)block), ("o", Owner(account)), ("s", Sub(account))) > 0;

    /// <inheritdoc />
    public IReadOnlyList<MarginCallRecord> MarginCalls(bool openOnly = false) =>
        QueryCalls((openOnly ? "WHERE resolved_block IS NULL " : string.Empty) + "ORDER BY resolved_block IS NOT NULL, id DESC");

    private IReadOnlyList<MarginCallRecord> QueryCalls(string where, params (string, object?)[] args) =>
        Query($"SELECT {CallColumns} FROM keeper_margin_calls " + where, ReadCall, args);

    /* counters (per instance) */

    /// <inheritdoc />
    public BigInteger AddCounter(string name, BigInteger delta) =>
        BigInteger.Parse((string)Scalar("""
            INSERT INTO keeper_counters (instance_id, name, value) VALUES (@i, @n, @d::numeric)
            ON CONFLICT (instance_id, name) DO UPDATE SET value = keeper_counters.value + @d::numeric RETURNING value::text
            """, ("i", InstanceId), ("n", name), ("d", delta.ToString(CultureInfo.InvariantCulture)))!, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public BigInteger Counter(string name) =>
        Scalar("SELECT value::text FROM keeper_counters WHERE instance_id = @i AND name = @n", ("i", InstanceId), ("n", name)) is string s
            ? BigInteger.Parse(s, CultureInfo.InvariantCulture)
            : BigInteger.Zero;

    /* plumbing */

    internal int Exec(string sql, params (string, object?)[] args)
    {
        using var c = DataSource.OpenConnection();
        return Exec(c, null, sql, args);
    }

    internal static int Exec(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, params (string, object?)[] args)
    {
        using var c = DataSource.OpenConnection();
        return Scalar(c, null, sql, args);
    }

    internal static object? Scalar(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    internal IReadOnlyList<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params (string, object?)[] args)
    {
        using var c = DataSource.OpenConnection();
        using var cmd = Command(c, null, sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, (string, object?)[] args)
    {
        var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    /// <summary>Closes the pool.</summary>
    public void Dispose() => DataSource.Dispose();
}
