using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>
/// Receipts of many transactions at once: eth_getTransactionReceipt requests in JSON-RPC batches of
/// <see cref="BatchSize"/> (one HTTP request each, through the resilient client's retry) — a crash's thousand receipts
/// cost a handful of round trips, not one per transaction.
/// </summary>
internal static class ReceiptBatch
{
    /// <summary>Receipts per JSON-RPC batch.</summary>
    public const int BatchSize = 500;

    /// <summary>Receipt by hash; null for a transaction not mined (or unknown).</summary>
    public static async Task<IReadOnlyDictionary<string, TransactionReceipt?>> ReadAsync(IWeb3 web3, IReadOnlyList<string> hashes)
    {
        var receipts = new Dictionary<string, TransactionReceipt?>(StringComparer.OrdinalIgnoreCase);
        var handler = new EthGetTransactionReceipt(web3.Client);
        foreach (var chunk in hashes.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(BatchSize))
        {
            var batch = new RpcRequestResponseBatch();
            var items = chunk.Select((hash, i) => handler.CreateBatchItem(hash, i)).ToList();
            batch.BatchItems.AddRange(items);
            await web3.Client.SendBatchRequestAsync(batch).ConfigureAwait(false); // an error answer throws (RpcResponseBatchException)
            for (var i = 0; i < chunk.Length; i++) receipts[chunk[i]] = items[i].Response;
        }

        return receipts;
    }
}
