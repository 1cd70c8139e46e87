using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Dapper;
using Npgsql;
using static MarginInsurance.Keeper.State.KeeperStoreRows;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The keeper's state in PostgreSQL, shared by several keeper instances: <see cref="KeeperStoreCore"/> with its PostgreSQL
/// dialect. Accounts, nonces (per sender), transactions (tagged with the instance that signed them), margin calls, leases
/// and claims are shared; block progress and counters are per <see cref="InstanceId"/>. Own migrations table
/// (<c>keeper_schema_migrations</c>), applied under an advisory lock so instances starting together migrate once. Every
/// call takes a pooled connection: thread-safe.
/// </summary>
public sealed class PostgresKeeperStore : KeeperStoreCore
{
    private const long MigrationLockKey = 0x6b65657065726d69; // "keepermi"

    private static readonly KeeperSqlDialect Dialect = new(
        TablePrefix: "keeper_",
        ProgressKeyColumn: "instance_id",
        Now: "now()",
        NonceHighWater: "GREATEST(keeper_nonces.next_nonce, @n)",
        BinaryCollation: " COLLATE \"C\"",
        TxInstanceColumn: "instance_id",
        MigrationsTable: "keeper_schema_migrations",
        MigrationsTableDdl: "CREATE TABLE IF NOT EXISTS keeper_schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        Migrations:
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
        // 3: perpetual positions indexed from the vault's events, shared (size NULL: changed by a liquidation, re-read from the chain)
        """
        CREATE TABLE keeper_perp_positions (
            owner TEXT NOT NULL, sub_id TEXT NOT NULL, market_id BIGINT NOT NULL, size TEXT, first_block BIGINT NOT NULL,
            updated_block BIGINT NOT NULL, PRIMARY KEY (owner, sub_id, market_id));
        """,
        // 4: the (sender, nonce) index SQLite gained at its version 4 (PostgreSQL has had it since 1): versions stay in step
        """
        CREATE INDEX IF NOT EXISTS keeper_txs_sender ON keeper_txs (sender, nonce);
        """,
    ]);

    /// <summary>Opens the database at <paramref name="connectionString"/> for <paramref name="instanceId"/>, applying missing migrations.</summary>
    public PostgresKeeperStore(string connectionString, string instanceId)
        : base(Dialect, progressKey: RequireInstance(instanceId), instanceId: instanceId)
    {
        InstanceId = instanceId;
        DataSource = NpgsqlDataSource.Create(connectionString);
        Migrate();
    }

    /// <summary>This instance's id (block progress, counters and signed transactions are tagged with it).</summary>
    public string InstanceId { get; }

    /// <summary>The pooled data source (shared with the coordinator).</summary>
    internal NpgsqlDataSource DataSource { get; }

    /// <inheritdoc />
    public override string Provider => "postgres";

    private static string RequireInstance(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return instanceId;
    }

    private void Migrate()
    {
        using var c = DataSource.OpenConnection();
        Exec(c, null, "SELECT pg_advisory_lock(@k)", ("k", MigrationLockKey));
        try
        {
            ApplyMigrations(c);
        }
        finally
        {
            Exec(c, null, "SELECT pg_advisory_unlock(@k)", ("k", MigrationLockKey));
        }
    }

    /// <summary>Open liquidations signed by instances whose lease has expired (or that never held one): the survivors settle them from the chain.</summary>
    internal IReadOnlyList<(string InstanceId, SentTx Tx)> OrphanedLiquidations() =>
        Query($"""
            SELECT t.instance_id, {string.Join(", ", TxColumns.Split(", ").Select(c => "t." + c))} FROM keeper_txs t
            WHERE t.kind = 'liquidate' AND t.status IN ('signed', 'sent') AND t.instance_id <> @me
              AND NOT EXISTS (SELECT 1 FROM keeper_leases l WHERE l.instance_id = t.instance_id AND l.expires_at > now())
            ORDER BY t.id
            """, r => (r.GetString(0), r.GetRowParser<SentTx>(startIndex: 1)(r)), ("me", InstanceId));

    /* counters (per instance) */

    /// <inheritdoc />
    public override BigInteger AddCounter(string name, BigInteger delta) =>
        BigInteger.Parse((string)Scalar("""
            INSERT INTO keeper_counters (instance_id, name, value) VALUES (@i, @n, @d::numeric)
            ON CONFLICT (instance_id, name) DO UPDATE SET value = keeper_counters.value + @d::numeric RETURNING value::text
            """, ("i", InstanceId), ("n", name), ("d", delta.ToString(CultureInfo.InvariantCulture)))!, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override BigInteger Counter(string name) =>
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

    private protected override T Use<T>(Func<DbConnection, DbTransaction?, T> work, bool inTransaction = false)
    {
        using var c = DataSource.OpenConnection();
        return Run(c, work, inTransaction);
    }

    /// <summary>Closes the pool.</summary>
    public override void Dispose() => DataSource.Dispose();
}
