using System.Globalization;
using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MarginInsurance.Keeper.Coordination;

/// <summary>
/// Several instances on one PostgreSQL database. Each holds a lease (row in <c>keeper_leases</c>, expiry on the database's
/// clock) renewed by a timer every third of <see cref="CoordinationOptions.LeaseMilliseconds"/> and on every tick; accounts
/// are sharded by <see cref="Rendezvous"/> over the instances whose lease is fresh, so a killed instance's accounts move to
/// the others once its lease expires. The absolute guard against double sends is <see cref="TryClaim"/>: one database
/// transaction under <c>pg_advisory_xact_lock</c> on the account that refuses while any instance's liquidation of the
/// account is signed or sent, or another instance claimed it within <see cref="CoordinationOptions.ClaimBlocks"/> blocks.
/// </summary>
public sealed class PostgresCoordinator : IKeeperCoordinator
{
    private readonly PostgresKeeperStore _store;
    private readonly string _address;
    private readonly CoordinationOptions _options;
    private readonly ILogger _logger;
    private readonly Timer _heartbeat;
    private volatile IReadOnlyList<string> _live = [];
    private int _disposed;

    /// <summary>Registers this instance's lease and starts the heartbeat.</summary>
    public PostgresCoordinator(PostgresKeeperStore store, string address, CoordinationOptions options, ILogger logger)
    {
        _store = store;
        _address = address.ToLowerInvariant();
        _options = options;
        _logger = logger;
        Refresh();
        var period = TimeSpan.FromMilliseconds(Math.Max(100, options.LeaseMilliseconds / 3));
        _heartbeat = new Timer(_ => Beat(), null, period, period);
    }

    /// <inheritdoc />
    public string InstanceId => _store.InstanceId;

    /// <inheritdoc />
    public IReadOnlyList<string> LiveInstances => _live;

    /// <inheritdoc />
    public IReadOnlyList<string> Refresh()
    {
        Renew();
        var live = _store.Query("SELECT instance_id FROM keeper_leases WHERE expires_at > now() ORDER BY instance_id COLLATE \"C\"", r => r.GetString(0));
        if (!live.SequenceEqual(_live)) _logger.LogInformation("instance {Me}: live instances now {Live}", InstanceId, string.Join(", ", live));
        _live = live;
        return live;
    }

    /// <inheritdoc />
    public IReadOnlyList<AccountId> ShardOf(IReadOnlyList<AccountId> accounts) => Rendezvous.Shard(accounts, _live, InstanceId);

    /// <inheritdoc />
    public bool TryClaim(AccountId account, BigInteger head)
    {
        var owner = account.Owner.ToLowerInvariant();
        var sub = account.SubId.ToString(CultureInfo.InvariantCulture);
        using var c = _store.DataSource.OpenConnection();
        using var tx = c.BeginTransaction();
        PostgresKeeperStore.Exec(c, tx, "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))", ("k", $"keeper-claim:{owner}/{sub}"));
        var open = (long)PostgresKeeperStore.Scalar(c, tx,
            "SELECT COUNT(*) FROM keeper_txs WHERE kind = 'liquidate' AND owner = @o AND sub_id = @s AND status IN ('signed', 'sent')", ("o", owner), ("s", sub))!;
        if (open > 0) return false;
        using (var cmd = new NpgsqlCommand("SELECT instance_id, claimed_block FROM keeper_claims WHERE owner = @o AND sub_id = @s", c, tx))
        {
            cmd.Parameters.AddWithValue("o", owner);
            cmd.Parameters.AddWithValue("s", sub);
            using var r = cmd.ExecuteReader();
            if (r.Read() && r.GetString(0) != InstanceId && r.GetInt64(1) > (long)head - _options.ClaimBlocks)
            {
                _logger.LogInformation("{Account} claimed by {Other} at block {Block}; not sending", account, r.GetString(0), r.GetInt64(1));
                return false;
            }
        }

        PostgresKeeperStore.Exec(c, tx, """
            INSERT INTO keeper_claims (owner, sub_id, instance_id, claimed_block) VALUES (@o, @s, @i, @b)
            ON CONFLICT (owner, sub_id) DO UPDATE SET instance_id = @i, claimed_block = @b, claimed_at = now()
            """, ("o", owner), ("s", sub), ("i", InstanceId), ("b", (long)head));
        tx.Commit();
        return true;
    }

    /// <inheritdoc />
    public IReadOnlyList<(string InstanceId, SentTx Tx)> OrphanedLiquidations() => _store.OrphanedLiquidations();

    private void Renew() =>
        _store.Exec("""
            INSERT INTO keeper_leases (instance_id, address, expires_at) VALUES (@i, @a, now() + @ms * interval '1 millisecond')
            ON CONFLICT (instance_id) DO UPDATE SET address = @a, renewed_at = now(), expires_at = now() + @ms * interval '1 millisecond'
            """, ("i", InstanceId), ("a", _address), ("ms", (double)_options.LeaseMilliseconds));

    private void Beat()
    {
        if (Volatile.Read(ref _disposed) != 0) return;
        try
        {
            Renew();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            _logger.LogWarning("lease renewal of {Me} failed: {Error}", InstanceId, ex.Message);
        }
    }

    /// <summary>Test hook: stops the heartbeat but leaves the lease to expire, like a killed process.</summary>
    internal void Abandon()
    {
        Interlocked.Exchange(ref _disposed, 1);
        _heartbeat.Dispose();
    }

    /// <summary>Stops the heartbeat and gives the lease up, so the others take this instance's accounts at once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _heartbeat.Dispose();
        try
        {
            _store.Exec("DELETE FROM keeper_leases WHERE instance_id = @i", ("i", InstanceId));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.LogWarning("could not release the lease of {Me}: {Error}", InstanceId, ex.Message);
        }
    }
}
