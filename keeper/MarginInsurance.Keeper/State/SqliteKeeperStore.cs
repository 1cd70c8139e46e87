using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The keeper's SQLite state (the embedded default, one instance): <see cref="KeeperStoreCore"/> over one connection with
/// serialized access, its SQLite dialect (unprefixed tables, one block-progress row, ISO-8601 text times) and its schema.
/// </summary>
public sealed class SqliteKeeperStore : KeeperStoreCore
{
    private static readonly KeeperSqlDialect Dialect = new(
        TablePrefix: string.Empty,
        ProgressKeyColumn: "id",
        Now: "@now",
        NonceHighWater: "MAX(next_nonce, @n)",
        BinaryCollation: string.Empty,
        TxInstanceColumn: null,
        MigrationsTable: "schema_migrations",
        MigrationsTableDdl: "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        Migrations:
        [
            // 1: initial schema
            """
            CREATE TABLE progress (id INTEGER PRIMARY KEY CHECK (id = 1), block INTEGER NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE accounts (owner TEXT NOT NULL, sub_id TEXT NOT NULL, first_block INTEGER NOT NULL, PRIMARY KEY (owner, sub_id));
            CREATE TABLE nonces (sender TEXT PRIMARY KEY, next_nonce INTEGER NOT NULL);
            CREATE TABLE txs (
                id INTEGER PRIMARY KEY AUTOINCREMENT, sender TEXT NOT NULL, nonce INTEGER NOT NULL, hash TEXT NOT NULL UNIQUE, raw TEXT NOT NULL,
                kind TEXT NOT NULL, owner TEXT, sub_id TEXT, asset TEXT, status TEXT NOT NULL, sent_block INTEGER NOT NULL,
                max_fee TEXT NOT NULL, priority_fee TEXT NOT NULL, gas_limit INTEGER NOT NULL, detail TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX txs_open ON txs (status);
            CREATE INDEX txs_account ON txs (owner, sub_id);
            CREATE TABLE margin_calls (
                id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, sub_id TEXT NOT NULL, reason TEXT NOT NULL, health TEXT NOT NULL,
                raised_block INTEGER NOT NULL, resolved_block INTEGER, raised_at TEXT NOT NULL, resolved_at TEXT);
            CREATE UNIQUE INDEX margin_calls_open ON margin_calls (owner, sub_id) WHERE resolved_block IS NULL;
            """,
            // 2: counters that survive restarts (lost races, profit, gas)
            """
            CREATE TABLE counters (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            """,
            // 3: perpetual positions indexed from the vault's events (size NULL: changed by a liquidation, re-read from the chain)
            """
            CREATE TABLE perp_positions (
                owner TEXT NOT NULL, sub_id TEXT NOT NULL, market_id INTEGER NOT NULL, size TEXT, first_block INTEGER NOT NULL,
                updated_block INTEGER NOT NULL, PRIMARY KEY (owner, sub_id, market_id));
            """,
            // 4: a transaction's attempts by (sender, nonce) without a table scan: tracking a crash's thousands of mined
            // liquidations read every nonce's attempts by scanning the whole table (quadratic; 10 s for 1,700 of 5,000)
            """
            CREATE INDEX IF NOT EXISTS txs_sender ON txs (sender, nonce);
            """,
        ]);

    private readonly SqliteConnection _db;
    private readonly Lock _lock = new();
    private DbTransaction? _batch; // the open InBatch transaction (only touched under _lock)

    /// <summary>Opens (creating and migrating) the store at <paramref name="path"/>.</summary>
    public SqliteKeeperStore(string path)
        : base(Dialect, progressKey: 1L, instanceId: null)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            _db.Open();
            _db.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
            ApplyMigrations(_db);
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override string Provider => "sqlite";

    /// <inheritdoc />
    public override BigInteger AddCounter(string name, BigInteger delta)
    {
        // Values beyond 64 bits are kept as decimal text (SQLite's integers are 64-bit): read, add, write under the lock.
        lock (_lock)
        {
            var value = Counter(name) + delta;
            Execute("INSERT INTO counters (name, value) VALUES (@n, @v) ON CONFLICT(name) DO UPDATE SET value = @v",
                new { n = name, v = value.ToString(CultureInfo.InvariantCulture) });
            return value;
        }
    }

    /// <inheritdoc />
    public override BigInteger Counter(string name) =>
        Use((c, t) => c.ExecuteScalar<string?>("SELECT value FROM counters WHERE name = @n", new { n = name }, t)) is { } s
            ? BigInteger.Parse(s, CultureInfo.InvariantCulture)
            : BigInteger.Zero;

    private protected override T Use<T>(Func<DbConnection, DbTransaction?, T> work, bool inTransaction = false)
    {
        lock (_lock)
        {
            // Inside InBatch every statement joins the batch's transaction (one commit, one fsync, for the whole burst).
            return _batch is { } batch ? work(_db, batch) : Run(_db, work, inTransaction);
        }
    }

    /// <summary>Runs <paramref name="work"/>'s reads and writes as one SQLite transaction: one commit (one fsync) for a whole burst; all or nothing.</summary>
    public override void InBatch(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            if (_batch is not null)
            {
                work();
                return;
            }

            using var tx = _db.BeginTransaction();
            _batch = tx;
            try
            {
                work();
                tx.Commit();
            }
            finally
            {
                _batch = null;
            }
        }
    }

    /// <summary>Closes the connection.</summary>
    public override void Dispose() => _db.Dispose();
}
