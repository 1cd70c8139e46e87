using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;

namespace MarginInsurance.Risk.Tests;

public sealed class MarginTests
{
    private static readonly AssetMarginInputs Eth = new("ETH", 8500, 0, 1.0, 500, 100);

    [Fact]
    public void SafeThresholdCoversHaircutBonusAndSlippage()
    {
        // ES 10% (log) over 1 day: h = 1 - e^-0.1 = 9.516%; safe LT = 0.90484 · 0.99 / 1.05 = 0.85313
        var r = MarginRecommender.FromEs(0.10, 0.03, Eth, new MarginPolicy(HorizonDays: 1), new AddOnBounds());
        Assert.Equal(1 - Math.Exp(-0.1), r.Haircut, 12);
        Assert.Equal(8531, r.MaxSafeLiquidationThresholdBps);
        Assert.Equal(0, r.RecommendedAddOnBps);
        Assert.Equal(BoundHit.None, r.Bound);
    }

    [Fact]
    public void HorizonScalesEsBySquareRootOfTime()
    {
        var r = MarginRecommender.FromEs(0.10, 0.03, Eth, new MarginPolicy(HorizonDays: 4), new AddOnBounds(3000, 3000));
        Assert.Equal(0.20, r.HorizonEs, 12);
        var safe = (int)Math.Floor(Math.Exp(-0.2) * 0.99 / 1.05 * 10_000);
        Assert.Equal(8500 - safe, r.RecommendedAddOnBps);
    }

    [Fact]
    public void AddOnIsClampedToMaxAddOnAndMaxStep()
    {
        var huge = MarginRecommender.FromEs(0.8, 0.2, Eth, new MarginPolicy(), new AddOnBounds(3000, 10_000));
        Assert.Equal(3000, huge.RecommendedAddOnBps);
        Assert.Equal(BoundHit.MaxAddOn, huge.Bound);
        Assert.True(huge.RawAddOnBps > 3000);

        var stepped = MarginRecommender.FromEs(0.3, 0.1, Eth, new MarginPolicy(), new AddOnBounds(3000, 500));
        Assert.Equal(500, stepped.RecommendedAddOnBps);
        Assert.Equal(BoundHit.MaxStep, stepped.Bound);

        var down = MarginRecommender.FromEs(0.01, 0.01, Eth with { CurrentAddOnBps = 1200 }, new MarginPolicy(), new AddOnBounds(3000, 500));
        Assert.Equal(700, down.RecommendedAddOnBps);
    }

    [Fact]
    public void LiquidityMultiplierRaisesTheAddOn()
    {
        var deep = MarginRecommender.FromEs(0.15, 0.05, Eth, new MarginPolicy(), new AddOnBounds(3000, 3000));
        var thin = MarginRecommender.FromEs(0.15, 0.05, Eth with { LiquidityMultiplier = 2 }, new MarginPolicy(), new AddOnBounds(3000, 3000));
        Assert.True(thin.RecommendedAddOnBps > deep.RecommendedAddOnBps);
    }

    [Fact]
    public void FrontierTradesBadDebtForCapitalEfficiency()
    {
        var returns = RepoData.Prices("ETH") is var p ? Risk.Data.ReturnSeries.FromPrices(p, Risk.Data.GapPolicy.Drop).Values : [];
        var frontier = MarginFrontier.Compute(returns, Eth, new MarginPolicy(), new RiskEngineSettings());
        for (var i = 1; i < frontier.Count; i++)
        {
            Assert.True(frontier[i].MaxLtvBps > frontier[i - 1].MaxLtvBps);
            Assert.True(frontier[i].ExpectedBadDebtBps >= frontier[i - 1].ExpectedBadDebtBps);
            Assert.True(frontier[i].BadDebtEsBps >= frontier[i].ExpectedBadDebtBps);
        }
        Assert.True(frontier[^1].ExpectedBadDebtBps > 0);
        Assert.Equal(0, frontier[0].ExpectedBadDebtBps);
    }

    [Fact]
    public void DefaultInputsAreConfigurableRecords()
    {
        Assert.Equal(7000, DefaultMarginInputs.For("SOL").BaseLiquidationThresholdBps);
        Assert.Equal(8000, (DefaultMarginInputs.For("ETH") with { BaseLiquidationThresholdBps = 8000 }).BaseLiquidationThresholdBps);
    }
}
