using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Insurance;

/// <summary>A Monte Carlo estimate with its standard error.</summary>
/// <param name="Value">Estimate.</param>
/// <param name="StandardError">Standard error.</param>
public readonly record struct McEstimate(double Value, double StandardError);

/// <summary>Insurance adequacy result.</summary>
/// <param name="Scenarios">Number of one-day scenarios.</param>
/// <param name="PoolSize">Pool tested, USD.</param>
/// <param name="ProbabilityPoolCovers">P(day's bad debt ≤ pool), SE = sqrt(p(1-p)/N).</param>
/// <param name="ExpectedBadDebt">Mean daily bad debt, SE = sd/sqrt(N).</param>
/// <param name="PoolFor99">Pool needed for 99% coverage (bad-debt 99% quantile), SE by 20 batch means.</param>
/// <param name="PoolFor999">Pool needed for 99.9% coverage, SE by 20 batch means.</param>
/// <param name="SortedBadDebt">Sorted scenario bad debts (for coverage curves).</param>
public sealed record InsuranceAdequacyResult(
    int Scenarios,
    double PoolSize,
    McEstimate ProbabilityPoolCovers,
    McEstimate ExpectedBadDebt,
    McEstimate PoolFor99,
    McEstimate PoolFor999,
    double[] SortedBadDebt)
{
    /// <summary>P(bad debt ≤ pool) for any pool size.</summary>
    public double CoverageProbability(double pool)
    {
        var index = Array.BinarySearch(SortedBadDebt, pool);
        var count = index >= 0 ? UpperBound(index, pool) : ~index;
        return (double)count / SortedBadDebt.Length;
    }

    private int UpperBound(int index, double pool)
    {
        while (index < SortedBadDebt.Length && SortedBadDebt[index] <= pool) index++;
        return index;
    }
}

/// <summary>
/// Monte Carlo of one day's aggregate bad debt: joint log returns from the <see cref="ScenarioGenerator"/> (fitted EWMA covariance,
/// tail-calibrated multivariate t), each applied to every account as a gap move with full liquidation of accounts below health 1.
/// </summary>
public static class InsuranceAdequacy
{
    private const int Batches = 20;

    /// <summary>Scenarios evaluated together by <see cref="BookEvaluator.BadDebts"/> (the book is streamed once per block).</summary>
    private const int ScenarioBlock = 64;

    /// <summary>Runs the simulation; with <paramref name="perps"/>, each day's loss adds the negative equity the perp book leaves in the same move.</summary>
    public static InsuranceAdequacyResult Run(BookEvaluator book, ScenarioGenerator generator, int scenarios, ulong seed, double poolSize, IProgress<double>? progress = null,
        PerpGapLoss? perps = null)
    {
        var set = generator.Generate(scenarios, seed);
        var d = set.Assets.Count;
        var bad = new double[scenarios];
        var relatives = new double[scenarios * d];
        for (var i = 0; i < relatives.Length; i++) relatives[i] = Math.Exp(set.Values[i]);
        var done = 0;
        var blocks = (scenarios + ScenarioBlock - 1) / ScenarioBlock;
        Parallel.For(0, blocks, block =>
        {
            var first = block * ScenarioBlock;
            var count = Math.Min(ScenarioBlock, scenarios - first);
            book.BadDebts(relatives.AsSpan(first * d, count * d), bad.AsSpan(first, count));
            if (perps is not null)
                for (var k = first; k < first + count; k++) bad[k] += perps.Deficit(relatives.AsSpan(k * d, d));
            var n = Interlocked.Add(ref done, count);
            if (progress is not null && n / 5000 != (n - count) / 5000) progress.Report((double)n / scenarios);
        });
        progress?.Report(1);

        var covered = bad.Count(b => b <= poolSize) / (double)scenarios;
        var mean = bad.Average();
        var sd = Math.Sqrt(bad.Sum(b => (b - mean) * (b - mean)) / Math.Max(1, scenarios - 1));
        var sorted = (double[])bad.Clone();
        Array.Sort(sorted);
        return new InsuranceAdequacyResult(
            scenarios,
            poolSize,
            new McEstimate(covered, Math.Sqrt(covered * (1 - covered) / scenarios)),
            new McEstimate(mean, sd / Math.Sqrt(scenarios)),
            Quantile(bad, 0.99),
            Quantile(bad, 0.999),
            sorted);
    }

    /// <summary>Quantile (the <see cref="EmpiricalTail"/> VaR rule) with a batch-means standard error.</summary>
    public static McEstimate Quantile(double[] values, double level)
    {
        var point = EmpiricalTail.Estimate(values, level).Var;
        var batchSize = values.Length / Batches;
        if (batchSize < 10) return new McEstimate(point, double.NaN);
        var batch = new double[Batches];
        for (var i = 0; i < Batches; i++) batch[i] = EmpiricalTail.Estimate(values.AsSpan(i * batchSize, batchSize), level).Var;
        var m = batch.Average();
        var sd = Math.Sqrt(batch.Sum(b => (b - m) * (b - m)) / (Batches - 1));
        return new McEstimate(point, sd / Math.Sqrt(Batches));
    }
}
