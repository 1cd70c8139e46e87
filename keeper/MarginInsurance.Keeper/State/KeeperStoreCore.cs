using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Dapper;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Keeper;
using static MarginInsurance.Keeper.State.KeeperStoreRows;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The one keeper store: every <see cref="IKeeperStore"/> query as one SQL text over a <see cref="KeeperSqlDialect"/>,
/// the migrations runner, and the row mapping (Dapper, onto the records' constructors). A provider brings its dialect,
/// its connection handling (<see cref="Use{T}"/>) and its counters (their number types differ).
/// </summary>
/// <remarks>
/// DbUp (on the registry) was weighed for the migrations and left out: its journal is its own table of script names,
/// so existing keeper databases (journals <c>schema_migrations</c> / <c>keeper_schema_migrations</c> of version numbers)
/// would re-run their first script, and PostgreSQL instances starting together need the migration under the store's
/// advisory lock. The runner here is the few lines both stores had, once.
/// </remarks>
public abstract partial class KeeperStoreCore : IKeeperStore
{
    private readonly KeeperSqlDialect _sql;
    private readonly string _perps;
    private readonly string _progress, _accounts, _nonces, _txs, _calls;

    /// <summary>Binds the store to its dialect.</summary>
    /// <param name="dialect">The provider's SQL differences.</param>
    /// <param name="progressKey">Key of this store's block-progress row (1, or the instance id).</param>
    /// <param name="instanceId">Instance tag of signed transactions (when the dialect has the column).</param>
    private protected KeeperStoreCore(KeeperSqlDialect dialect, object progressKey, string? instanceId)
    {
        _sql = dialect;
        ProgressKey = progressKey;
        Instance = instanceId;
        (_progress, _accounts, _nonces, _txs, _calls) =
            (dialect.Table("progress"), dialect.Table("accounts"), dialect.Table("nonces"), dialect.Table("txs"), dialect.Table("margin_calls"));
        _perps = dialect.Table("perp_positions");
    }

    private object ProgressKey { get; }

    private string? Instance { get; }

    /// <inheritdoc />
    public abstract string Provider { get; }

    /// <inheritdoc />
    public int SchemaVersion => Use((c, t) => c.ExecuteScalar<int>($"SELECT COALESCE(MAX(version), 0) FROM {_sql.MigrationsTable}", transaction: t));

    /// <summary>Runs <paramref name="work"/> on a connection, in a transaction committed on return when <paramref name="inTransaction"/>.</summary>
    private protected abstract T Use<T>(Func<DbConnection, DbTransaction?, T> work, bool inTransaction = false);

    /// <summary>Runs <paramref name="work"/> on the open connection <paramref name="c"/>, inside a committed transaction when asked.</summary>
    private protected static T Run<T>(DbConnection c, Func<DbConnection, DbTransaction?, T> work, bool inTransaction)
    {
        if (!inTransaction) return work(c, null);
        using var tx = c.BeginTransaction();
        var result = work(c, tx);
        tx.Commit();
        return result;
    }

    /// <summary>The bound time parameter (used by dialects whose <see cref="KeeperSqlDialect.Now"/> is <c>@now</c>).</summary>
    private protected static string NowText => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Applies the dialect's missing migrations on <paramref name="c"/> (each in its own transaction).</summary>
    private protected void ApplyMigrations(DbConnection c)
    {
        c.Execute(_sql.MigrationsTableDdl);
        var applied = c.ExecuteScalar<int>($"SELECT COALESCE(MAX(version), 0) FROM {_sql.MigrationsTable}");
        for (var v = applied + 1; v <= _sql.Migrations.Count; v++)
        {
            using var tx = c.BeginTransaction();
            c.Execute(_sql.Migrations[v - 1], transaction: tx);
            c.Execute($"INSERT INTO {_sql.MigrationsTable} (version, applied_at) VALUES (@v, {_sql.Now})", new { v, now = NowText }, tx);
            tx.Commit();
        }
    }

    /* block progress */

    /// <inheritdoc />
    public BigInteger? LastBlock =>
        Use((c, t) => c.ExecuteScalar<long?>($"SELECT block FROM {_progress} WHERE {_sql.ProgressKeyColumn} = @key", new { key = ProgressKey }, t)) is long b ? b : null;

    /// <inheritdoc />
    public void SetLastBlock(BigInteger block) =>
        Execute($"""
            INSERT INTO {_progress} ({_sql.ProgressKeyColumn}, block, updated_at) VALUES (@key, @block, {_sql.Now})
            ON CONFLICT ({_sql.ProgressKeyColumn}) DO UPDATE SET block = @block, updated_at = {_sql.Now}
            """, new { key = ProgressKey, block = (long)block, now = NowText });

    /* accounts */

    /// <inheritdoc />
    public bool AddAccount(AccountId account, BigInteger block) =>
        Execute($"INSERT INTO {_accounts} (owner, sub_id, first_block) VALUES (@o, @s, @b) ON CONFLICT DO NOTHING",
            new { o = Owner(account), s = Sub(account), b = (long)block }) > 0;

    /// <inheritdoc />
    public IReadOnlyList<AccountId> Accounts() =>
        Query<(string, string)>($"SELECT owner, sub_id FROM {_accounts} ORDER BY first_block, owner{_sql.BinaryCollation}, sub_id{_sql.BinaryCollation}")
            .Select(ToAccount).ToList();

    /* nonces and transactions */

    /// <inheritdoc />
    public long? NextNonce(string sender) =>
        Use((c, t) => c.ExecuteScalar<long?>($"SELECT next_nonce FROM {_nonces} WHERE sender = @s", new { s = sender.ToLowerInvariant() }, t));

    /// <inheritdoc />
    public void SetNextNonce(string sender, long next) =>
        Execute($"INSERT INTO {_nonces} (sender, next_nonce) VALUES (@s, @n) ON CONFLICT (sender) DO UPDATE SET next_nonce = @n",
            new { s = sender.ToLowerInvariant(), n = next });

    /// <inheritdoc />
    public long RecordSigned(SentTx tx, long nextNonce)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var (instanceColumn, instanceValue) = _sql.TxInstanceColumn is { } col ? ($"{col}, ", "@instance, ") : (string.Empty, string.Empty);
        return Use((c, t) =>
        {
            // Identical signed bytes have one hash: re-signing a dropped transaction (same nonce, call and fees, e.g.
            // after the node refused it) revives its row rather than failing UNIQUE(hash) on every tick. A hash
            // still open or mined is a real duplicate and an error.
            var id = c.ExecuteScalar<long?>($"""
                INSERT INTO {_txs} AS t ({instanceColumn}sender, nonce, hash, raw, kind, owner, sub_id, asset, status, sent_block, max_fee, priority_fee, gas_limit, detail, created_at, updated_at)
                VALUES ({instanceValue}@sender, @nonce, @hash, @raw, @kind, @owner, @sub, @asset, @status, @block, @maxFee, @prio, @gas, @detail, {_sql.Now}, {_sql.Now})
                ON CONFLICT (hash) DO UPDATE SET status = excluded.status, sent_block = excluded.sent_block, detail = excluded.detail, updated_at = excluded.updated_at
                WHERE t.status = @dropped
                RETURNING id
                """,
                new
                {
                    instance = Instance, sender = tx.Sender.ToLowerInvariant(), nonce = tx.Nonce, hash = tx.Hash.ToLowerInvariant(), raw = tx.Raw,
                    kind = tx.Kind.Stored(), owner = tx.Owner?.ToLowerInvariant(), sub = tx.SubId, asset = tx.Asset, status = tx.Status.Stored(), block = tx.SentBlock,
                    maxFee = tx.MaxFeePerGas, prio = tx.MaxPriorityFeePerGas, gas = tx.GasLimit, detail = tx.Detail, now = NowText,
                    dropped = TxStatus.Dropped.Stored(),
                }, t) ?? throw new InvalidOperationException(
                    $"Transaction {tx.Hash} is already recorded and not dropped: a second signing of an open or mined transaction is a keeper bug.");
            c.Execute($"INSERT INTO {_nonces} (sender, next_nonce) VALUES (@s, @n) ON CONFLICT (sender) DO UPDATE SET next_nonce = {_sql.NonceHighWater}",
                new { s = tx.Sender.ToLowerInvariant(), n = nextNonce }, t);
            return id;
        }, inTransaction: true);
    }

    /// <inheritdoc />
    public void SetStatus(string hash, TxStatus status, string? detail = null) =>
        Execute($"UPDATE {_txs} SET status = @st, detail = COALESCE(@d, detail), updated_at = {_sql.Now} WHERE hash = @h",
            new { st = status.Stored(), d = detail, h = hash.ToLowerInvariant(), now = NowText });

    /// <inheritdoc />
    public IReadOnlyList<SentTx> OpenTxs(string sender) =>
        QueryTxs("WHERE sender = @s AND status IN ('signed', 'sent') ORDER BY nonce, id", new { s = sender.ToLowerInvariant() });

    /// <inheritdoc />
    public IReadOnlyList<SentTx> Attempts(string sender, long nonce) =>
        QueryTxs("WHERE sender = @s AND nonce = @n ORDER BY id", new { s = sender.ToLowerInvariant(), n = nonce });

    /// <inheritdoc />
    public bool HasOpenLiquidation(AccountId account) =>
        Use((c, t) => c.ExecuteScalar<long>(
            $"SELECT COUNT(*) FROM {_txs} WHERE kind = 'liquidate' AND owner = @o AND sub_id = @s AND status IN ('signed', 'sent')",
            new { o = Owner(account), s = Sub(account) }, t)) > 0;

    /// <inheritdoc />
    public IReadOnlyList<SentTx> RecentTxs(int limit = 50) => QueryTxs("ORDER BY id DESC LIMIT @l", new { l = limit });

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> TxCounts() =>
        Query<(string Key, long Count)>($"SELECT kind || ':' || status, COUNT(*) FROM {_txs} GROUP BY kind, status")
            .ToDictionary(x => x.Key, x => x.Count);

    private IReadOnlyList<SentTx> QueryTxs(string where, object args) =>
        Query<TxRow>($"SELECT {TxColumns} FROM {_txs} " + where, args).Select(r => r.ToSentTx()).ToList();

    /* margin calls */

    /// <inheritdoc />
    public MarginCallRecord? OpenMarginCall(AccountId account) =>
        QueryCalls("WHERE owner = @o AND sub_id = @s AND resolved_block IS NULL", new { o = Owner(account), s = Sub(account) }).FirstOrDefault();

    /// <inheritdoc />
    public bool RaiseMarginCall(AccountId account, string reason, string health, BigInteger block) =>
        Execute($"""
            INSERT INTO {_calls} (owner, sub_id, reason, health, raised_block, raised_at) VALUES (@o, @s, @r, @h, @b, {_sql.Now})
            ON CONFLICT (owner, sub_id) WHERE resolved_block IS NULL DO NOTHING
            """, new { o = Owner(account), s = Sub(account), r = reason, h = health, b = (long)block, now = NowText }) > 0;

    /// <inheritdoc />
    public bool ResolveMarginCall(AccountId account, BigInteger block) =>
        Execute($"UPDATE {_calls} SET resolved_block = @b, resolved_at = {_sql.Now} WHERE owner = @o AND sub_id = @s AND resolved_block IS NULL",
            new { b = (long)block, o = Owner(account), s = Sub(account), now = NowText }) > 0;

    /// <inheritdoc />
    public IReadOnlyList<MarginCallRecord> MarginCalls(bool openOnly = false) =>
        QueryCalls((openOnly ? "WHERE resolved_block IS NULL " : string.Empty) + "ORDER BY resolved_block IS NOT NULL, id DESC", null);

    private IReadOnlyList<MarginCallRecord> QueryCalls(string where, object? args) =>
        Query<MarginCallRecord>($"SELECT {CallColumns} FROM {_calls} " + where, args);

    /// <inheritdoc />
    public virtual void InBatch(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        work();
    }

    /* counters (number types differ per provider) */

    /// <inheritdoc />
    public abstract BigInteger AddCounter(string name, BigInteger delta);

    /// <inheritdoc />
    public abstract BigInteger Counter(string name);

    /* plumbing */

    /// <summary>Runs a statement; returns the rows affected.</summary>
    private protected int Execute(string sql, object? args = null) => Use((c, t) => c.Execute(sql, args, t));

    /// <summary>Runs a query; rows mapped by Dapper.</summary>
    private protected IReadOnlyList<T> Query<T>(string sql, object? args = null) => Use((c, t) => c.Query<T>(sql, args, t).AsList());

    /// <inheritdoc />
    public abstract void Dispose();
}
