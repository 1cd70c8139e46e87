using MathNet.Numerics.Statistics;

namespace MarginInsurance.Risk.Statistics;

/// <summary>Sample moments (population formulas, divisor n), computed by MathNet's <see cref="RunningStatistics"/>.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="StandardDeviation">Standard deviation (population, divisor n).</param>
/// <param name="Skewness">Skewness (population, m3 / m2^1.5).</param>
/// <param name="ExcessKurtosis">Excess kurtosis (population, m4 / m2² − 3; 0 for the normal).</param>
public readonly record struct Moments(double Mean, double StandardDeviation, double Skewness, double ExcessKurtosis)
{
    /// <summary>Computes the moments of a sample.</summary>
    public static Moments Of(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) throw new ArgumentException("need at least two values", nameof(x));
        var stats = new RunningStatistics(x.ToArray());
        var sd = stats.PopulationStandardDeviation;
        // A constant sample has no shape: MathNet answers NaN for its skewness and kurtosis (0/0); report 0 as before.
        return sd == 0 ? new Moments(stats.Mean, 0, 0, 0) : new Moments(stats.Mean, sd, stats.PopulationSkewness, stats.PopulationKurtosis);
    }
}
