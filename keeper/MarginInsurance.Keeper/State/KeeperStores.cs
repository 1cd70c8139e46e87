using MarginInsurance.Keeper.Coordination;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.State;

/// <summary>Opens the configured state store and its coordinator.</summary>
public static class KeeperStores
{
    /// <summary>The instance id: Keeper:InstanceId, else the keeper's address (one key per instance).</summary>
    public static string InstanceIdFor(KeeperOptions options, string address) =>
        string.IsNullOrWhiteSpace(options.InstanceId) ? address.ToLowerInvariant() : options.InstanceId;

    /// <summary>
    /// The store named by Keeper:State:Provider (SQLite at Keeper:StatePath, or PostgreSQL). A file that is not a keeper
    /// state database (corrupt, or another program's) is a <see cref="KeeperFatalException"/> naming Keeper:StatePath.
    /// </summary>
    public static IKeeperStore Open(KeeperOptions options, string address)
    {
        if (IsPostgres(options)) return new PostgresKeeperStore(options.State.ConnectionString!, InstanceIdFor(options, address));
        try
        {
            return new SqliteKeeperStore(options.StatePath);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new KeeperFatalException(
                $"Keeper:StatePath '{options.StatePath}' is not a usable keeper state database ({ex.Message.TrimEnd('.')}); " +
                "move the file away (nonces are re-synced from the chain, but in-flight transactions and margin calls are forgotten) or point Keeper:StatePath at the right file", ex);
        }
    }

    /// <summary>
    /// The coordinator for <paramref name="store"/>: leases and shards on PostgreSQL, everything owned by one instance on
    /// SQLite. A dry run (the <c>scan</c> verb) never takes a lease, so it never takes accounts away from running instances.
    /// </summary>
    public static IKeeperCoordinator Coordinator(IKeeperStore store, KeeperOptions options, string address, ILogger logger) =>
        store is PostgresKeeperStore pg && !options.DryRun
            ? new PostgresCoordinator(pg, address, options.Coordination, logger)
            : new SingleInstanceCoordinator(store, InstanceIdFor(options, address));

    /// <summary>Whether Keeper:State:Provider is postgres.</summary>
    public static bool IsPostgres(KeeperOptions options) =>
        string.Equals(options.State.Provider, KeeperStateOptions.Postgres, StringComparison.OrdinalIgnoreCase);
}
