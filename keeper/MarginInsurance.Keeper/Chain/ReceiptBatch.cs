using System.Collections.Concurrent;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>
/// Receipts of many transactions at once: eth_getTransactionReceipt requests in flight together (16 at a time), each
/// through the resilient client's own retry — a block's worth costs about one round trip per 16, not one per
/// transaction in a row.
/// </summary>
internal static class ReceiptBatch
{
    private const int Concurrency = 16;

    /// <summary>Receipt by hash; null for a transaction not mined (or unknown).</summary>
    public static async Task<IReadOnlyDictionary<string, TransactionReceipt?>> ReadAsync(IWeb3 web3, IReadOnlyList<string> hashes)
    {
        var receipts = new ConcurrentDictionary<string, TransactionReceipt?>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(hashes.Distinct(StringComparer.OrdinalIgnoreCase), new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (hash, _) => receipts[hash] = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash).ConfigureAwait(false)).ConfigureAwait(false);
        return receipts;
    }
}
