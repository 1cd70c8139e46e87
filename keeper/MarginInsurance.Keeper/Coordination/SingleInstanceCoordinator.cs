using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Coordination;

/// <summary>One instance owns every account (SQLite, the embedded default): a claim only checks for a liquidation in flight.</summary>
public sealed class SingleInstanceCoordinator(IKeeperStore store, string instanceId) : IKeeperCoordinator
{
    /// <inheritdoc />
    public string InstanceId { get; } = instanceId;

    /// <inheritdoc />
    public IReadOnlyList<string> LiveInstances => [InstanceId];

    /// <inheritdoc />
    public IReadOnlyList<string> Refresh() => LiveInstances;

    /// <inheritdoc />
    public IReadOnlyList<AccountId> ShardOf(IReadOnlyList<AccountId> accounts) => accounts;

    /// <inheritdoc />
    public bool TryClaim(AccountId account, BigInteger head) => !store.HasOpenLiquidation(account);

    /// <inheritdoc />
    public IReadOnlyList<(string InstanceId, SentTx Tx)> OrphanedLiquidations() => [];

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
