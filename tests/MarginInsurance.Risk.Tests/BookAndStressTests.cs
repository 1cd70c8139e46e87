using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Stress;

namespace MarginInsurance.Risk.Tests;

public sealed class BookAndStressTests
{
    private static readonly string[] Assets = ["ETH", "BTC"];
    private static readonly double[] Prices = [2000, 40000];
    private static readonly double[] Lt = [0.85, 0.85];

    private static BookEvaluator Evaluator(int count = 2000) =>
        new(AccountBook.Synthetic(Assets, Prices, Lt, count, 1), Prices, Lt, new LiquidationTerms(500, 100));

    [Fact]
    public void AccountHealthIsWeightedCollateralOverDebt()
    {
        var account = new Account("a", new Dictionary<string, double> { ["ETH"] = 10, ["BTC"] = 1 }, 40_000);
        var prices = new Dictionary<string, double> { ["ETH"] = 2000, ["BTC"] = 40000 };
        var lt = new Dictionary<string, double> { ["ETH"] = 0.85, ["BTC"] = 0.8 };
        Assert.Equal((20_000 * 0.85 + 40_000 * 0.8) / 40_000, account.Health(prices, lt), 12);
    }

    [Fact]
    public void LiquidationRecoversDebtUntilCollateralRunsShort()
    {
        var terms = new LiquidationTerms(500, 100);
        var (repaid, seized, bad) = terms.Liquidate(10_000, 5_000);
        Assert.Equal(5_000, repaid);
        Assert.Equal(0, bad);
        Assert.Equal(5_000 * 1.05 / 0.99, seized, 9);
        var shortfall = terms.Liquidate(10_000, 9_800);
        Assert.Equal(9_800 - 10_000 * 0.99 / 1.05, shortfall.BadDebt, 9);
    }

    [Fact]
    public void VectorizedBookEvaluationMatchesScalarPath()
    {
        var e = Evaluator(1003);
        var rng = new Xoshiro256(2);
        for (var i = 0; i < 50; i++)
        {
            var g = new[] { Math.Exp(0.2 * rng.NextNormal()), Math.Exp(0.2 * rng.NextNormal()) };
            var fast = e.Apply(g);
            var slow = e.Apply(g, new bool[e.Book.Count]);
            Assert.Equal(slow.Liquidated, fast.Liquidated);
            Assert.Equal(slow.BadDebt, fast.BadDebt, 3);
            Assert.Equal(slow.LiquidationVolume, fast.LiquidationVolume, 3);
        }
    }

    [Fact]
    public void SyntheticBookStartsHealthyAndIsDeterministic()
    {
        var a = Evaluator();
        Assert.All(a.Healths(), h => Assert.True(h >= 1.02 - 1e-9));
        Assert.Equal(a.Book.Debt, Evaluator().Book.Debt);
    }

    [Fact]
    public void StressGridBadDebtGrowsWithTheDropAndUpMovesLiquidateNobody()
    {
        var (grid, results) = StressScenarios.Grid(Evaluator());
        var levels = StressScenarios.GridLevels;
        var allColumn = Assets.Length;
        for (var l = 1; l < levels.Count; l++) Assert.True(grid[l - 1, allColumn] >= grid[l, allColumn]);
        Assert.True(grid[0, allColumn] > 0);
        Assert.All(results.Where(r => r.Scenario.Contains('+', StringComparison.Ordinal)), r => Assert.Equal(0, r.Outcome.Liquidated));
        Assert.True(grid[0, allColumn] >= grid[0, 0] && grid[0, allColumn] >= grid[0, 1], "correlation 1 is the worst");
    }

    [Fact]
    public void ReplayOfMay2022LiquidatesAccountsOnRealPrices()
    {
        var prices = new[] { RepoData.Prices("ETH"), RepoData.Prices("BTC") };
        var window = StressScenarios.NamedWindows.Single(w => w.Name.StartsWith("May 2022", StringComparison.Ordinal));
        var result = StressScenarios.Replay(Evaluator(), prices, window);
        Assert.True(result.Outcome.Liquidated > 0);
        Assert.True(result.Outcome.LiquidationVolume > 0);
        Assert.NotEmpty(result.LiquidatedAccountIds);
    }

    [Fact]
    public void InsuranceMonteCarloIsDeterministicAndCoverageGrowsWithThePool()
    {
        var e = Evaluator();
        var g = new ScenarioGenerator(Assets, new[,] { { 0.0016, 0.001 }, { 0.001, 0.0009 } }, 4);
        var a = InsuranceAdequacy.Run(e, g, 20_000, 5, 10_000);
        var b = InsuranceAdequacy.Run(e, g, 20_000, 5, 10_000);
        Assert.Equal(a.ExpectedBadDebt, b.ExpectedBadDebt);
        Assert.Equal(a.PoolFor999, b.PoolFor999);
        Assert.True(a.PoolFor999.Value >= a.PoolFor99.Value);
        Assert.True(a.CoverageProbability(a.PoolFor999.Value) >= 0.999);
        Assert.True(a.CoverageProbability(a.PoolFor99.Value) >= 0.99);
        Assert.True(a.CoverageProbability(1e12) == 1);
        var p = a.ProbabilityPoolCovers.Value;
        Assert.Equal(Math.Sqrt(p * (1 - p) / 20_000), a.ProbabilityPoolCovers.StandardError, 12);
    }

    [Fact]
    public void TailCalibrationReproducesTheTargetQuantile()
    {
        var c = TailCalibration.Match(2.5, 0.99);
        Assert.Equal(1, c.VolatilityScale);
        Assert.Equal(2.5, Risk.Measures.ParametricRisk.StudentT(0.99, c.DegreesOfFreedom).Var, 6);
        var heavy = TailCalibration.Match(3.2, 0.99);
        Assert.Equal(TailCalibration.MinNu, heavy.DegreesOfFreedom);
        Assert.Equal(3.2, Risk.Measures.ParametricRisk.StudentT(0.99, heavy.DegreesOfFreedom).Var * heavy.VolatilityScale, 9);
    }
}

public sealed class MarginCallTests
{
    [Fact]
    public void AccountsCloseToLiquidationAreCalledAndSafeOnesAreNot()
    {
        string[] assets = ["ETH"];
        double[] prices = [2000];
        double[] lt = [0.8];
        var book = AccountBook.From(assets,
        [
            new Account("tight", new Dictionary<string, double> { ["ETH"] = 10 }, 15_500), // health 1.032
            new Account("safe", new Dictionary<string, double> { ["ETH"] = 10 }, 8_000),    // health 2.0
        ]);
        var evaluator = new BookEvaluator(book, prices, lt, new LiquidationTerms());
        var scenarios = new ScenarioGenerator(assets, new[,] { { 0.0016 } }, 5).Generate(20_000, 2);
        var calls = MarginCalls.Find(evaluator, scenarios, 0.975);
        var call = Assert.Single(calls);
        Assert.Equal("tight", call.AccountId);
        Assert.True(call.StressedHealth < 1 && call.Health > 1);
    }
}
