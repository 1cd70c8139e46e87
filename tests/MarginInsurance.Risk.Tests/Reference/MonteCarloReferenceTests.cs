using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;
using Xunit;

namespace MarginInsurance.Risk.Tests.Reference;

/// <summary>
/// The fast Monte Carlo paths against their slow references on the same seed: per-account VaR/ES (candidate buffer) against
/// the min-heap implementation it replaced (1e-9 relative), and the insurance run (scenario blocks) against
/// <see cref="BookEvaluator.Apply"/> one scenario at a time (bit for bit).
/// </summary>
public sealed class MonteCarloReferenceTests
{
    private static readonly string[] Assets = ["ETH", "BTC", "SOL", "LINK", "USDC"];
    private static readonly double[] Prices = [2000, 60000, 150, 15, 1];
    private static readonly double[] Lt = [0.85, 0.85, 0.75, 0.75, 0.9];
    private static readonly double[,] Covariance =
    {
        { 0.0016, 0.0009, 0.0012, 0.0011, 0.0 },
        { 0.0009, 0.0010, 0.0008, 0.0007, 0.0 },
        { 0.0012, 0.0008, 0.0030, 0.0014, 0.0 },
        { 0.0011, 0.0007, 0.0014, 0.0025, 0.0 },
        { 0.0, 0.0, 0.0, 0.0, 0.000001 },
    };

    [Theory]
    [InlineData(0.99, 20_003)]
    [InlineData(0.975, 4_001)]
    [InlineData(0.975, 16_390)]
    [InlineData(0.999, 700)]
    public void PerAccountVarEsEqualsTheHeapReference(double confidence, int scenarios)
    {
        var book = AccountBook.Synthetic(Assets, Prices, Lt, 259, 11);
        var set = new ScenarioGenerator(Assets, Covariance, 4).Generate(scenarios, 42);
        var fast = PerAccountRisk.Compute(book, Prices, set, confidence);
        var reference = PerAccountRiskHeapReference.Compute(book, Prices, set, confidence);
        Assert.Equal(reference.Length, fast.Length);
        for (var k = 0; k < fast.Length; k++)
        {
            AssertRelative(reference[k].Var, fast[k].Var, $"VaR of account {k}");
            AssertRelative(reference[k].Es, fast[k].Es, $"ES of account {k}");
        }
    }

    [Theory]
    [InlineData(1e-7)] // floor far above the tail: every account streams again without it
    [InlineData(0.2)]  // floor near the k-th loss
    public void PerAccountVarEsIsExactWhateverTheAdmissionFloor(double floorTailFactor)
    {
        var book = AccountBook.Synthetic(Assets, Prices, Lt, 131, 12);
        var set = new ScenarioGenerator(Assets, Covariance, 4).Generate(4 * PerAccountRisk.FloorPrefix + 3, 43);
        var fast = PerAccountRisk.Compute(book, Prices, set, 0.99, floorTailFactor);
        var reference = PerAccountRiskHeapReference.Compute(book, Prices, set, 0.99);
        for (var k = 0; k < fast.Length; k++)
        {
            AssertRelative(reference[k].Var, fast[k].Var, $"VaR of account {k}");
            AssertRelative(reference[k].Es, fast[k].Es, $"ES of account {k}");
        }
    }

    [Fact]
    public void PerAccountVarEsEqualsTheHeapReferenceForDenseMixedAndEmptyAccounts()
    {
        // groups of the sparse kernel with every asset, with one to five, and accounts holding nothing (loss zero)
        var synthetic = AccountBook.Synthetic(Assets, Prices, Lt, 203, 13);
        var units = synthetic.Units.Select(u => (double[])u.Clone()).ToArray();
        for (var k = 0; k < synthetic.Count; k++)
        {
            for (var a = 0; a < Assets.Length; a++)
            {
                if (k % 3 == 0) units[a][k] = (k + a + 1) * 10 / Prices[a];
                if (k % 7 == 1) units[a][k] = 0;
            }
        }

        var book = synthetic with { Units = units };
        var set = new ScenarioGenerator(Assets, Covariance, 4).Generate(4 * PerAccountRisk.FloorPrefix + 5, 44);
        var fast = PerAccountRisk.Compute(book, Prices, set, 0.99);
        var reference = PerAccountRiskHeapReference.Compute(book, Prices, set, 0.99);
        for (var k = 0; k < fast.Length; k++)
        {
            AssertRelative(reference[k].Var, fast[k].Var, $"VaR of account {k}");
            AssertRelative(reference[k].Es, fast[k].Es, $"ES of account {k}");
        }
    }

    [Fact]
    public void InsuranceRunEqualsApplyWhenAWeightIsNegative()
    {
        // a negative weight turns off the lower-bound skip (the bound needs Σ w·g monotone); the result stays Apply's
        var synthetic = AccountBook.Synthetic(Assets, Prices, Lt, 301, 6);
        var units = synthetic.Units.Select(u => (double[])u.Clone()).ToArray();
        units[4][7] = -100;
        var book = synthetic with { Units = units };
        AssertInsuranceRunEqualsApply(book, 1_001, 10);
    }

    [Fact]
    public void InsuranceRunEqualsApplyScenarioByScenario() => AssertInsuranceRunEqualsApply(AccountBook.Synthetic(Assets, Prices, Lt, 1_003, 5), 5_001, 9);

    private static void AssertInsuranceRunEqualsApply(AccountBook book, int scenarios, ulong seed)
    {
        var evaluator = new BookEvaluator(book, Prices, Lt, new LiquidationTerms());
        var generator = new ScenarioGenerator(Assets, Covariance, 4);
        var result = InsuranceAdequacy.Run(evaluator, generator, scenarios, seed, 50_000);

        var set = generator.Generate(scenarios, seed);
        var expected = new double[scenarios];
        var relatives = new double[Assets.Length];
        for (var s = 0; s < scenarios; s++)
        {
            for (var a = 0; a < relatives.Length; a++) relatives[a] = Math.Exp(set.Values[s * Assets.Length + a]);
            expected[s] = evaluator.Apply(relatives).BadDebt;
        }

        Assert.Contains(expected, b => b > 0);
        Assert.Equal(expected.Average(), result.ExpectedBadDebt.Value);
        Array.Sort(expected);
        Assert.Equal(expected, result.SortedBadDebt);
        Assert.Equal(InsuranceAdequacy.Quantile(expected, 0.999).Value, result.PoolFor999.Value);
    }

    [Fact]
    public void SelectLargestPutsTheKLargestFirst()
    {
        var rng = new Random(3);
        foreach (var (length, k) in new[] { (1, 1), (10, 1), (10, 10), (1000, 37), (2000, 1000), (999, 998) })
        {
            // with many ties: values drawn from a small set
            var values = Enumerable.Range(0, length).Select(_ => (double)rng.Next(length / 3 + 1)).ToArray();
            var sorted = values.OrderByDescending(v => v).ToArray();
            TopLosses.SelectLargest(values, k);
            Assert.Equal(sorted.Take(k).Order(), values.Take(k).Order());
        }
    }

    [Fact]
    public void TopLossesKeepsTheEmpiricalTail()
    {
        var rng = new Random(4);
        var losses = Enumerable.Range(0, 10_000).Select(_ => rng.NextDouble() * 100 - 50).ToArray();
        var top = new TopLosses(100);
        foreach (var l in losses) top.Offer(l);
        var (kth, sum, max, count) = top.Result();
        var sorted = losses.OrderByDescending(v => v).Take(100).ToArray();
        Assert.Equal(100, count);
        Assert.Equal(sorted[^1], kth);
        Assert.Equal(sorted[0], max);
        Assert.Equal(sorted.Sum(), sum, 9);
        Assert.Equal(EmpiricalTail.Estimate(losses, 0.99).Var, kth);
    }

    private static void AssertRelative(double expected, double actual, string what)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * scale, $"{what}: {actual:R} vs reference {expected:R}");
    }
}
