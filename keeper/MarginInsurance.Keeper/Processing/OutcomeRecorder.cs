using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.Processing;

/// <summary>
/// Books what tracking observed: gas spent, rebroadcasts, and for liquidations won / lost / failed counters and the
/// expected profit (persistent counters in the store, and gauges); a reorganisation un-books what it undid.
/// </summary>
internal sealed class OutcomeRecorder(IKeeperStore store, KeeperMetrics metrics, DeploymentFile deployment, ILogger logger)
{
    /// <summary>The store counter holding the expected profit of a sent liquidation.</summary>
    public static string ExpectedProfitKey(string hash) => $"expected_profit:{hash}";

    /// <summary>Books every outcome.</summary>
    public void Record(IReadOnlyList<TxOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.Receipt is { } r) metrics.GasSpentWei.Inc((double)(r.GasUsed.Value * (r.EffectiveGasPrice?.Value ?? BigInteger.Zero)));
            if (o.Status == TxOutcomeKind.Rebroadcast) metrics.Rebroadcasts.Inc();
            if (o.Tx.Kind == TxKind.Liquidate) RecordLiquidation(o);
        }
    }

    private void RecordLiquidation(TxOutcome o)
    {
        switch (o.Status)
        {
            case TxOutcomeKind.Won:
                metrics.LiquidationsWon.Inc();
                var profit = store.Counter(ExpectedProfitKey(o.Tx.Hash));
                store.AddCounter("profit_base_units", profit);
                store.AddCounter("won", 1);
                metrics.ProfitBase.Inc((double)profit / Math.Pow(10, deployment.BaseDecimals));
                logger.LogInformation("won: liquidation of {Owner}/{Sub} mined in block {Block} ({Hash})", o.Tx.Owner, o.Tx.SubId, o.Receipt?.BlockNumber.Value, o.Tx.Hash);
                break;
            case TxOutcomeKind.Lost:
                metrics.LiquidationsLost.Inc();
                store.AddCounter("lost", 1);
                logger.LogInformation("lost race: {Owner}/{Sub} was liquidated by someone else first ({Error}); nonce {Nonce} consumed, nothing stuck",
                    o.Tx.Owner, o.Tx.SubId, o.Error?.ErrorName, o.Tx.Nonce);
                break;
            case TxOutcomeKind.Reorged:
                // Was counted as won (or lost) before the chain dropped its block; it is open again and will be counted when mined.
                if (o.Tx.Status == TxStatus.Won)
                {
                    store.AddCounter("won", -1);
                    store.AddCounter("profit_base_units", -store.Counter(ExpectedProfitKey(o.Tx.Hash)));
                }
                else if (o.Tx.Status == TxStatus.Lost)
                {
                    store.AddCounter("lost", -1);
                }

                metrics.ReorgedTransactions.Inc();
                logger.LogWarning("reorganisation undid liquidation {Hash} of {Owner}/{Sub} (was {Status}); rebroadcast, it will be re-checked when mined",
                    o.Tx.Hash, o.Tx.Owner, o.Tx.SubId, o.Tx.Status.Stored());
                break;
            case TxOutcomeKind.Failed:
                metrics.LiquidationsFailed.Inc();
                store.AddCounter("failed", 1);
                logger.LogWarning("liquidation {Hash} of {Owner}/{Sub} reverted: {Error}", o.Tx.Hash, o.Tx.Owner, o.Tx.SubId, o.Error?.Message ?? "no revert data");
                break;
        }
    }
}
