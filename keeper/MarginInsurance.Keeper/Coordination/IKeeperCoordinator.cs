using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Coordination;

/// <summary>
/// How keeper instances share the work: which instances are alive (leases), which accounts this instance watches for
/// liquidation (its shard), and the last-moment claim of an account before a liquidation is signed.
/// </summary>
public interface IKeeperCoordinator : IDisposable
{
    /// <summary>This instance's id.</summary>
    string InstanceId { get; }

    /// <summary>Live instances as of the last <see cref="Refresh"/>, sorted.</summary>
    IReadOnlyList<string> LiveInstances { get; }

    /// <summary>Renews this instance's lease and reads the live instances.</summary>
    IReadOnlyList<string> Refresh();

    /// <summary>The accounts of <paramref name="accounts"/> this instance scans and liquidates (empty when its own lease has lapsed).</summary>
    IReadOnlyList<AccountId> ShardOf(IReadOnlyList<AccountId> accounts);

    /// <summary>
    /// Claims <paramref name="account"/> for a liquidation signed now, at <paramref name="head"/>: false when any instance has a
    /// liquidation of it in flight or another instance claimed it within the last claim window.
    /// </summary>
    bool TryClaim(AccountId account, BigInteger head);

    /// <summary>Open liquidations signed by instances whose lease has expired (settled by the survivors from the chain).</summary>
    IReadOnlyList<(string InstanceId, SentTx Tx)> OrphanedLiquidations();
}
