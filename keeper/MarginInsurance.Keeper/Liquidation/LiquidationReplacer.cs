using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>
/// What replaces a liquidation pending too long: the same call re-sent (with the bumped fee) if its simulation still
/// succeeds; otherwise null, and the transaction manager frees the nonce with a self-transfer.
/// </summary>
internal sealed class LiquidationReplacer(DeploymentFile deployment, LiquidationSimulator simulator, SwapLiquidationPlanner swap, KeeperMetrics metrics, string from, Perpetuals.PerpKeeper perps)
{
    /// <summary>The replacement request of <paramref name="tx"/>, or null to cancel it.</summary>
    public async Task<TxRequest?> ReplacementForAsync(SentTx tx)
    {
        if (Perpetuals.PerpCalls.IsPerp(tx)) return await perps.ReplacementForAsync(tx).ConfigureAwait(false);
        if (SwapLiquidationPlanner.IsSwap(tx))
        {
            metrics.Replacements.Inc();
            return await swap.ResimulateAsync(tx).ConfigureAwait(false) is { } data
                ? new TxRequest(swap.Liquidator!, data, tx.GasLimit, TxKind.Liquidate, tx.Owner, tx.SubId, tx.Asset, $"{SwapLiquidationPlanner.DetailPrefix}replaces {tx.Hash}")
                : null;
        }

        if (LiquidationCall.Of(tx, from) is not { } fn) return null;
        metrics.Replacements.Inc();
        return await simulator.SucceedsAsync(fn).ConfigureAwait(false)
            ? new TxRequest(deployment.MarginVault, fn.GetCallData().ToHex(true), tx.GasLimit, TxKind.Liquidate, tx.Owner, tx.SubId, tx.Asset, $"replaces {tx.Hash}")
            : null;
    }
}
