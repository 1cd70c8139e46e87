using System.Numerics;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Processing;

/// <summary>
/// Reads the chain head and keeps the liveness gauges: keeper_head_age_seconds (time since a node last answered),
/// keeper_block_lag (blocks behind the head), and the observed seconds per block.
/// </summary>
internal sealed class HeadWatch(IWeb3 web3, KeeperMetrics metrics, KeeperOptions options)
{
    private BigInteger _lastHead = -1;
    private DateTimeOffset _headReadAt = DateTimeOffset.UtcNow;
    private DateTimeOffset _headMovedAt = DateTimeOffset.UtcNow;
    private double _secondsPerBlock;

    /// <summary>The head last indexed up to (-1 before the first pass).</summary>
    public BigInteger IndexedHead { get; private set; } = -1;

    /// <summary>eth_blockNumber (transport faults are retried and failed over per request by the RPC client); feeds the gauges.</summary>
    public async Task<BigInteger> ReadAsync()
    {
        var head = (await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
        var now = DateTimeOffset.UtcNow;
        if (_lastHead >= 0 && head > _lastHead)
        {
            var perBlock = (now - _headMovedAt).TotalSeconds / (double)(head - _lastHead);
            _secondsPerBlock = _secondsPerBlock <= 0 ? perBlock : (0.8 * _secondsPerBlock) + (0.2 * perBlock);
        }

        if (head != _lastHead) _headMovedAt = now;
        _lastHead = head;
        _headReadAt = now;
        metrics.HeadAge.Set(0);
        metrics.BlockLag.Set(IndexedHead >= 0 ? (double)BigInteger.Max(BigInteger.Zero, head - IndexedHead) : 0);
        return head;
    }

    /// <summary>Everything up to <paramref name="head"/> is indexed.</summary>
    public void Indexed(BigInteger head)
    {
        IndexedHead = head;
        metrics.LastBlock.Set((double)head);
        metrics.BlockLag.Set(0);
    }

    /// <summary>
    /// A tick failed (node gone, or every endpoint failing): the lag gauges say so at once — the head age is the time
    /// since a node last answered, the block lag at least 1 and the blocks the chain has probably made since (silence ÷
    /// the observed block time, or the poll interval before one is known).
    /// </summary>
    public void OnTickFailed()
    {
        var silent = (DateTimeOffset.UtcNow - _headReadAt).TotalSeconds;
        metrics.HeadAge.Set(Math.Round(silent, 1));
        var perBlock = _secondsPerBlock > 0 ? _secondsPerBlock : options.PollIntervalMilliseconds / 1000.0;
        metrics.BlockLag.Set(Math.Max(1, Math.Floor(silent / perBlock)));
    }
}
