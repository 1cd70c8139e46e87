using MarginInsurance.Risk.Margin;

namespace MarginInsurance.Risk.Tests;

/// <summary>Liquidation cost from depth: the recommendation follows the pool's depth instead of a fixed slippage.</summary>
public sealed class LiquidityDepthTests
{
    private static readonly AssetMarginInputs Eth = new("ETH", 8500, 0, 1.0, 500, 100);

    // A curve like the local WETH/USDC pool's: 5 bps (the fee) for small sales, growing with size.
    private static readonly DepthCurve Curve = new("WETH", [new(10_000, 5), new(250_000, 20), new(1_000_000, 60), new(5_000_000, 400)]);

    [Fact]
    public void ImpactInterpolatesBetweenPointsAndExtrapolatesInProportion()
    {
        Assert.Equal(2.5, Curve.ImpactBps(5_000), 12);                      // below the first point: scaled down
        Assert.Equal(40, Curve.ImpactBps(625_000), 12);                     // halfway between 20 and 60 bps
        Assert.Equal(800, Curve.ImpactBps(10_000_000), 12);                 // beyond the last point: 400 × 2
        Assert.Equal(Curve.ImpactBps(2_500_000), Curve.Thinned(0.2).ImpactBps(500_000), 12); // 5× thinner: 500k costs what 2.5M did
    }

    [Fact]
    public void RecommendationChangesWhenDepthChanges()
    {
        // ES 10 %: safe LT = e^-0.1 (1 − s) / 1.05, so the add-on moves with the measured slippage s.
        const double sale = 500_000;
        var deep = MarginRecommender.FromEs(0.10, 0.03, Eth.WithDepth(Curve, sale), new MarginPolicy(), new AddOnBounds(3000, 3000));
        var thin = MarginRecommender.FromEs(0.10, 0.03, Eth.WithDepth(Curve.Thinned(0.2), sale), new MarginPolicy(), new AddOnBounds(3000, 3000));
        Assert.Equal(Curve.ImpactBps(sale), deep.Inputs.SlippageBps, 12);
        Assert.Equal((int)Math.Floor(Math.Exp(-0.1) * (1 - (Curve.ImpactBps(sale) / 10_000)) / 1.05 * 10_000), deep.MaxSafeLiquidationThresholdBps);
        Assert.Equal((int)Math.Floor(Math.Exp(-0.1) * (1 - (Curve.ImpactBps(2_500_000) / 10_000)) / 1.05 * 10_000), thin.MaxSafeLiquidationThresholdBps);
        Assert.True(thin.RecommendedAddOnBps > deep.RecommendedAddOnBps, $"thin {thin.RecommendedAddOnBps} vs deep {deep.RecommendedAddOnBps}");

        var stress = LiquidationCost.Stress(0.10, 0.03, Eth, Curve, sale, new MarginPolicy(), new AddOnBounds(3000, 3000));
        Assert.Equal(deep, stress.Measured);
        Assert.Equal(thin, stress.Stressed);
        Assert.Equal(0.2, stress.DepthFactor);
    }
}
