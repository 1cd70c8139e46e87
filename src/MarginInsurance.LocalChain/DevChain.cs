using System.Numerics;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;

namespace MarginInsurance.LocalChain;

/// <summary>Development-chain RPC methods of a Hardhat node (snapshots, time, mining, balances).</summary>
public sealed class DevChain(IClient client)
{
    /// <summary>Takes a snapshot; returns its id for <see cref="RevertAsync"/>.</summary>
    public Task<string> SnapshotAsync() => client.SendRequestAsync<string>("evm_snapshot");

    /// <summary>Reverts to a snapshot (which is consumed; take a new one to revert again).</summary>
    public async Task RevertAsync(string snapshotId)
    {
        if (!await client.SendRequestAsync<bool>("evm_revert", null, snapshotId).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"evm_revert to snapshot {snapshotId} failed");
        }
    }

    /// <summary>Mines <paramref name="blocks"/> blocks.</summary>
    public async Task MineAsync(int blocks = 1)
    {
        if (blocks == 1)
        {
            await client.SendRequestAsync<string>("evm_mine").ConfigureAwait(false);
            return;
        }

        await client.SendRequestAsync<object>("hardhat_mine", null, new HexBigInteger(blocks).HexValue).ConfigureAwait(false);
    }

    /// <summary>Moves the chain clock forward and mines a block.</summary>
    public async Task IncreaseTimeAsync(long seconds)
    {
        await client.SendRequestAsync<object>("evm_increaseTime", null, seconds).ConfigureAwait(false);
        await MineAsync().ConfigureAwait(false);
    }

    /// <summary>Sets the timestamp of the next block (must be later than the latest block's).</summary>
    public Task SetNextBlockTimestampAsync(long unixSeconds) => client.SendRequestAsync<object>("evm_setNextBlockTimestamp", null, unixSeconds);

    /// <summary>Sets an account's ether balance.</summary>
    public Task SetBalanceAsync(string address, BigInteger wei) =>
        client.SendRequestAsync<object>("hardhat_setBalance", null, address, wei.ToHexBigInteger().HexValue);

    /// <summary>Turns automining on or off (off: transactions wait for <see cref="MineAsync"/>).</summary>
    public Task SetAutomineAsync(bool enabled) => client.SendRequestAsync<object>("evm_setAutomine", null, enabled);

    /// <summary>Mines a block every <paramref name="milliseconds"/> (0 stops interval mining); combine with automine off.</summary>
    public Task SetIntervalMiningAsync(int milliseconds) => client.SendRequestAsync<object>("evm_setIntervalMining", null, milliseconds);

    /// <summary>Removes a pending transaction from the node's mempool, as a node restart or eviction would; true if it was there.</summary>
    public Task<bool> DropTransactionAsync(string hash) => client.SendRequestAsync<bool>("hardhat_dropTransaction", null, hash);

    /// <summary>Sets the base fee of the next block (a gas-price spike); later blocks move from it by the EIP-1559 rule.</summary>
    public Task SetNextBlockBaseFeeAsync(BigInteger wei) =>
        client.SendRequestAsync<object>("hardhat_setNextBlockBaseFeePerGas", null, wei.ToHexBigInteger().HexValue);
}
