using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using Microsoft.Extensions.Logging;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>
/// Settles liquidations left in flight by a dead instance (lease expired), from the chain: mined → final status; nonce
/// used by another transaction → dropped; otherwise the stored signed bytes are (re)broadcast, because the dead instance
/// may have died before or after its broadcast: an accepted or already-known transaction stays open and keeps blocking
/// the account until it is mined, one the node rejects is dropped and frees the account for the others.
/// </summary>
public sealed class OrphanedLiquidationSettler(IWeb3 web3, IKeeperStore store, IKeeperCoordinator coordinator, KeeperMetrics metrics, ILogger logger)
{
    /// <summary>Settles what it can; returns how many orphans were made final.</summary>
    public async Task<int> SettleAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var (instance, tx) in coordinator.OrphanedLiquidations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var by = $"settled by {coordinator.InstanceId} after {instance}'s lease expired";
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.Hash).ConfigureAwait(false);
            if (receipt is not null)
            {
                var status = receipt.Status?.Value == 1 ? TxStatus.Won : TxStatus.Failed;
                store.SetStatus(tx.Hash, status, $"mined in block {receipt.BlockNumber.Value}; {by}");
                logger.LogInformation("orphaned liquidation {Hash} of {Owner}/{Sub} by {Instance}: mined ({Status}); {By}", tx.Hash, tx.Owner, tx.SubId, instance, status, by);
                settled++;
                continue;
            }

            var used = (long)(await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(tx.Sender, BlockParameter.CreateLatest()).ConfigureAwait(false)).Value;
            if (used > tx.Nonce)
            {
                store.SetStatus(tx.Hash, TxStatus.Dropped, $"nonce used by another transaction; {by}");
                logger.LogInformation("orphaned liquidation {Hash} of {Owner}/{Sub} by {Instance}: dropped (nonce {Nonce} used)", tx.Hash, tx.Owner, tx.SubId, instance, tx.Nonce);
                settled++;
                continue;
            }

            var outcome = await RawBroadcast.SendAsync(web3, tx).ConfigureAwait(false);
            if (outcome.Held)
            {
                // accepted, or pending in the node's pool already: keep blocking the account until it is mined
                if (tx.Status == TxStatus.Signed) store.SetStatus(tx.Hash, TxStatus.Sent, $"broadcast from the stored bytes; {by}");
                logger.LogInformation("orphaned liquidation {Hash} of {Owner}/{Sub} by {Instance} is pending; rebroadcast, the account stays blocked until it is mined", tx.Hash, tx.Owner, tx.SubId, instance);
                continue;
            }

            store.SetStatus(tx.Hash, TxStatus.Dropped, $"rejected on rebroadcast ({outcome.Error}); {by}");
            logger.LogWarning("orphaned liquidation {Hash} of {Owner}/{Sub} by {Instance}: rejected on rebroadcast ({Error}); account freed", tx.Hash, tx.Owner, tx.SubId, instance, outcome.Error);
            settled++;
        }

        if (settled > 0) metrics.OrphansSettled.Inc(settled);
        return settled;
    }
}
