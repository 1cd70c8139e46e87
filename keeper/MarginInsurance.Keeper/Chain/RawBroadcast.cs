using MarginInsurance.Keeper.State;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>What the node made of a stored transaction's bytes: <see cref="Held"/> when it accepted them or already holds
/// (or mined) that transaction; otherwise <see cref="Error"/> is its rejection.</summary>
internal sealed record BroadcastOutcome(bool Held, string? Error);

/// <summary>
/// Broadcasts a stored signed transaction byte for byte. "Already known" counts as held. Any other rejection is checked
/// with eth_getTransactionByHash first: the RPC client retries a send whose answer was lost (timeout, dropped
/// connection), and if an earlier attempt reached the node the retry is answered "nonce too low" / "replacement
/// underpriced" although the node holds this very transaction. A transport fault propagates (the caller keeps the
/// transaction open and tries again later).
/// </summary>
internal static class RawBroadcast
{
    /// <summary>eth_getTransactionByHash requests per JSON-RPC batch in <see cref="KnownAsync"/>.</summary>
    private const int LookupBatchSize = 500;

    public static async Task<BroadcastOutcome> SendAsync(IWeb3 web3, SentTx tx)
    {
        try
        {
            await web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(tx.Raw).ConfigureAwait(false);
            return new BroadcastOutcome(true, null);
        }
        catch (RpcResponseException ex)
        {
            return await RejectedAsync(web3, tx, ex.Message).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Broadcasts a burst (consecutive nonces) one request after another in nonce order — not as one JSON-RPC batch: a
    /// node may run a batch's items concurrently, and a later nonce that arrives first is rejected by an automining node
    /// (Hardhat: "nonce too high") or waits as a future transaction. On a local node one request costs about a
    /// millisecond, so a burst of thousands goes out faster than blocks fill (the crash bench, bench/README.md).
    /// </summary>
    public static async Task<IReadOnlyList<BroadcastOutcome>> SendManyAsync(IWeb3 web3, IReadOnlyList<SentTx> txs)
    {
        var outcomes = new List<BroadcastOutcome>(txs.Count);
        foreach (var tx in txs) outcomes.Add(await SendAsync(web3, tx).ConfigureAwait(false));
        return outcomes;
    }

    /// <summary>Whether the node knows each of <paramref name="hashes"/> (pending or mined): eth_getTransactionByHash in JSON-RPC batches.</summary>
    public static async Task<IReadOnlyList<bool>> KnownAsync(IWeb3 web3, IReadOnlyList<string> hashes) =>
        (await LookupAsync(web3, hashes).ConfigureAwait(false)).Select(tx => tx is not null).ToList();

    /// <summary>Each of <paramref name="hashes"/> as the node has it (null: unknown), by eth_getTransactionByHash in JSON-RPC batches (reads: a batch's order does not matter).</summary>
    public static async Task<IReadOnlyList<Transaction?>> LookupAsync(IWeb3 web3, IReadOnlyList<string> hashes)
    {
        var found = new List<Transaction?>(hashes.Count);
        var handler = new EthGetTransactionByHash(web3.Client);
        foreach (var chunk in hashes.Chunk(LookupBatchSize))
        {
            var batch = new RpcRequestResponseBatch();
            var items = chunk.Select((hash, i) => handler.CreateBatchItem(hash, i)).ToList();
            batch.BatchItems.AddRange(items);
            await web3.Client.SendBatchRequestAsync(batch).ConfigureAwait(false);
            found.AddRange(items.Select(item => item.Response));
        }

        return found;
    }

    private static async Task<BroadcastOutcome> RejectedAsync(IWeb3 web3, SentTx tx, string error)
    {
        if (error.Contains("already known", StringComparison.OrdinalIgnoreCase)
            || error.Contains("already imported", StringComparison.OrdinalIgnoreCase)
            || error.Contains("known transaction", StringComparison.OrdinalIgnoreCase))
            return new BroadcastOutcome(true, null);
        var held = await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(tx.Hash).ConfigureAwait(false);
        return new BroadcastOutcome(held is not null, error);
    }
}
