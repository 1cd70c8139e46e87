using MarginInsurance.Cli.Demo;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Xunit.Abstractions;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// The demo's keeper starts with no base asset at all: it clears the March 2020 crash by liquidating in swap mode through
/// the Uniswap v3 pools (repaying from the sale of the seized collateral), with no account left below health 1 and no
/// liquidation sent twice (no reverted keeper transaction, no account liquidated twice in one block).
/// </summary>
public sealed class ZeroInventoryDemoTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Keeper_with_zero_base_inventory_clears_the_crash_through_the_pools()
    {
        var reverted = -1;
        var keeperTxs = 0;
        var duplicates = -1;
        var options = new CrashDemoOptions("march-2020", Borrowers: 12, Seed: 42, AfterReplay: async (live, _) =>
        {
            var web3 = new Web3(live.RpcUrl);
            var head = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            reverted = 0;
            for (var b = live.ReplayStartBlock; b <= head; b++)
            {
                var block = await web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new BlockParameter(new HexBigInteger(b)));
                foreach (var tx in block.Transactions.Where(t => string.Equals(t.From, live.KeeperAddress, StringComparison.OrdinalIgnoreCase)))
                {
                    keeperTxs++;
                    var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash);
                    if (receipt.Status.Value != 1) reverted++;
                }
            }

            var start = new BlockParameter(new HexBigInteger(live.ReplayStartBlock));
            var vaultEvents = web3.Eth.GetEvent<LiquidateEventDTO>(live.Deployment.MarginVault);
            var liquidations = await vaultEvents.GetAllChangesAsync(vaultEvents.CreateFilterInput(start, BlockParameter.CreateLatest()));
            duplicates = liquidations.GroupBy(l => (l.Event.Owner.ToLowerInvariant(), l.Event.SubId, l.Log.BlockNumber.Value)).Count(g => g.Count() > 1);
            var swapEvents = web3.Eth.GetEvent<SwapLiquidationEventDTO>(live.Deployment.Uniswap!.SwapLiquidator);
            var swaps = await swapEvents.GetAllChangesAsync(swapEvents.CreateFilterInput(start, BlockParameter.CreateLatest()));
            foreach (var s in swaps)
            {
                var symbol = live.Deployment.Collateral(s.Event.Collateral).Symbol;
                output.WriteLine($"swap-mode liquidation {symbol}: seized {s.Event.Seized}, repaid {s.Event.Repaid}, proceeds {s.Event.Proceeds}, profit {s.Event.Profit}, gas in block {s.Log.BlockNumber.Value}");
            }
        });

        var summary = await new CrashDemo(options).RunAsync(
            s => output.WriteLine($"demo: {s.Accounts} accounts, {s.Liquidations} liquidations ({s.PoolLiquidations} through the pools), keeper inventory at start {s.KeeperBaseInventory} USDC, left below 1: {s.LeftLiquidatable}"),
            CancellationToken.None);

        Assert.Equal(0m, summary.KeeperBaseInventory);
        Assert.Equal(0, summary.LeftLiquidatable);        // 0 missed
        Assert.True(summary.PoolLiquidations > 0, "no liquidation was settled through a pool");
        Assert.True(keeperTxs > 0);
        Assert.Equal(0, reverted);                         // no liquidation sent twice (a second one would revert or lose)
        Assert.Equal(0, duplicates);                       // no account liquidated twice in one block
    }
}
