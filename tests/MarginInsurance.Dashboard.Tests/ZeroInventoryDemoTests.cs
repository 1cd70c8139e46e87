using MarginInsurance.DevTools.Demo;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
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
            var oracle = new OracleRouterService(web3, live.Deployment.OracleRouter);
            var slippage = new List<(string Symbol, double Value, double Bps)>();
            foreach (var s in swaps)
            {
                var collateral = live.Deployment.Collateral(s.Event.Collateral);
                // Oracle value of the seized collateral at the block before the liquidation, against what the pool paid.
                var price = (double)await oracle.GetPriceQueryAsync(s.Event.Collateral, new BlockParameter(new HexBigInteger(s.Log.BlockNumber.Value - 1))) / 1e18;
                var value = (double)s.Event.Seized / Math.Pow(10, collateral.Decimals) * price;
                var proceeds = (double)s.Event.Proceeds / Math.Pow(10, live.Deployment.BaseDecimals);
                slippage.Add((collateral.Symbol, value, (1 - (proceeds / value)) * 10_000));
            }

            foreach (var g in slippage.GroupBy(x => x.Symbol))
            {
                output.WriteLine($"{g.Key}: {g.Count()} swap-mode liquidations, sales {g.Min(x => x.Value):N0}..{g.Max(x => x.Value):N0} USDC, slippage vs oracle {g.Min(x => x.Bps):F1}..{g.Max(x => x.Bps):F1} bps (mean {g.Average(x => x.Bps):F1}, pool fee included)");
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
