using MarginInsurance.DevTools.Demo;
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
        var swapLiquidations = -1;
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
            swapLiquidations = swaps.Count;
        });

        var summary = await new CrashDemo(options).RunAsync(
            s => output.WriteLine($"demo: {s.Accounts} accounts, {s.Liquidations} liquidations ({s.PoolLiquidations} through the pools), keeper inventory at start {s.KeeperBaseInventory} USDC, left below 1: {s.LeftLiquidatable}"),
            CancellationToken.None);

        Assert.Equal(0m, summary.KeeperBaseInventory);
        Assert.Equal(0, summary.LeftLiquidatable);        // 0 missed
        Assert.True(summary.PoolLiquidations > 0, "no liquidation was settled through a pool");
        Assert.Equal(swapLiquidations, summary.PoolLiquidations);       // the summary counts every SwapLiquidation event
        Assert.Equal(summary.PoolLiquidations, summary.PoolSales!.Sum(p => p.Count));
        foreach (var p in summary.PoolSales!)
        {
            // the closing note's figures, per collateral at the demo's liquidation sizes
            output.WriteLine(FormattableString.Invariant($"{p.Collateral}: {p.Count} swap-mode liquidations, sales {p.MinSale:N0}..{p.MaxSale:N0} USDC, slippage vs oracle {p.MinSlippageBps:F1}..{p.MaxSlippageBps:F1} bps (mean {p.MeanSlippageBps:F1}, pool fee included), gas {p.MinGas:N0}..{p.MaxGas:N0}"));
            Assert.True(p.MinGas > 100_000 && p.MaxGas < 900_000, $"{p.Collateral}: gas {p.MinGas}..{p.MaxGas} within the keeper's swap-mode limit");
        }
        Assert.True(keeperTxs > 0);
        Assert.Equal(0, reverted);                         // no liquidation sent twice (a second one would revert or lose)
        Assert.Equal(0, duplicates);                       // no account liquidated twice in one block

        // the perpetuals smoke set (5 positions, 2× to 20×): the crash liquidates some, lenders never pay for them, the base asset is conserved
        Assert.Equal(5, summary.PerpPositions);
        Assert.True(summary.PositionsLiquidated > 0, "the March 2020 crash should liquidate leveraged positions");
        Assert.Equal(0m, summary.LendersPerpLoss);
        Assert.Equal(0m, summary.ConservationDifference);
        Assert.False(summary.PromiseBroken);
    }
}
