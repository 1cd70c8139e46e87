namespace MarginInsurance.Risk.Statistics;

/// <summary>Sample moments.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="StandardDeviation">Standard deviation (population, divisor n).</param>
/// <param name="Skewness">Skewness.</param>
/// <param name="ExcessKurtosis">Excess kurtosis (0 for the normal).</param>
public readonly record struct Moments(double Mean, double StandardDeviation, double Skewness, double ExcessKurtosis)
{
    /// <summary>Computes the moments of a sample.</summary>
    public static Moments Of(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 2) throw new ArgumentException("need at least two values", nameof(x));
        var mean = 0.0;
        foreach (var v in x) mean += v;
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in x)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2; m3 += d2 * d; m4 += d2 * d2;
        }
        m2 /= n; m3 /= n; m4 /= n;
        var sd = Math.Sqrt(m2);
        return m2 == 0 ? new Moments(mean, 0, 0, 0) : new Moments(mean, sd, m3 / (sd * sd * sd), m4 / (m2 * m2) - 3);
    }
}
