using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Tests;

/// <summary>Synthetic test: implied volatility jumps before realized volatility does, and margin reacts at once.</summary>
public sealed class ImpliedVolatilityTests
{
    private const int Days = 600;
    private const int JumpDay = 500;
    private static readonly DateOnly Start = new(2023, 1, 1);

    private static (double[] Returns, List<DateOnly> Dates, ImpliedVolatilitySeries Implied) Synthetic()
    {
        var rng = new Xoshiro256(5);
        var returns = Enumerable.Range(0, Days).Select(_ => 0.02 * rng.NextNormal()).ToArray(); // realized stays calm
        var dates = Enumerable.Range(0, Days).Select(i => Start.AddDays(i)).ToList();
        // implied: 0.02·sqrt(365) annualized (≈38%) until JumpDay, then 3x (the options market prices a storm that has not hit yet)
        var annual = dates.Select((_, i) => (i < JumpDay ? 0.02 : 0.06) * Math.Sqrt(365) * 100).ToList();
        return (returns, dates, new ImpliedVolatilitySeries("ETH", dates, annual));
    }

    [Fact]
    public void MaxRuleReactsOnTheDayImpliedJumpsWhileRealizedLags()
    {
        var (returns, dates, implied) = Synthetic();
        var realized = EwmaVolatility.Forecasts(returns)[..Days];
        var combined = new ImpliedVolatilityRule().Combine(dates, realized, implied);
        Assert.InRange(realized[JumpDay], 0.012, 0.03);
        Assert.Equal(0.06, combined[JumpDay], 6);
        Assert.True(combined[JumpDay - 1] < 0.035, "before the jump the combination stays near realized");
        for (var t = 0; t < Days; t++) Assert.True(combined[t] >= realized[t]);
    }

    [Fact]
    public void BlendRuleIsTheWeightedAverage()
    {
        var rule = new ImpliedVolatilityRule(ImpliedVolatilityCombination.Blend, 0.25);
        Assert.Equal(0.25 * 0.08 + 0.75 * 0.04, rule.Combine(0.04, 0.08), 12);
        Assert.Equal(0.04, rule.Combine(0.04, null), 12);
    }

    [Fact]
    public void StaleImpliedValuesAreIgnored()
    {
        var implied = new ImpliedVolatilitySeries("ETH", [Start], [80.0]);
        Assert.NotNull(implied.DailyVolatilityAsOf(Start.AddDays(3)));
        Assert.Null(implied.DailyVolatilityAsOf(Start.AddDays(4)));
        Assert.Null(implied.DailyVolatilityAsOf(Start.AddDays(-1)));
        Assert.Equal(0.8 / Math.Sqrt(365), implied.DailyVolatilityAsOf(Start)!.Value, 12);
    }

    [Fact]
    public void MarginAddOnRisesWhenImpliedVolatilityJumps()
    {
        var (returns, dates, implied) = Synthetic();
        var inputs = new AssetMarginInputs("ETH", 8500);
        var settings = new RiskEngineSettings();
        var history = returns[..JumpDay];
        var realizedOnly = MarginRecommender.Recommend(history, inputs, new MarginPolicy(), new AddOnBounds(3000, 3000), settings);
        var sigma = EwmaVolatility.Forecasts(history)[^1];
        var combined = new ImpliedVolatilityRule().Combine(sigma, implied.DailyVolatilityAsOf(dates[JumpDay]));
        var withImplied = MarginRecommender.Recommend(history, inputs, new MarginPolicy(), new AddOnBounds(3000, 3000), settings, combined);
        Assert.True(withImplied.RecommendedAddOnBps > realizedOnly.RecommendedAddOnBps + 200,
            $"implied jump should raise the add-on: {realizedOnly.RecommendedAddOnBps} → {withImplied.RecommendedAddOnBps}");
    }
}
