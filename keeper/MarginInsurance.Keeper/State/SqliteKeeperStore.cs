using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using Microsoft.Data.Sqlite;
using static MarginInsurance.Keeper.State.KeeperStoreRows;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The keeper's SQLite state (the embedded default, one instance): schema migrations, block progress (for Nethereum's block progress repository),
/// known accounts, next nonce per sender, signed transactions and margin calls. One connection, serialized access.
/// </summary>
public sealed class SqliteKeeperStore : IKeeperStore
{
    private static readonly string[] Migrations =
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
    ];

    private readonly SqliteConnection _db;
    private readonly Lock _lock = new();
    private SqliteTransaction? _batch; // the open InBatch transaction (only touched under _lock)

    /// <summary>Opens (creating and migrating) the store at <paramref name="path"/>.</summary>
    public SqliteKeeperStore(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            _db.Open();
            Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
            Migrate();
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Provider => "sqlite";

    /// <summary>Applied schema version.</summary>
    public int SchemaVersion => (int)(long)Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")!;

    private void Migrate()
    {
        Exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        for (var v = SchemaVersion + 1; v <= Migrations.Length; v++)
        {
            using var tx = _db.BeginTransaction();
            Exec(Migrations[v - 1], tx);
            Exec("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, $t)", tx, ("$v", v), ("$t", Now));
            tx.Commit();
        }
    }

    /* block progress */

    /// <summary>Last fully indexed block, or null before the first pass.</summary>
    public BigInteger? LastBlock
    {
        get
        {
            var v = Scalar("SELECT block FROM progress WHERE id = 1");
            return v is null ? null : new BigInteger((long)v);
        }
    }

    /// <summary>Stores the last fully indexed block.</summary>
    public void SetLastBlock(BigInteger block) =>
        Exec("INSERT INTO progress (id, block, updated_at) VALUES (1, $b, $t) ON CONFLICT(id) DO UPDATE SET block = $b, updated_at = $t",
            null, ("$b", (long)block), ("$t", Now));

    /* accounts */

    /// <summary>Adds an account (idempotent); returns true when new.</summary>
    public bool AddAccount(AccountId account, BigInteger block) =>
        Exec("INSERT OR IGNORE INTO accounts (owner, sub_id, first_block) VALUES ($o, $s, $b)", null,
            ("$o", Owner(account)), ("$s", Sub(account)), ("$b", (long)block)) > 0;

    /// <summary>Every known account.</summary>
    public IReadOnlyList<AccountId> Accounts()
    {
        var list = new List<AccountId>();
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = "SELECT owner, sub_id FROM accounts ORDER BY first_block, owner, sub_id";
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(ReadAccount(r));
        }

        return list;
    }

    /* nonces and transactions */

    /// <summary>Next nonce stored for <paramref name="sender"/>.</summary>
    public long? NextNonce(string sender)
    {
        var v = Scalar("SELECT next_nonce FROM nonces WHERE sender = $s", ("$s", sender.ToLowerInvariant()));
        return v is null ? null : (long)v;
    }

    /// <summary>Sets the next nonce of <paramref name="sender"/>.</summary>
    public void SetNextNonce(string sender, long next) =>
        Exec("INSERT INTO nonces (sender, next_nonce) VALUES ($s, $n) ON CONFLICT(sender) DO UPDATE SET next_nonce = $n", null,
            ("$s", sender.ToLowerInvariant()), ("$n", next));

    /// <summary>Records a signed transaction and advances the sender's nonce in one SQLite transaction (before broadcast).</summary>
    public long RecordSigned(SentTx tx, long nextNonce)
    {
        lock (_lock)
        {
            using var own = _batch is null ? _db.BeginTransaction() : null; // inside InBatch: part of the batch's commit
            var t = own ?? _batch!;
            Exec("""
                INSERT INTO txs (sender, nonce, hash, raw, kind, owner, sub_id, asset, status, sent_block, max_fee, priority_fee, gas_limit, detail, created_at, updated_at)
                VALUES ($sender, $nonce, $hash, $raw, $kind, $owner, $sub, $asset, $status, $block, $maxFee, $prio, $gas, $detail, $t, $t)
                """, t,
                ("$sender", tx.Sender.ToLowerInvariant()), ("$nonce", tx.Nonce), ("$hash", tx.Hash.ToLowerInvariant()), ("$raw", tx.Raw), ("$kind", tx.Kind.Stored()),
                ("$owner", tx.Owner?.ToLowerInvariant()), ("$sub", tx.SubId), ("$asset", tx.Asset), ("$status", tx.Status.Stored()), ("$block", tx.SentBlock),
                ("$maxFee", tx.MaxFeePerGas), ("$prio", tx.MaxPriorityFeePerGas), ("$gas", tx.GasLimit), ("$detail", tx.Detail), ("$t", Now));
            var id = (long)Scalar("SELECT last_insert_rowid()", t)!;
            Exec("INSERT INTO nonces (sender, next_nonce) VALUES ($s, $n) ON CONFLICT(sender) DO UPDATE SET next_nonce = MAX(next_nonce, $n)", t,
                ("$s", tx.Sender.ToLowerInvariant()), ("$n", nextNonce));
            own?.Commit();
            return id;
        }
    }

    /// <summary>Updates a transaction's status (and detail).</summary>
    public void SetStatus(string hash, TxStatus status, string? detail = null) =>
        Exec("UPDATE txs SET status = $st, detail = COALESCE($d, detail), updated_at = $t WHERE hash = $h", null,
            ("$st", status.Stored()), ("$d", detail), ("$t", Now), ("$h", hash.ToLowerInvariant()));

    /// <summary>Transactions of <paramref name="sender"/> not yet final (signed or sent).</summary>
    public IReadOnlyList<SentTx> OpenTxs(string sender) =>
        QueryTxs("WHERE sender = $s AND status IN ('signed', 'sent') ORDER BY nonce, id", ("$s", sender.ToLowerInvariant()));

    /// <summary>Every attempt with <paramref name="nonce"/> of <paramref name="sender"/>.</summary>
    public IReadOnlyList<SentTx> Attempts(string sender, long nonce) =>
        QueryTxs("WHERE sender = $s AND nonce = $n ORDER BY id", ("$s", sender.ToLowerInvariant()), ("$n", nonce));

    /// <summary>Whether a liquidation of the account is in flight.</summary>
    public bool HasOpenLiquidation(AccountId account) =>
        (long)Scalar("SELECT COUNT(*) FROM txs WHERE kind = 'liquidate' AND owner = $o AND sub_id = $s AND status IN ('signed', 'sent')",
            ("$o", Owner(account)), ("$s", Sub(account)))! > 0;

    /// <summary>All transactions, newest first.</summary>
    public IReadOnlyList<SentTx> RecentTxs(int limit = 50) => QueryTxs("ORDER BY id DESC LIMIT $l", ("$l", limit));

    /// <summary>Transaction counts by kind and status.</summary>
    public IReadOnlyDictionary<string, long> TxCounts()
    {
        var result = new Dictionary<string, long>();
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = "SELECT kind || ':' || status, COUNT(*) FROM txs GROUP BY kind, status";
            using var r = cmd.ExecuteReader();
            while (r.Read()) result[r.GetString(0)] = r.GetInt64(1);
        }

        return result;
    }

    private IReadOnlyList<SentTx> QueryTxs(string where, params (string, object?)[] args)
    {
        var list = new List<SentTx>();
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = $"SELECT {TxColumns} FROM txs " + where;
            Bind(cmd, args);
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(ReadTx(r, 0));
        }

        return list;
    }

    /* margin calls */

    /// <summary>The open margin call of an account, if any.</summary>
    public MarginCallRecord? OpenMarginCall(AccountId account) =>
        QueryCalls("WHERE owner = $o AND sub_id = $s AND resolved_block IS NULL",
            ("$o", Owner(account)), ("$s", Sub(account))).FirstOrDefault();

    /// <summary>Raises a margin call; false if one is already open for the account (one per episode).</summary>
    public bool RaiseMarginCall(AccountId account, string reason, string health, BigInteger block) =>
        Exec("INSERT OR IGNORE INTO margin_calls (owner, sub_id, reason, health, raised_block, raised_at) VALUES ($o, $s, $r, $h, $b, $t)", null,
            ("$o", Owner(account)), ("$s", Sub(account)), ("$r", reason), ("$h", health),
            ("$b", (long)block), ("$t", Now)) > 0;

    /// <summary>Resolves the open margin call of an account; false if none was open.</summary>
    public bool ResolveMarginCall(AccountId account, BigInteger block) =>
        Exec("UPDATE margin_calls SET resolved_block = $b, resolved_at = $t WHERE owner = $o AND sub_id = $s AND resolved_block IS NULL", null,
            ("$b", (long)block), ("$t", Now), ("$o", Owner(account)), ("$s", Sub(account))) > 0;

    /// <summary>All margin calls (open first, newest first).</summary>
    public IReadOnlyList<MarginCallRecord> MarginCalls(bool openOnly = false) =>
        QueryCalls((openOnly ? "WHERE resolved_block IS NULL " : string.Empty) + "ORDER BY resolved_block IS NOT NULL, id DESC");

    private IReadOnlyList<MarginCallRecord> QueryCalls(string where, params (string, object?)[] args)
    {
        var list = new List<MarginCallRecord>();
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = $"SELECT {CallColumns} FROM margin_calls " + where;
            Bind(cmd, args);
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(ReadCall(r));
        }

        return list;
    }

    /* counters */

    /// <summary>Adds <paramref name="delta"/> to a persistent counter; returns the new value.</summary>
    public BigInteger AddCounter(string name, BigInteger delta)
    {
        lock (_lock)
        {
            var value = Counter(name) + delta;
            Exec("INSERT INTO counters (name, value) VALUES ($n, $v) ON CONFLICT(name) DO UPDATE SET value = $v", null,
                ("$n", name), ("$v", value.ToString(CultureInfo.InvariantCulture)));
            return value;
        }
    }

    /// <summary>A persistent counter's value (0 if never set).</summary>
    public BigInteger Counter(string name) =>
        Scalar("SELECT value FROM counters WHERE name = $n", ("$n", name)) is string s ? BigInteger.Parse(s, CultureInfo.InvariantCulture) : BigInteger.Zero;

    /* plumbing */

    /// <summary>Runs <paramref name="work"/>'s reads and writes as one SQLite transaction: one commit (one fsync) for a whole burst; all or nothing.</summary>
    public void InBatch(Action work)
    {
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

    private SqliteCommand Command()
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = _batch;
        return cmd;
    }

    private static string Now => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private int Exec(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = sql;
            cmd.Transaction = tx ?? _batch;
            Bind(cmd, args);
            return cmd.ExecuteNonQuery();
        }
    }

    private object? Scalar(string sql, params (string, object?)[] args) => Scalar(sql, null, args);

    private object? Scalar(string sql, SqliteTransaction? tx, params (string, object?)[] args)
    {
        lock (_lock)
        {
            using var cmd = Command();
            cmd.CommandText = sql;
            cmd.Transaction = tx ?? _batch;
            Bind(cmd, args);
            var v = cmd.ExecuteScalar();
            return v is DBNull ? null : v;
        }
    }

    private static void Bind(SqliteCommand cmd, (string, object?)[] args)
    {
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _db.Dispose();
}
