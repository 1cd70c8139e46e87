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

    /// <summary>
    /// A three-account book worked by hand (ETH 2,000, BTC 40,000, LT 85%, bonus 5%, slippage 1%, so a liquidation
    /// recovers 0.99 / 1.05 of the collateral value): A = 10 ETH against 16,000 debt (health 1.0625), B = 1 BTC against
    /// 20,000 (health 1.7), C = 5 ETH + 0.5 BTC against 24,000 (health 1.0625). Each expected figure below is the
    /// arithmetic in its comment, not the evaluator's output: a wrong recovery, a wrong health test (&lt; vs &lt;=), a move
    /// applied to the wrong asset or a column mix-up in the grid fails it.
    /// </summary>
    [Fact]
    public void StressGridMatchesAHandWorkedBook()
    {
        var book = new AccountBook(Assets, ["A", "B", "C"], [[10, 0, 5], [0, 1, 0.5]], [16_000, 20_000, 24_000]);
        var evaluator = new BookEvaluator(book, Prices, Lt, new LiquidationTerms(500, 100));
        var (grid, results) = StressScenarios.Grid(evaluator);
        Assert.Equal(-0.50, StressScenarios.GridLevels[0], 12);
        const int minus50 = 0, eth = 0, all = 2;
        StressResult Named(string name) => results.Single(r => r.Scenario == name);

        // ETH -50%: A (10,000 of ETH) and C (5,000 ETH + 20,000 BTC) fall below 1; B is untouched.
        // bad = 16,000 + 24,000 - (10,000 + 25,000) * 0.99 / 1.05 = 40,000 - 33,000 = 7,000
        Assert.Equal(7_000, grid[minus50, eth], 6);
        Assert.Equal(2, Named("ETH -50%").Outcome.Liquidated);
        // ALL -50%: every account; bad = 60,000 - (10,000 + 20,000 + 15,000) * 0.99 / 1.05 = 60,000 - 42,428.571428...
        Assert.Equal(60_000 - 45_000 * 0.99 / 1.05, grid[minus50, all], 6);
        Assert.Equal(17_571.428571, grid[minus50, all], 5);
        // ETH -10%: A's weighted collateral 15,300 < 16,000 is liquidated, but 18,000 * 0.99 / 1.05 = 16,971 covers its debt:
        // one liquidation, no bad debt, volume = 16,000 * 1.05 / 0.99. C (weighted 24,650 >= 24,000) stays.
        var minus10 = Named("ETH -10%").Outcome;
        Assert.Equal(1, minus10.Liquidated);
        Assert.Equal(0, minus10.BadDebt, 9);
        Assert.Equal(16_000 * 1.05 / 0.99, minus10.LiquidationVolume, 6);
        // ETH -5%: A's weighted collateral 16,150 >= 16,000 and C's 25,075 >= 24,000: nobody.
        Assert.Equal(0, Named("ETH -5%").Outcome.Liquidated);
        // Up moves liquidate nobody.
        Assert.All(results.Where(r => r.Scenario.Contains('+', StringComparison.Ordinal)), r => Assert.Equal(0, r.Outcome.Liquidated));
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
