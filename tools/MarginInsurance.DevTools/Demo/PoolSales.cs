using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.DevTools.Demo;

/// <summary>One liquidation settled through a pool: what was sold at the oracle price, what the pool paid, and the transaction's gas.</summary>
/// <param name="Collateral">Collateral symbol.</param>
/// <param name="OracleValue">Oracle value of the seized collateral at the block before the liquidation, base units of account.</param>
/// <param name="Proceeds">What the pool paid for it, base units of account.</param>
/// <param name="GasUsed">Gas of the liquidation transaction.</param>
public sealed record PoolSale(string Collateral, double OracleValue, double Proceeds, long GasUsed)
{
    /// <summary>Shortfall of the proceeds below the oracle value, basis points (pool fee included).</summary>
    public double SlippageBps => (1 - (Proceeds / OracleValue)) * 10_000;
}

/// <summary>The swap-mode liquidations of one collateral: sale sizes, measured slippage and gas.</summary>
/// <param name="Collateral">Collateral symbol.</param>
/// <param name="Count">Liquidations settled through its pool.</param>
/// <param name="MinSale">Smallest sale, base units of account at the oracle price.</param>
/// <param name="MaxSale">Largest sale.</param>
/// <param name="MinSlippageBps">Smallest slippage vs the oracle, bps.</param>
/// <param name="MeanSlippageBps">Mean slippage.</param>
/// <param name="MaxSlippageBps">Largest slippage.</param>
/// <param name="MinGas">Least gas of a swap-mode liquidation.</param>
/// <param name="MaxGas">Most gas.</param>
public sealed record PoolSaleStats(
    string Collateral, int Count, double MinSale, double MaxSale, double MinSlippageBps, double MeanSlippageBps, double MaxSlippageBps, long MinGas, long MaxGas)
{
    /// <summary>Per collateral, in the order first seen.</summary>
    public static IReadOnlyList<PoolSaleStats> Of(IEnumerable<PoolSale> sales) =>
        sales.GroupBy(s => s.Collateral).Select(g => new PoolSaleStats(
            g.Key, g.Count(), g.Min(s => s.OracleValue), g.Max(s => s.OracleValue),
            g.Min(s => s.SlippageBps), g.Average(s => s.SlippageBps), g.Max(s => s.SlippageBps), g.Min(s => s.GasUsed), g.Max(s => s.GasUsed))).ToList();

    /// <summary>
    /// The liquidations settled through the pools (SwapLiquidation events) from <paramref name="fromBlock"/>: the oracle
    /// value of each sale at the block before it (the price the liquidation saw), the pool's proceeds and the receipt's gas.
    /// </summary>
    public static async Task<IReadOnlyList<PoolSale>> ReadAsync(IWeb3 web3, DeploymentFile deployment, long fromBlock)
    {
        if (deployment.Uniswap is not { } uni) return [];
        var handler = web3.Eth.GetEvent<SwapLiquidationEventDTO>(uni.SwapLiquidator);
        var logs = await handler.GetAllChangesAsync(handler.CreateFilterInput(new BlockParameter((ulong)fromBlock), BlockParameter.CreateLatest())).ConfigureAwait(false);
        var oracle = new OracleRouterService(web3, deployment.OracleRouter);
        var sales = new List<PoolSale>();
        foreach (var log in logs)
        {
            var collateral = deployment.Collateral(log.Event.Collateral);
            var before = new BlockParameter(new HexBigInteger(log.Log.BlockNumber.Value - 1));
            var price = (double)await oracle.GetPriceQueryAsync(log.Event.Collateral, before).ConfigureAwait(false) / 1e18;
            var value = (double)log.Event.Seized / Math.Pow(10, collateral.Decimals) * price;
            var proceeds = (double)log.Event.Proceeds / Math.Pow(10, deployment.BaseDecimals);
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(log.Log.TransactionHash).ConfigureAwait(false);
            sales.Add(new PoolSale(collateral.Symbol, value, proceeds, (long)receipt.GasUsed.Value));
        }

        return sales;
    }
}
