using System.Numerics;
using Nethereum.BlockchainProcessing.ProgressRepositories;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// Nethereum block progress over an <see cref="IKeeperStore"/> (per instance). Reports the stored block minus
/// <c>reorgDepth</c>, so each indexing pass re-reads the last N blocks (event handlers are idempotent) and a reorg
/// within that depth is picked up.
/// </summary>
public sealed class KeeperBlockProgressRepository(IKeeperStore store, int reorgDepth) : IBlockProgressRepository
{
    /// <inheritdoc />
    public Task UpsertProgressAsync(BigInteger blockNumber)
    {
        store.SetLastBlock(blockNumber);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<BigInteger?> GetLastBlockNumberProcessedAsync()
    {
        var last = store.LastBlock;
        return Task.FromResult(last is { } b ? (BigInteger?)BigInteger.Max(BigInteger.MinusOne, b - reorgDepth) : null);
    }
}
