using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Tests;

public sealed class SimulationTests
{
    private static readonly string[] Assets = ["A", "B", "C"];
    private static readonly double[,] Covariance =
    {
        { 0.0004, 0.00024, 0.0001 },
        { 0.00024, 0.0009, 0.0003 },
        { 0.0001, 0.0003, 0.0016 },
    };

    [Fact]
    public void SameSeedSameScenariosDifferentSeedDifferent()
    {
        var g = new ScenarioGenerator(Assets, Covariance, 5);
        var a = g.Generate(10_000, 1);
        var b = g.Generate(10_000, 1);
        var c = g.Generate(10_000, 2);
        Assert.Equal(a.Values, b.Values);
        Assert.NotEqual(a.Values, c.Values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(6.0)]
    public void SampleCovarianceMatchesTheTarget(double? nu)
    {
        var set = new ScenarioGenerator(Assets, Covariance, nu).Generate(200_000, 9);
        for (var i = 0; i < 3; i++)
        for (var j = 0; j < 3; j++)
        {
            var s = 0.0;
            for (var k = 0; k < set.Count; k++) s += set[k, i] * set[k, j];
            Assert.Equal(Covariance[i, j], s / set.Count, 4);
            Assert.InRange(s / set.Count / Covariance[i, j], 0.95, 1.05);
        }
    }

    [Fact]
    public void StudentTScenariosHaveFatterTails()
    {
        var normal = new ScenarioGenerator(["A"], new[,] { { 1.0 } }).Generate(200_000, 4);
        var t = new ScenarioGenerator(["A"], new[,] { { 1.0 } }, 4).Generate(200_000, 4);
        Assert.True(Moments.Of(t.Values).ExcessKurtosis > 2);
        Assert.InRange(Moments.Of(normal.Values).ExcessKurtosis, -0.1, 0.1);
    }

    [Fact]
    public void CorrelationOneIsHandledWithoutCholesky()
    {
        var ones = new double[,] { { 1, 1 }, { 1, 1 } };
        var cov = ScenarioGenerator.CovarianceOf([0.02, 0.03], ones);
        var set = new ScenarioGenerator(["A", "B"], cov).Generate(5000, 3);
        for (var s = 0; s < set.Count; s++) Assert.Equal(set[s, 0] * 1.5, set[s, 1], 6);
    }

    [Fact]
    public void PortfolioEsContributionsAddUpAndIsolatedEsIsNotSmaller()
    {
        var set = new ScenarioGenerator(Assets, Covariance, 5).Generate(50_000, 8);
        var exposure = new[] { 1_000_000.0, 500_000, 250_000 };
        var result = PortfolioRisk.FromScenarios(exposure, set, 0.975);
        Assert.Equal(result.Risk.Es, result.EsContributions.Sum(c => c.Component), 6);
        Assert.True(PortfolioRisk.IsolatedEsSum(exposure, set, 0.975) >= result.Risk.Es);
        Assert.True(result.Risk.Es >= result.Risk.Var);

        var normal = PortfolioRisk.Normal(Assets, exposure, Covariance, 0.975);
        Assert.Equal(normal.Risk.Es, normal.EsContributions.Sum(c => c.Component), 6);
        // a scenario engine on normal draws converges to the parametric normal figure (linearized: within a few %)
        var normalSet = new ScenarioGenerator(Assets, Covariance).Generate(200_000, 8);
        Assert.InRange(PortfolioRisk.FromScenarios(exposure, normalSet, 0.975).Risk.Es / normal.Risk.Es, 0.95, 1.05);
    }
}

public sealed class PerAccountRiskTests
{
    [Theory]
    [InlineData(0.99, 10_003)]
    [InlineData(0.975, 997)]
    [InlineData(0.999, 500)]
    public void StreamingHeapMatchesTheEmpiricalTailOfEachAccount(double confidence, int scenarios)
    {
        string[] assets = ["ETH", "BTC"];
        double[] prices = [2000, 40000];
        var book = AccountBook.Synthetic(assets, prices, [0.85, 0.85], 150, 3);
        var set = new ScenarioGenerator(assets, new[,] { { 0.0016, 0.0008 }, { 0.0008, 0.0009 } }, 5).Generate(scenarios, 1);
        var fast = PerAccountRisk.Compute(book, prices, set, confidence);
        for (var k = 0; k < book.Count; k++)
        {
            var losses = new double[set.Count];
            for (var s = 0; s < set.Count; s++)
                losses[s] = -(book.Units[0][k] * prices[0] * double.ExpM1(set[s, 0]) + book.Units[1][k] * prices[1] * double.ExpM1(set[s, 1]));
            var expected = EmpiricalTail.Estimate(losses, confidence);
            Assert.Equal(expected.Var, fast[k].Var, 6);
            Assert.Equal(expected.Es, fast[k].Es, 6);
        }
    }
}
