using System.Numerics;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Contracts.MockERC20.ContractDefinition;
using MarginInsurance.Sdk;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.DevTools.Demo;

/// <summary>
/// Conservation of the base asset over the replay: the balances of the vault, the liquidity vault, the insurance pool,
/// every demo account and the keeper change by exactly the base asset that crossed into or out of that set (minted, or
/// traded with the Uniswap pools and the arbitrageur), read from the token's Transfer events. A difference means
/// tokens were created or lost inside the protocol.
/// </summary>
internal sealed class BaseConservation(MarginClient client, IEnumerable<string> holders)
{
    private readonly HashSet<string> _holders = new(holders.Select(h => h.ToLowerInvariant()));
    private BigInteger _start;
    private long _fromBlock;

    /// <summary>Records the holders' total at the head and the next block to read transfers from.</summary>
    public async Task StartAsync()
    {
        var head = (long)(await client.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
        _start = await TotalAsync(new BlockParameter(new HexBigInteger(head))).ConfigureAwait(false);
        _fromBlock = head + 1;
    }

    /// <summary>The holders' total at <paramref name="toBlock"/> minus (start + net inflow over the boundary): 0 when conserved.</summary>
    public async Task<BigInteger> DifferenceAsync(long toBlock)
    {
        var at = new BlockParameter(new HexBigInteger(toBlock));
        var end = await TotalAsync(at).ConfigureAwait(false);
        var transfer = client.Web3.Eth.GetEvent<TransferEventDTO>(client.Deployment.BaseAsset);
        var logs = await transfer.GetAllChangesAsync(transfer.CreateFilterInput(new BlockParameter(new HexBigInteger(_fromBlock)), at)).ConfigureAwait(false);
        var inflow = BigInteger.Zero;
        foreach (var l in logs)
        {
            var fromInside = _holders.Contains(l.Event.From.ToLowerInvariant());
            var toInside = _holders.Contains(l.Event.To.ToLowerInvariant());
            if (toInside && !fromInside) inflow += l.Event.Value;
            if (fromInside && !toInside) inflow -= l.Event.Value;
        }

        return end - (_start + inflow);
    }

    private async Task<BigInteger> TotalAsync(BlockParameter block)
    {
        var token = new MockERC20Service(client.Web3, client.Deployment.BaseAsset);
        var total = BigInteger.Zero;
        foreach (var h in _holders)
        {
            total += await token.BalanceOfQueryAsync(h, block).ConfigureAwait(false);
        }

        return total;
    }
}
