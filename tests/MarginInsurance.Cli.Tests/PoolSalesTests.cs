using MarginInsurance.DevTools.Demo;

namespace MarginInsurance.Cli.Tests;

/// <summary>The demo's breakdown of liquidations through the pools: slippage against the oracle value and per-collateral ranges.</summary>
public sealed class PoolSalesTests
{
    [Fact]
    public void SlippageIsTheProceedsShortfallBelowTheOracleValueAndStatsGroupByCollateral()
    {
        PoolSale[] sales =
        [
            new("WETH", 10_000, 9_990, 260_000),     // 10 USDC short of 10,000: 10 bps
            new("LINK", 40_000, 39_800, 280_000),    // 200 short of 40,000: 50 bps
            new("WETH", 50_000, 49_900, 270_000),    // 100 short of 50,000: 20 bps
        ];
        Assert.Equal(10, sales[0].SlippageBps, 9);
        var stats = PoolSaleStats.Of(sales);
        Assert.Equal(["WETH", "LINK"], stats.Select(s => s.Collateral));
        Assert.Equal(new PoolSaleStats("WETH", 2, 10_000, 50_000, sales[0].SlippageBps, (sales[0].SlippageBps + sales[2].SlippageBps) / 2, sales[2].SlippageBps, 260_000, 270_000), stats[0]);
        Assert.Equal(20, stats[0].MaxSlippageBps, 9);
        Assert.Equal(50, stats[1].MeanSlippageBps, 9);
    }
}
